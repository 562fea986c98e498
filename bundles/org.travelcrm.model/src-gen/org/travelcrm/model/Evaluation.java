/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The result of a campaign measured against its goals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Evaluation#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getEvaluatedOn <em>Evaluated On</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getTargetConversion <em>Target Conversion</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getControlConversion <em>Control Conversion</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getLift <em>Lift</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getRoi <em>Roi</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getLessons <em>Lessons</em>}</li>
 *   <li>{@link org.travelcrm.model.Evaluation#getProposedChanges <em>Proposed Changes</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Campaign#getEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Campaign()
	 * @see org.travelcrm.model.Campaign#getEvaluation
	 * @model opposite="evaluation" resolveProxies="false"
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Evaluated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluated On</em>' attribute.
	 * @see #setEvaluatedOn(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_EvaluatedOn()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getEvaluatedOn();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getEvaluatedOn <em>Evaluated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluated On</em>' attribute.
	 * @see #getEvaluatedOn()
	 * @generated
	 */
	void setEvaluatedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Target Conversion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responding members / members of the target group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Conversion</em>' attribute.
	 * @see #setTargetConversion(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_TargetConversion()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetConversion();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getTargetConversion <em>Target Conversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Conversion</em>' attribute.
	 * @see #getTargetConversion()
	 * @generated
	 */
	void setTargetConversion(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Control Conversion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responding members / members of the control group, where there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Conversion</em>' attribute.
	 * @see #setControlConversion(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_ControlConversion()
	 * @model
	 * @generated
	 */
	BigDecimal getControlConversion();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getControlConversion <em>Control Conversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Conversion</em>' attribute.
	 * @see #getControlConversion()
	 * @generated
	 */
	void setControlConversion(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Lift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target conversion minus control conversion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lift</em>' attribute.
	 * @see #setLift(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Lift()
	 * @model
	 * @generated
	 */
	BigDecimal getLift();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getLift <em>Lift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lift</em>' attribute.
	 * @see #getLift()
	 * @generated
	 */
	void setLift(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value of the attributed purchases.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue</em>' attribute.
	 * @see #setRevenue(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Revenue()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getRevenue();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getRevenue <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' attribute.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Roi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * (Attributed margin, or revenue where no cost is known, minus campaign cost) / campaign cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roi</em>' attribute.
	 * @see #setRoi(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Roi()
	 * @model
	 * @generated
	 */
	BigDecimal getRoi();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getRoi <em>Roi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roi</em>' attribute.
	 * @see #getRoi()
	 * @generated
	 */
	void setRoi(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.KpiMeasurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<KpiMeasurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

	/**
	 * Returns the value of the '<em><b>Lessons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lessons</em>' attribute.
	 * @see #setLessons(String)
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_Lessons()
	 * @model
	 * @generated
	 */
	String getLessons();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Evaluation#getLessons <em>Lessons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lessons</em>' attribute.
	 * @see #getLessons()
	 * @generated
	 */
	void setLessons(String value);

	/**
	 * Returns the value of the '<em><b>Proposed Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.GoalChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goal changes proposed for the next cycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed Changes</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getEvaluation_ProposedChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<GoalChange> getProposedChanges();

} // Evaluation
