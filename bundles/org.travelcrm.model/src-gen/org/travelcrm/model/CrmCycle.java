/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cycle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One round of the CRM cycle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.CrmCycle#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.CrmCycle#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.travelcrm.model.CrmCycle#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getCrmCycle()
 * @model
 * @generated
 */
public interface CrmCycle extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.travelcrm.model.CrmPackage#getCrmCycle_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CrmCycle#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started On</em>' attribute.
	 * @see #setStartedOn(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getCrmCycle_StartedOn()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getStartedOn();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CrmCycle#getStartedOn <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started On</em>' attribute.
	 * @see #getStartedOn()
	 * @generated
	 */
	void setStartedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.CycleStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getCrmCycle_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<CycleStep> getSteps();

} // CrmCycle
