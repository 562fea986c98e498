/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved analysis result with everything needed to reproduce it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.AnalysisSnapshot#getAnalysisId <em>Analysis Id</em>}</li>
 *   <li>{@link org.travelcrm.model.AnalysisSnapshot#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.travelcrm.model.AnalysisSnapshot#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.travelcrm.model.AnalysisSnapshot#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.travelcrm.model.AnalysisSnapshot#getDataFingerprint <em>Data Fingerprint</em>}</li>
 *   <li>{@link org.travelcrm.model.AnalysisSnapshot#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot()
 * @model
 * @generated
 */
public interface AnalysisSnapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Analysis Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analysis Id</em>' attribute.
	 * @see #setAnalysisId(String)
	 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot_AnalysisId()
	 * @model
	 * @generated
	 */
	String getAnalysisId();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.AnalysisSnapshot#getAnalysisId <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Id</em>' attribute.
	 * @see #getAnalysisId()
	 * @generated
	 */
	void setAnalysisId(String value);

	/**
	 * Returns the value of the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken At</em>' attribute.
	 * @see #setTakenAt(Instant)
	 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot_TakenAt()
	 * @model dataType="org.travelcrm.model.Timestamp"
	 * @generated
	 */
	Instant getTakenAt();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.AnalysisSnapshot#getTakenAt <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken At</em>' attribute.
	 * @see #getTakenAt()
	 * @generated
	 */
	void setTakenAt(Instant value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot_AsOf()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.AnalysisSnapshot#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot_Parameters()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getParameters();

	/**
	 * Returns the value of the '<em><b>Data Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Fingerprint</em>' attribute.
	 * @see #setDataFingerprint(String)
	 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot_DataFingerprint()
	 * @model
	 * @generated
	 */
	String getDataFingerprint();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.AnalysisSnapshot#getDataFingerprint <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Fingerprint</em>' attribute.
	 * @see #getDataFingerprint()
	 * @generated
	 */
	void setDataFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The result as the analysis engine wrote it (JSON), for exact comparison on recomputation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see #setResult(String)
	 * @see org.travelcrm.model.CrmPackage#getAnalysisSnapshot_Result()
	 * @model
	 * @generated
	 */
	String getResult();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.AnalysisSnapshot#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(String value);

} // AnalysisSnapshot
