/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Travel Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the agency sells: a tour, a ticket, a hotel stay, a package or a custom arrangement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.TravelProduct#getCode <em>Code</em>}</li>
 *   <li>{@link org.travelcrm.model.TravelProduct#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.TravelProduct#getKind <em>Kind</em>}</li>
 *   <li>{@link org.travelcrm.model.TravelProduct#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.travelcrm.model.TravelProduct#getListPrice <em>List Price</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getTravelProduct()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasCode nonNegativePrice'"
 * @generated
 */
public interface TravelProduct extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product code, unique within the agency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.travelcrm.model.CrmPackage#getTravelProduct_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.TravelProduct#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.travelcrm.model.CrmPackage#getTravelProduct_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.TravelProduct#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.ProductKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.travelcrm.model.ProductKind
	 * @see #setKind(ProductKind)
	 * @see org.travelcrm.model.CrmPackage#getTravelProduct_Kind()
	 * @model
	 * @generated
	 */
	ProductKind getKind();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.TravelProduct#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.travelcrm.model.ProductKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProductKind value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destination</em>' attribute.
	 * @see #setDestination(String)
	 * @see org.travelcrm.model.CrmPackage#getTravelProduct_Destination()
	 * @model dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	String getDestination();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.TravelProduct#getDestination <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' attribute.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(String value);

	/**
	 * Returns the value of the '<em><b>List Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price per traveller before any discount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>List Price</em>' attribute.
	 * @see #setListPrice(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getTravelProduct_ListPrice()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getListPrice();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.TravelProduct#getListPrice <em>List Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List Price</em>' attribute.
	 * @see #getListPrice()
	 * @generated
	 */
	void setListPrice(BigDecimal value);

} // TravelProduct
