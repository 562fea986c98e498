/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The members of a segment frozen at one moment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.MemberSnapshot#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.travelcrm.model.MemberSnapshot#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.travelcrm.model.MemberSnapshot#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.travelcrm.model.MemberSnapshot#getDataFingerprint <em>Data Fingerprint</em>}</li>
 *   <li>{@link org.travelcrm.model.MemberSnapshot#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getMemberSnapshot()
 * @model
 * @generated
 */
public interface MemberSnapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken At</em>' attribute.
	 * @see #setTakenAt(Instant)
	 * @see org.travelcrm.model.CrmPackage#getMemberSnapshot_TakenAt()
	 * @model dataType="org.travelcrm.model.Timestamp"
	 * @generated
	 */
	Instant getTakenAt();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.MemberSnapshot#getTakenAt <em>Taken At</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The as-of date of the analyses the membership was computed with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getMemberSnapshot_AsOf()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.MemberSnapshot#getAsOf <em>As Of</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The analysis parameters the membership was computed with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see org.travelcrm.model.CrmPackage#getMemberSnapshot_Parameters()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getParameters();

	/**
	 * Returns the value of the '<em><b>Data Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fingerprint of the agency data the membership was computed on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Fingerprint</em>' attribute.
	 * @see #setDataFingerprint(String)
	 * @see org.travelcrm.model.CrmPackage#getMemberSnapshot_DataFingerprint()
	 * @model
	 * @generated
	 */
	String getDataFingerprint();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.MemberSnapshot#getDataFingerprint <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Fingerprint</em>' attribute.
	 * @see #getDataFingerprint()
	 * @generated
	 */
	void setDataFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getMemberSnapshot_Members()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Customer> getMembers();

} // MemberSnapshot
