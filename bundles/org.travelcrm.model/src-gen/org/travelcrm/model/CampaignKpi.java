/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A goal of a campaign: a metric and the value it should reach.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.CampaignKpi#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.travelcrm.model.CampaignKpi#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.travelcrm.model.CampaignKpi#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.travelcrm.model.CampaignKpi#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getCampaignKpi()
 * @model
 * @generated
 */
public interface CampaignKpi extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.GoalMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see org.travelcrm.model.GoalMetric
	 * @see #setMetric(GoalMetric)
	 * @see org.travelcrm.model.CrmPackage#getCampaignKpi_Metric()
	 * @model
	 * @generated
	 */
	GoalMetric getMetric();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CampaignKpi#getMetric <em>Metric</em>}' attribute.
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
	 * @see org.travelcrm.model.CrmPackage#getCampaignKpi_Direction()
	 * @model
	 * @generated
	 */
	GoalDirection getDirection();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CampaignKpi#getDirection <em>Direction</em>}' attribute.
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
	 * @see org.travelcrm.model.CrmPackage#getCampaignKpi_TargetValue()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetValue();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CampaignKpi#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.travelcrm.model.CrmPackage#getCampaignKpi_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.CampaignKpi#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // CampaignKpi
