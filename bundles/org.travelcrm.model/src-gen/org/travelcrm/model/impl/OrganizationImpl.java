/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.ContactPerson;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.OrganizationSize;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.OrganizationImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.OrganizationImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.OrganizationImpl#getContactPersons <em>Contact Persons</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.OrganizationImpl#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends CustomerImpl implements Organization {
	/**
	 * The default value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected String industry = INDUSTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final OrganizationSize SIZE_EDEFAULT = OrganizationSize.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected OrganizationSize size = SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContactPersons() <em>Contact Persons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactPerson> contactPersons;

	/**
	 * The cached value of the '{@link #getEmployees() <em>Employees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected EList<IndividualTourist> employees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustry(String newIndustry) {
		String oldIndustry = industry;
		industry = newIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ORGANIZATION__INDUSTRY, oldIndustry, industry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationSize getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(OrganizationSize newSize) {
		OrganizationSize oldSize = size;
		size = newSize == null ? SIZE_EDEFAULT : newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ORGANIZATION__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactPerson> getContactPersons() {
		if (contactPersons == null) {
			contactPersons = new EObjectContainmentEList<ContactPerson>(ContactPerson.class, this, CrmPackage.ORGANIZATION__CONTACT_PERSONS);
		}
		return contactPersons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndividualTourist> getEmployees() {
		if (employees == null) {
			employees = new EObjectWithInverseEList<IndividualTourist>(IndividualTourist.class, this, CrmPackage.ORGANIZATION__EMPLOYEES, CrmPackage.INDIVIDUAL_TOURIST__EMPLOYER);
		}
		return employees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.ORGANIZATION__EMPLOYEES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getEmployees()).basicAdd(otherEnd, msgs);
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
			case CrmPackage.ORGANIZATION__CONTACT_PERSONS:
				return ((InternalEList<?>)getContactPersons()).basicRemove(otherEnd, msgs);
			case CrmPackage.ORGANIZATION__EMPLOYEES:
				return ((InternalEList<?>)getEmployees()).basicRemove(otherEnd, msgs);
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
			case CrmPackage.ORGANIZATION__INDUSTRY:
				return getIndustry();
			case CrmPackage.ORGANIZATION__SIZE:
				return getSize();
			case CrmPackage.ORGANIZATION__CONTACT_PERSONS:
				return getContactPersons();
			case CrmPackage.ORGANIZATION__EMPLOYEES:
				return getEmployees();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmPackage.ORGANIZATION__INDUSTRY:
				setIndustry((String)newValue);
				return;
			case CrmPackage.ORGANIZATION__SIZE:
				setSize((OrganizationSize)newValue);
				return;
			case CrmPackage.ORGANIZATION__CONTACT_PERSONS:
				getContactPersons().clear();
				getContactPersons().addAll((Collection<? extends ContactPerson>)newValue);
				return;
			case CrmPackage.ORGANIZATION__EMPLOYEES:
				getEmployees().clear();
				getEmployees().addAll((Collection<? extends IndividualTourist>)newValue);
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
			case CrmPackage.ORGANIZATION__INDUSTRY:
				setIndustry(INDUSTRY_EDEFAULT);
				return;
			case CrmPackage.ORGANIZATION__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case CrmPackage.ORGANIZATION__CONTACT_PERSONS:
				getContactPersons().clear();
				return;
			case CrmPackage.ORGANIZATION__EMPLOYEES:
				getEmployees().clear();
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
			case CrmPackage.ORGANIZATION__INDUSTRY:
				return INDUSTRY_EDEFAULT == null ? industry != null : !INDUSTRY_EDEFAULT.equals(industry);
			case CrmPackage.ORGANIZATION__SIZE:
				return size != SIZE_EDEFAULT;
			case CrmPackage.ORGANIZATION__CONTACT_PERSONS:
				return contactPersons != null && !contactPersons.isEmpty();
			case CrmPackage.ORGANIZATION__EMPLOYEES:
				return employees != null && !employees.isEmpty();
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
		result.append(" (industry: "); //$NON-NLS-1$
		result.append(industry);
		result.append(", size: "); //$NON-NLS-1$
		result.append(size);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
