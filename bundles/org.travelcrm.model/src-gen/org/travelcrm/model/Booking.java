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
 * A representation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A purchase of a product (and possibly more) by a customer. A booking that is not cancelled is a purchase.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Booking#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getProduct <em>Product</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getExtraProducts <em>Extra Products</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getBookedDate <em>Booked Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getDepartureDate <em>Departure Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getReturnDate <em>Return Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getTravellers <em>Travellers</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getCost <em>Cost</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getStatus <em>Status</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getSalesChannel <em>Sales Channel</em>}</li>
 *   <li>{@link org.travelcrm.model.Booking#getCampaign <em>Campaign</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getBooking()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasExternalId hasCustomer nonNegativeAmounts returnNotBeforeDeparture positiveTravellers'"
 * @generated
 */
public interface Booking extends EObject {
	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The booking's id in the agency's own systems; unique within the agency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.travelcrm.model.CrmPackage#getBooking_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Customer#getBookings <em>Bookings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Customer()
	 * @see org.travelcrm.model.Customer#getBookings
	 * @model opposite="bookings" resolveProxies="false"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product booked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' reference.
	 * @see #setProduct(TravelProduct)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Product()
	 * @model resolveProxies="false"
	 * @generated
	 */
	TravelProduct getProduct();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getProduct <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(TravelProduct value);

	/**
	 * Returns the value of the '<em><b>Extra Products</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.TravelProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further products booked together with the main one, for example a flight with a hotel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Products</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getBooking_ExtraProducts()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<TravelProduct> getExtraProducts();

	/**
	 * Returns the value of the '<em><b>Booked Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the booking was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Booked Date</em>' attribute.
	 * @see #setBookedDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getBooking_BookedDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getBookedDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getBookedDate <em>Booked Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booked Date</em>' attribute.
	 * @see #getBookedDate()
	 * @generated
	 */
	void setBookedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Departure Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Departure Date</em>' attribute.
	 * @see #setDepartureDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getBooking_DepartureDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getDepartureDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getDepartureDate <em>Departure Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Departure Date</em>' attribute.
	 * @see #getDepartureDate()
	 * @generated
	 */
	void setDepartureDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Return Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Return Date</em>' attribute.
	 * @see #setReturnDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getBooking_ReturnDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getReturnDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getReturnDate <em>Return Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Date</em>' attribute.
	 * @see #getReturnDate()
	 * @generated
	 */
	void setReturnDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Travellers</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of travellers in the party.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Travellers</em>' attribute.
	 * @see #setTravellers(int)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Travellers()
	 * @model default="1"
	 * @generated
	 */
	int getTravellers();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getTravellers <em>Travellers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Travellers</em>' attribute.
	 * @see #getTravellers()
	 * @generated
	 */
	void setTravellers(int value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer pays, exactly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Amount()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the booking costs the agency, where known; margin is amount minus cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Cost()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.BookingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.travelcrm.model.BookingStatus
	 * @see #setStatus(BookingStatus)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Status()
	 * @model
	 * @generated
	 */
	BookingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.travelcrm.model.BookingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BookingStatus value);

	/**
	 * Returns the value of the '<em><b>Sales Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the booking was sold: branch, phone, website, partner agent ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sales Channel</em>' attribute.
	 * @see #setSalesChannel(String)
	 * @see org.travelcrm.model.CrmPackage#getBooking_SalesChannel()
	 * @model dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	String getSalesChannel();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getSalesChannel <em>Sales Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sales Channel</em>' attribute.
	 * @see #getSalesChannel()
	 * @generated
	 */
	void setSalesChannel(String value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The campaign that produced this booking, where known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.travelcrm.model.CrmPackage#getBooking_Campaign()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Booking#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

} // Booking
