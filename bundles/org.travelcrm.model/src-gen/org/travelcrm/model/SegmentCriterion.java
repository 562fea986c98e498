/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One condition of a segment, for example tier IN (KEY, MAJOR).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.SegmentCriterion#getProperty <em>Property</em>}</li>
 *   <li>{@link org.travelcrm.model.SegmentCriterion#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.travelcrm.model.SegmentCriterion#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getSegmentCriterion()
 * @model
 * @generated
 */
public interface SegmentCriterion extends EObject {
	/**
	 * Returns the value of the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is compared: kind, tier, loyalty, frequency, rfmSegment, purpose, country, consent, city, channel, tag, contribution, purchases ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Property</em>' attribute.
	 * @see #setProperty(String)
	 * @see org.travelcrm.model.CrmPackage#getSegmentCriterion_Property()
	 * @model
	 * @generated
	 */
	String getProperty();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.SegmentCriterion#getProperty <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Property</em>' attribute.
	 * @see #getProperty()
	 * @generated
	 */
	void setProperty(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.CriterionOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.travelcrm.model.CriterionOperator
	 * @see #setOperator(CriterionOperator)
	 * @see org.travelcrm.model.CrmPackage#getSegmentCriterion_Operator()
	 * @model
	 * @generated
	 */
	CriterionOperator getOperator();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.SegmentCriterion#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.travelcrm.model.CriterionOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(CriterionOperator value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.travelcrm.model.CrmPackage#getSegmentCriterion_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getValues();

} // SegmentCriterion
