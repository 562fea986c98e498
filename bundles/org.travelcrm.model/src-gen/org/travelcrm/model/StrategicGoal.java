/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A quantified target of the agency, reached in stages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.StrategicGoal#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.StrategicGoal#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.travelcrm.model.StrategicGoal#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.travelcrm.model.StrategicGoal#getQualifier <em>Qualifier</em>}</li>
 *   <li>{@link org.travelcrm.model.StrategicGoal#getStages <em>Stages</em>}</li>
 *   <li>{@link org.travelcrm.model.StrategicGoal#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getStrategicGoal()
 * @model
 * @generated
 */
public interface StrategicGoal extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.travelcrm.model.CrmPackage#getStrategicGoal_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.StrategicGoal#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.GoalMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see org.travelcrm.model.GoalMetric
	 * @see #setMetric(GoalMetric)
	 * @see org.travelcrm.model.CrmPackage#getStrategicGoal_Metric()
	 * @model
	 * @generated
	 */
	GoalMetric getMetric();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.StrategicGoal#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see org.travelcrm.model.GoalMetric
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(GoalMetric value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.GoalDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.travelcrm.model.GoalDirection
	 * @see #setDirection(GoalDirection)
	 * @see org.travelcrm.model.CrmPackage#getStrategicGoal_Direction()
	 * @model
	 * @generated
	 */
	GoalDirection getDirection();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.StrategicGoal#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.travelcrm.model.GoalDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(GoalDirection value);

	/**
	 * Returns the value of the '<em><b>Qualifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Narrows the metric where it needs it, for example the tier of CUSTOMERS_IN_TIER.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qualifier</em>' attribute.
	 * @see #setQualifier(String)
	 * @see org.travelcrm.model.CrmPackage#getStrategicGoal_Qualifier()
	 * @model
	 * @generated
	 */
	String getQualifier();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.StrategicGoal#getQualifier <em>Qualifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qualifier</em>' attribute.
	 * @see #getQualifier()
	 * @generated
	 */
	void setQualifier(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.GoalStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getStrategicGoal_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<GoalStage> getStages();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.travelcrm.model.CrmPackage#getStrategicGoal_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.StrategicGoal#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // StrategicGoal
