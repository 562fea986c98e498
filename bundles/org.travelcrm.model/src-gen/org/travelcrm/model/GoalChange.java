/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change of a strategic goal proposed by an evaluation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.GoalChange#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.travelcrm.model.GoalChange#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.travelcrm.model.GoalChange#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.travelcrm.model.GoalChange#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.travelcrm.model.GoalChange#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.travelcrm.model.GoalChange#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.travelcrm.model.GoalChange#isAccepted <em>Accepted</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getGoalChange()
 * @model
 * @generated
 */
public interface GoalChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goal to change, or none for a new goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal</em>' reference.
	 * @see #setGoal(StrategicGoal)
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_Goal()
	 * @model resolveProxies="false"
	 * @generated
	 */
	StrategicGoal getGoal();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#getGoal <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(StrategicGoal value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.GoalMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see org.travelcrm.model.GoalMetric
	 * @see #setMetric(GoalMetric)
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_Metric()
	 * @model
	 * @generated
	 */
	GoalMetric getMetric();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#getMetric <em>Metric</em>}' attribute.
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
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_Direction()
	 * @model
	 * @generated
	 */
	GoalDirection getDirection();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.travelcrm.model.GoalDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(GoalDirection value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_TargetValue()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetValue();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_Deadline()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Accepted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the change was taken into the goals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accepted</em>' attribute.
	 * @see #setAccepted(boolean)
	 * @see org.travelcrm.model.CrmPackage#getGoalChange_Accepted()
	 * @model
	 * @generated
	 */
	boolean isAccepted();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.GoalChange#isAccepted <em>Accepted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accepted</em>' attribute.
	 * @see #isAccepted()
	 * @generated
	 */
	void setAccepted(boolean value);

} // GoalChange
