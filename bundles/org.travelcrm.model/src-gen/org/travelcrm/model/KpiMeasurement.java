/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a KPI reached.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.KpiMeasurement#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.travelcrm.model.KpiMeasurement#getMeasuredValue <em>Measured Value</em>}</li>
 *   <li>{@link org.travelcrm.model.KpiMeasurement#isMet <em>Met</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getKpiMeasurement()
 * @model
 * @generated
 */
public interface KpiMeasurement extends EObject {
	/**
	 * Returns the value of the '<em><b>Kpi</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpi</em>' reference.
	 * @see #setKpi(CampaignKpi)
	 * @see org.travelcrm.model.CrmPackage#getKpiMeasurement_Kpi()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	CampaignKpi getKpi();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.KpiMeasurement#getKpi <em>Kpi</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi</em>' reference.
	 * @see #getKpi()
	 * @generated
	 */
	void setKpi(CampaignKpi value);

	/**
	 * Returns the value of the '<em><b>Measured Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measured Value</em>' attribute.
	 * @see #setMeasuredValue(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getKpiMeasurement_MeasuredValue()
	 * @model
	 * @generated
	 */
	BigDecimal getMeasuredValue();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.KpiMeasurement#getMeasuredValue <em>Measured Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured Value</em>' attribute.
	 * @see #getMeasuredValue()
	 * @generated
	 */
	void setMeasuredValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Met</em>' attribute.
	 * @see #setMet(boolean)
	 * @see org.travelcrm.model.CrmPackage#getKpiMeasurement_Met()
	 * @model
	 * @generated
	 */
	boolean isMet();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.KpiMeasurement#isMet <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Met</em>' attribute.
	 * @see #isMet()
	 * @generated
	 */
	void setMet(boolean value);

} // KpiMeasurement
