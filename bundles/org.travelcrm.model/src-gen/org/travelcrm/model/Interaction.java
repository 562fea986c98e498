/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concrete contact with a customer: a call, a visit, a message ...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Interaction#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.travelcrm.model.Interaction#getDate <em>Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Interaction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.travelcrm.model.Interaction#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getInteraction()
 * @model
 * @generated
 */
public interface Interaction extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Customer#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.travelcrm.model.CrmPackage#getInteraction_Customer()
	 * @see org.travelcrm.model.Customer#getInteractions
	 * @model opposite="interactions" resolveProxies="false"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Interaction#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getInteraction_Date()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Interaction#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.InteractionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.travelcrm.model.InteractionKind
	 * @see #setKind(InteractionKind)
	 * @see org.travelcrm.model.CrmPackage#getInteraction_Kind()
	 * @model
	 * @generated
	 */
	InteractionKind getKind();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Interaction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.travelcrm.model.InteractionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InteractionKind value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.travelcrm.model.CrmPackage#getInteraction_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Interaction#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Interaction
