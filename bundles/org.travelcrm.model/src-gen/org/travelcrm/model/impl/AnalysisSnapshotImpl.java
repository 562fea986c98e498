/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.AnalysisSnapshot;
import org.travelcrm.model.CrmPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analysis Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.AnalysisSnapshotImpl#getAnalysisId <em>Analysis Id</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AnalysisSnapshotImpl#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AnalysisSnapshotImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AnalysisSnapshotImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AnalysisSnapshotImpl#getDataFingerprint <em>Data Fingerprint</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AnalysisSnapshotImpl#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisSnapshotImpl extends MinimalEObjectImpl.Container implements AnalysisSnapshot {
	/**
	 * The default value of the '{@link #getAnalysisId() <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYSIS_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalysisId() <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisId()
	 * @generated
	 * @ordered
	 */
	protected String analysisId = ANALYSIS_ID_EDEFAULT;

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
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected String result = RESULT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisSnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.ANALYSIS_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalysisId() {
		return analysisId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisId(String newAnalysisId) {
		String oldAnalysisId = analysisId;
		analysisId = newAnalysisId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ANALYSIS_SNAPSHOT__ANALYSIS_ID, oldAnalysisId, analysisId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ANALYSIS_SNAPSHOT__TAKEN_AT, oldTakenAt, takenAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ANALYSIS_SNAPSHOT__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getParameters() {
		if (parameters == null) {
			parameters = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, CrmPackage.ANALYSIS_SNAPSHOT__PARAMETERS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ANALYSIS_SNAPSHOT__DATA_FINGERPRINT, oldDataFingerprint, dataFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(String newResult) {
		String oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.ANALYSIS_SNAPSHOT__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.ANALYSIS_SNAPSHOT__PARAMETERS:
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
			case CrmPackage.ANALYSIS_SNAPSHOT__ANALYSIS_ID:
				return getAnalysisId();
			case CrmPackage.ANALYSIS_SNAPSHOT__TAKEN_AT:
				return getTakenAt();
			case CrmPackage.ANALYSIS_SNAPSHOT__AS_OF:
				return getAsOf();
			case CrmPackage.ANALYSIS_SNAPSHOT__PARAMETERS:
				if (coreType) return getParameters();
				else return getParameters().map();
			case CrmPackage.ANALYSIS_SNAPSHOT__DATA_FINGERPRINT:
				return getDataFingerprint();
			case CrmPackage.ANALYSIS_SNAPSHOT__RESULT:
				return getResult();
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
			case CrmPackage.ANALYSIS_SNAPSHOT__ANALYSIS_ID:
				setAnalysisId((String)newValue);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__TAKEN_AT:
				setTakenAt((Instant)newValue);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__PARAMETERS:
				((EStructuralFeature.Setting)getParameters()).set(newValue);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__DATA_FINGERPRINT:
				setDataFingerprint((String)newValue);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__RESULT:
				setResult((String)newValue);
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
			case CrmPackage.ANALYSIS_SNAPSHOT__ANALYSIS_ID:
				setAnalysisId(ANALYSIS_ID_EDEFAULT);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__TAKEN_AT:
				setTakenAt(TAKEN_AT_EDEFAULT);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__PARAMETERS:
				getParameters().clear();
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__DATA_FINGERPRINT:
				setDataFingerprint(DATA_FINGERPRINT_EDEFAULT);
				return;
			case CrmPackage.ANALYSIS_SNAPSHOT__RESULT:
				setResult(RESULT_EDEFAULT);
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
			case CrmPackage.ANALYSIS_SNAPSHOT__ANALYSIS_ID:
				return ANALYSIS_ID_EDEFAULT == null ? analysisId != null : !ANALYSIS_ID_EDEFAULT.equals(analysisId);
			case CrmPackage.ANALYSIS_SNAPSHOT__TAKEN_AT:
				return TAKEN_AT_EDEFAULT == null ? takenAt != null : !TAKEN_AT_EDEFAULT.equals(takenAt);
			case CrmPackage.ANALYSIS_SNAPSHOT__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case CrmPackage.ANALYSIS_SNAPSHOT__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case CrmPackage.ANALYSIS_SNAPSHOT__DATA_FINGERPRINT:
				return DATA_FINGERPRINT_EDEFAULT == null ? dataFingerprint != null : !DATA_FINGERPRINT_EDEFAULT.equals(dataFingerprint);
			case CrmPackage.ANALYSIS_SNAPSHOT__RESULT:
				return RESULT_EDEFAULT == null ? result != null : !RESULT_EDEFAULT.equals(result);
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
		result.append(" (analysisId: "); //$NON-NLS-1$
		result.append(analysisId);
		result.append(", takenAt: "); //$NON-NLS-1$
		result.append(takenAt);
		result.append(", asOf: "); //$NON-NLS-1$
		result.append(asOf);
		result.append(", dataFingerprint: "); //$NON-NLS-1$
		result.append(dataFingerprint);
		result.append(", result: "); //$NON-NLS-1$
		result.append(result);
		result.append(')');
		return result.toString();
	}

} //AnalysisSnapshotImpl
