/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.MemberSnapshot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.MemberSnapshotImpl#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.MemberSnapshotImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.MemberSnapshotImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.MemberSnapshotImpl#getDataFingerprint <em>Data Fingerprint</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.MemberSnapshotImpl#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberSnapshotImpl extends MinimalEObjectImpl.Container implements MemberSnapshot {
	/**
	 * The default value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TAKEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected Instant takenAt = TAKEN_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asOf = AS_OF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> parameters;

	/**
	 * The default value of the '{@link #getDataFingerprint() <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataFingerprint() <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String dataFingerprint = DATA_FINGERPRINT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> members;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberSnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.MEMBER_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTakenAt() {
		return takenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenAt(Instant newTakenAt) {
		Instant oldTakenAt = takenAt;
		takenAt = newTakenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.MEMBER_SNAPSHOT__TAKEN_AT, oldTakenAt, takenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(LocalDate newAsOf) {
		LocalDate oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.MEMBER_SNAPSHOT__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getParameters() {
		if (parameters == null) {
			parameters = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, CrmPackage.MEMBER_SNAPSHOT__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataFingerprint() {
		return dataFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataFingerprint(String newDataFingerprint) {
		String oldDataFingerprint = dataFingerprint;
		dataFingerprint = newDataFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.MEMBER_SNAPSHOT__DATA_FINGERPRINT, oldDataFingerprint, dataFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getMembers() {
		if (members == null) {
			members = new EObjectEList<Customer>(Customer.class, this, CrmPackage.MEMBER_SNAPSHOT__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.MEMBER_SNAPSHOT__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case CrmPackage.MEMBER_SNAPSHOT__TAKEN_AT:
				return getTakenAt();
			case CrmPackage.MEMBER_SNAPSHOT__AS_OF:
				return getAsOf();
			case CrmPackage.MEMBER_SNAPSHOT__PARAMETERS:
				if (coreType) return getParameters();
				else return getParameters().map();
			case CrmPackage.MEMBER_SNAPSHOT__DATA_FINGERPRINT:
				return getDataFingerprint();
			case CrmPackage.MEMBER_SNAPSHOT__MEMBERS:
				return getMembers();
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
			case CrmPackage.MEMBER_SNAPSHOT__TAKEN_AT:
				setTakenAt((Instant)newValue);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__PARAMETERS:
				((EStructuralFeature.Setting)getParameters()).set(newValue);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__DATA_FINGERPRINT:
				setDataFingerprint((String)newValue);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Customer>)newValue);
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
			case CrmPackage.MEMBER_SNAPSHOT__TAKEN_AT:
				setTakenAt(TAKEN_AT_EDEFAULT);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__PARAMETERS:
				getParameters().clear();
				return;
			case CrmPackage.MEMBER_SNAPSHOT__DATA_FINGERPRINT:
				setDataFingerprint(DATA_FINGERPRINT_EDEFAULT);
				return;
			case CrmPackage.MEMBER_SNAPSHOT__MEMBERS:
				getMembers().clear();
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
			case CrmPackage.MEMBER_SNAPSHOT__TAKEN_AT:
				return TAKEN_AT_EDEFAULT == null ? takenAt != null : !TAKEN_AT_EDEFAULT.equals(takenAt);
			case CrmPackage.MEMBER_SNAPSHOT__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case CrmPackage.MEMBER_SNAPSHOT__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case CrmPackage.MEMBER_SNAPSHOT__DATA_FINGERPRINT:
				return DATA_FINGERPRINT_EDEFAULT == null ? dataFingerprint != null : !DATA_FINGERPRINT_EDEFAULT.equals(dataFingerprint);
			case CrmPackage.MEMBER_SNAPSHOT__MEMBERS:
				return members != null && !members.isEmpty();
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
		result.append(" (takenAt: "); //$NON-NLS-1$
		result.append(takenAt);
		result.append(", asOf: "); //$NON-NLS-1$
		result.append(asOf);
		result.append(", dataFingerprint: "); //$NON-NLS-1$
		result.append(dataFingerprint);
		result.append(')');
		return result.toString();
	}

} //MemberSnapshotImpl
