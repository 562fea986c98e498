/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Gender;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.TravelPurpose;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Individual Tourist</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.IndividualTouristImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.IndividualTouristImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.IndividualTouristImpl#getTravelPurpose <em>Travel Purpose</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.IndividualTouristImpl#getEmployer <em>Employer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndividualTouristImpl extends CustomerImpl implements IndividualTourist {
	/**
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected Gender gender = GENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTravelPurpose() <em>Travel Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravelPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final TravelPurpose TRAVEL_PURPOSE_EDEFAULT = TravelPurpose.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getTravelPurpose() <em>Travel Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravelPurpose()
	 * @generated
	 * @ordered
	 */
	protected TravelPurpose travelPurpose = TRAVEL_PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected Organization employer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndividualTouristImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.INDIVIDUAL_TOURIST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender() {
		return gender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(Gender newGender) {
		Gender oldGender = gender;
		gender = newGender == null ? GENDER_EDEFAULT : newGender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.INDIVIDUAL_TOURIST__GENDER, oldGender, gender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.INDIVIDUAL_TOURIST__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravelPurpose getTravelPurpose() {
		return travelPurpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTravelPurpose(TravelPurpose newTravelPurpose) {
		TravelPurpose oldTravelPurpose = travelPurpose;
		travelPurpose = newTravelPurpose == null ? TRAVEL_PURPOSE_EDEFAULT : newTravelPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.INDIVIDUAL_TOURIST__TRAVEL_PURPOSE, oldTravelPurpose, travelPurpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEmployer(Organization newEmployer, NotificationChain msgs) {
		Organization oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER, oldEmployer, newEmployer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(Organization newEmployer) {
		if (newEmployer != employer) {
			NotificationChain msgs = null;
			if (employer != null)
				msgs = ((InternalEObject)employer).eInverseRemove(this, CrmPackage.ORGANIZATION__EMPLOYEES, Organization.class, msgs);
			if (newEmployer != null)
				msgs = ((InternalEObject)newEmployer).eInverseAdd(this, CrmPackage.ORGANIZATION__EMPLOYEES, Organization.class, msgs);
			msgs = basicSetEmployer(newEmployer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER, newEmployer, newEmployer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER:
				if (employer != null)
					msgs = ((InternalEObject)employer).eInverseRemove(this, CrmPackage.ORGANIZATION__EMPLOYEES, Organization.class, msgs);
				return basicSetEmployer((Organization)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER:
				return basicSetEmployer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmPackage.INDIVIDUAL_TOURIST__GENDER:
				return getGender();
			case CrmPackage.INDIVIDUAL_TOURIST__BIRTH_DATE:
				return getBirthDate();
			case CrmPackage.INDIVIDUAL_TOURIST__TRAVEL_PURPOSE:
				return getTravelPurpose();
			case CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER:
				return getEmployer();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmPackage.INDIVIDUAL_TOURIST__GENDER:
				setGender((Gender)newValue);
				return;
			case CrmPackage.INDIVIDUAL_TOURIST__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case CrmPackage.INDIVIDUAL_TOURIST__TRAVEL_PURPOSE:
				setTravelPurpose((TravelPurpose)newValue);
				return;
			case CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER:
				setEmployer((Organization)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CrmPackage.INDIVIDUAL_TOURIST__GENDER:
				setGender(GENDER_EDEFAULT);
				return;
			case CrmPackage.INDIVIDUAL_TOURIST__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case CrmPackage.INDIVIDUAL_TOURIST__TRAVEL_PURPOSE:
				setTravelPurpose(TRAVEL_PURPOSE_EDEFAULT);
				return;
			case CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER:
				setEmployer((Organization)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CrmPackage.INDIVIDUAL_TOURIST__GENDER:
				return gender != GENDER_EDEFAULT;
			case CrmPackage.INDIVIDUAL_TOURIST__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case CrmPackage.INDIVIDUAL_TOURIST__TRAVEL_PURPOSE:
				return travelPurpose != TRAVEL_PURPOSE_EDEFAULT;
			case CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER:
				return employer != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (gender: "); //$NON-NLS-1$
		result.append(gender);
		result.append(", birthDate: "); //$NON-NLS-1$
		result.append(birthDate);
		result.append(", travelPurpose: "); //$NON-NLS-1$
		result.append(travelPurpose);
		result.append(')');
		return result.toString();
	}

} //IndividualTouristImpl
