/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cycle Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of the CRM cycle with its notes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.CycleStep#getKind <em>Kind</em>}</li>
 *   <li>{@link org.travelcrm.model.CycleStep#getStatus <em>Status</em>}</li>
 *   <li>{@link org.travelcrm.model.CycleStep#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getCycleStep()
 * @model
 * @generated
 */
public interface CycleStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.CycleStepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.travelcrm.model.CycleStepKind
	 * @see #setKind(CycleStepKind)
	 * @see org.travelcrm.model.CrmPackage#getCycleStep_Kind()
	 * @model
	 * @generated
	 */
	CycleStepKind getKind();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CycleStep#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.travelcrm.model.CycleStepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CycleStepKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status recorded by the user; the Process view derives its own where it can.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.travelcrm.model.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see org.travelcrm.model.CrmPackage#getCycleStep_Status()
	 * @model
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CycleStep#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.travelcrm.model.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.travelcrm.model.CrmPackage#getCycleStep_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CycleStep#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // CycleStep
