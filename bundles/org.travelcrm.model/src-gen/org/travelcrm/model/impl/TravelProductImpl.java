/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.ProductKind;
import org.travelcrm.model.TravelProduct;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Travel Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.TravelProductImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.TravelProductImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.TravelProductImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.TravelProductImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.TravelProductImpl#getListPrice <em>List Price</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TravelProductImpl extends MinimalEObjectImpl.Container implements TravelProduct {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProductKind KIND_EDEFAULT = ProductKind.TOUR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProductKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected static final String DESTINATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected String destination = DESTINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getListPrice() <em>List Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListPrice()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIST_PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListPrice() <em>List Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListPrice()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal listPrice = LIST_PRICE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TravelProductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.TRAVEL_PRODUCT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.TRAVEL_PRODUCT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.TRAVEL_PRODUCT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProductKind newKind) {
		ProductKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.TRAVEL_PRODUCT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(String newDestination) {
		String oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.TRAVEL_PRODUCT__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getListPrice() {
		return listPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListPrice(BigDecimal newListPrice) {
		BigDecimal oldListPrice = listPrice;
		listPrice = newListPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.TRAVEL_PRODUCT__LIST_PRICE, oldListPrice, listPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmPackage.TRAVEL_PRODUCT__CODE:
				return getCode();
			case CrmPackage.TRAVEL_PRODUCT__NAME:
				return getName();
			case CrmPackage.TRAVEL_PRODUCT__KIND:
				return getKind();
			case CrmPackage.TRAVEL_PRODUCT__DESTINATION:
				return getDestination();
			case CrmPackage.TRAVEL_PRODUCT__LIST_PRICE:
				return getListPrice();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmPackage.TRAVEL_PRODUCT__CODE:
				setCode((String)newValue);
				return;
			case CrmPackage.TRAVEL_PRODUCT__NAME:
				setName((String)newValue);
				return;
			case CrmPackage.TRAVEL_PRODUCT__KIND:
				setKind((ProductKind)newValue);
				return;
			case CrmPackage.TRAVEL_PRODUCT__DESTINATION:
				setDestination((String)newValue);
				return;
			case CrmPackage.TRAVEL_PRODUCT__LIST_PRICE:
				setListPrice((BigDecimal)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CrmPackage.TRAVEL_PRODUCT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CrmPackage.TRAVEL_PRODUCT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CrmPackage.TRAVEL_PRODUCT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrmPackage.TRAVEL_PRODUCT__DESTINATION:
				setDestination(DESTINATION_EDEFAULT);
				return;
			case CrmPackage.TRAVEL_PRODUCT__LIST_PRICE:
				setListPrice(LIST_PRICE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CrmPackage.TRAVEL_PRODUCT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CrmPackage.TRAVEL_PRODUCT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CrmPackage.TRAVEL_PRODUCT__KIND:
				return kind != KIND_EDEFAULT;
			case CrmPackage.TRAVEL_PRODUCT__DESTINATION:
				return DESTINATION_EDEFAULT == null ? destination != null : !DESTINATION_EDEFAULT.equals(destination);
			case CrmPackage.TRAVEL_PRODUCT__LIST_PRICE:
				return LIST_PRICE_EDEFAULT == null ? listPrice != null : !LIST_PRICE_EDEFAULT.equals(listPrice);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: "); //$NON-NLS-1$
		result.append(code);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", destination: "); //$NON-NLS-1$
		result.append(destination);
		result.append(", listPrice: "); //$NON-NLS-1$
		result.append(listPrice);
		result.append(')');
		return result.toString();
	}

} //TravelProductImpl
