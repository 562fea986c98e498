/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.TravelProduct;

import org.travelcrm.model.values.NumberedIds;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getExtraProducts <em>Extra Products</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getBookedDate <em>Booked Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getDepartureDate <em>Departure Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getReturnDate <em>Return Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getTravellers <em>Travellers</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getSalesChannel <em>Sales Channel</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.BookingImpl#getCampaign <em>Campaign</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BookingImpl extends MinimalEObjectImpl.Container implements Booking {
	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * The whole id, or the shared text before its trailing digits when
	 * {@link #externalIdDigits} is not 0 (see {@link NumberedIds}).
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated NOT
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

	/**
	 * The trailing digits of the external id packed by {@link NumberedIds#digits(String)}, or 0
	 * when {@link #externalId} holds the whole id. A million bookings are loaded at once, and
	 * their numbers are the largest part of their text.
	 */
	protected long externalIdDigits;

	/**
	 * The {@link String#hashCode()} of the external id, computed without rebuilding the id; 0
	 * without an id. Id maps over a million bookings use it.
	 */
	public int externalIdHash() {
		return NumberedIds.hash(externalId, externalIdDigits);
	}

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Customer customer;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected TravelProduct product;

	/**
	 * The cached value of the '{@link #getExtraProducts() <em>Extra Products</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<TravelProduct> extraProducts;

	/**
	 * The default value of the '{@link #getBookedDate() <em>Booked Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BOOKED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBookedDate() <em>Booked Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate bookedDate = BOOKED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartureDate() <em>Departure Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartureDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEPARTURE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartureDate() <em>Departure Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartureDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate departureDate = DEPARTURE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnDate() <em>Return Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RETURN_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnDate() <em>Return Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate returnDate = RETURN_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTravellers() <em>Travellers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravellers()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAVELLERS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getTravellers() <em>Travellers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravellers()
	 * @generated
	 * @ordered
	 */
	protected int travellers = TRAVELLERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final BookingStatus STATUS_EDEFAULT = BookingStatus.CONFIRMED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BookingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalesChannel() <em>Sales Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String SALES_CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalesChannel() <em>Sales Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesChannel()
	 * @generated
	 * @ordered
	 */
	protected String salesChannel = SALES_CHANNEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BookingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.BOOKING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getExternalId() {
		return NumberedIds.id(externalId, externalIdDigits);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setExternalId(String newExternalId) {
		boolean notify = eNotificationRequired();
		String oldExternalId = notify ? getExternalId() : null;
		long digits = NumberedIds.digits(newExternalId);
		String prefix = NumberedIds.prefix(newExternalId, digits);
		externalId = prefix != null ? prefix : newExternalId;
		externalIdDigits = prefix != null ? digits : 0;
		if (notify)
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__EXTERNAL_ID, oldExternalId, newExternalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCustomer(Customer newCustomer, NotificationChain msgs) {
		Customer oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__CUSTOMER, oldCustomer, newCustomer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		if (newCustomer != customer) {
			NotificationChain msgs = null;
			if (customer != null)
				msgs = ((InternalEObject)customer).eInverseRemove(this, CrmPackage.CUSTOMER__BOOKINGS, Customer.class, msgs);
			if (newCustomer != null)
				msgs = ((InternalEObject)newCustomer).eInverseAdd(this, CrmPackage.CUSTOMER__BOOKINGS, Customer.class, msgs);
			msgs = basicSetCustomer(newCustomer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__CUSTOMER, newCustomer, newCustomer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravelProduct getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(TravelProduct newProduct) {
		TravelProduct oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TravelProduct> getExtraProducts() {
		if (extraProducts == null) {
			extraProducts = new EObjectEList<TravelProduct>(TravelProduct.class, this, CrmPackage.BOOKING__EXTRA_PRODUCTS);
		}
		return extraProducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBookedDate() {
		return bookedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookedDate(LocalDate newBookedDate) {
		LocalDate oldBookedDate = bookedDate;
		bookedDate = newBookedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__BOOKED_DATE, oldBookedDate, bookedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDepartureDate() {
		return departureDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartureDate(LocalDate newDepartureDate) {
		LocalDate oldDepartureDate = departureDate;
		departureDate = newDepartureDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__DEPARTURE_DATE, oldDepartureDate, departureDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReturnDate() {
		return returnDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnDate(LocalDate newReturnDate) {
		LocalDate oldReturnDate = returnDate;
		returnDate = newReturnDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__RETURN_DATE, oldReturnDate, returnDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTravellers() {
		return travellers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTravellers(int newTravellers) {
		int oldTravellers = travellers;
		travellers = newTravellers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__TRAVELLERS, oldTravellers, travellers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BookingStatus newStatus) {
		BookingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalesChannel() {
		return salesChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalesChannel(String newSalesChannel) {
		String oldSalesChannel = salesChannel;
		salesChannel = newSalesChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__SALES_CHANNEL, oldSalesChannel, salesChannel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.BOOKING__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.BOOKING__CUSTOMER:
				if (customer != null)
					msgs = ((InternalEObject)customer).eInverseRemove(this, CrmPackage.CUSTOMER__BOOKINGS, Customer.class, msgs);
				return basicSetCustomer((Customer)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.BOOKING__CUSTOMER:
				return basicSetCustomer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmPackage.BOOKING__EXTERNAL_ID:
				return getExternalId();
			case CrmPackage.BOOKING__CUSTOMER:
				return getCustomer();
			case CrmPackage.BOOKING__PRODUCT:
				return getProduct();
			case CrmPackage.BOOKING__EXTRA_PRODUCTS:
				return getExtraProducts();
			case CrmPackage.BOOKING__BOOKED_DATE:
				return getBookedDate();
			case CrmPackage.BOOKING__DEPARTURE_DATE:
				return getDepartureDate();
			case CrmPackage.BOOKING__RETURN_DATE:
				return getReturnDate();
			case CrmPackage.BOOKING__TRAVELLERS:
				return getTravellers();
			case CrmPackage.BOOKING__AMOUNT:
				return getAmount();
			case CrmPackage.BOOKING__COST:
				return getCost();
			case CrmPackage.BOOKING__STATUS:
				return getStatus();
			case CrmPackage.BOOKING__SALES_CHANNEL:
				return getSalesChannel();
			case CrmPackage.BOOKING__CAMPAIGN:
				return getCampaign();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmPackage.BOOKING__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case CrmPackage.BOOKING__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case CrmPackage.BOOKING__PRODUCT:
				setProduct((TravelProduct)newValue);
				return;
			case CrmPackage.BOOKING__EXTRA_PRODUCTS:
				getExtraProducts().clear();
				getExtraProducts().addAll((Collection<? extends TravelProduct>)newValue);
				return;
			case CrmPackage.BOOKING__BOOKED_DATE:
				setBookedDate((LocalDate)newValue);
				return;
			case CrmPackage.BOOKING__DEPARTURE_DATE:
				setDepartureDate((LocalDate)newValue);
				return;
			case CrmPackage.BOOKING__RETURN_DATE:
				setReturnDate((LocalDate)newValue);
				return;
			case CrmPackage.BOOKING__TRAVELLERS:
				setTravellers((Integer)newValue);
				return;
			case CrmPackage.BOOKING__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case CrmPackage.BOOKING__COST:
				setCost((BigDecimal)newValue);
				return;
			case CrmPackage.BOOKING__STATUS:
				setStatus((BookingStatus)newValue);
				return;
			case CrmPackage.BOOKING__SALES_CHANNEL:
				setSalesChannel((String)newValue);
				return;
			case CrmPackage.BOOKING__CAMPAIGN:
				setCampaign((Campaign)newValue);
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
			case CrmPackage.BOOKING__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case CrmPackage.BOOKING__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case CrmPackage.BOOKING__PRODUCT:
				setProduct((TravelProduct)null);
				return;
			case CrmPackage.BOOKING__EXTRA_PRODUCTS:
				getExtraProducts().clear();
				return;
			case CrmPackage.BOOKING__BOOKED_DATE:
				setBookedDate(BOOKED_DATE_EDEFAULT);
				return;
			case CrmPackage.BOOKING__DEPARTURE_DATE:
				setDepartureDate(DEPARTURE_DATE_EDEFAULT);
				return;
			case CrmPackage.BOOKING__RETURN_DATE:
				setReturnDate(RETURN_DATE_EDEFAULT);
				return;
			case CrmPackage.BOOKING__TRAVELLERS:
				setTravellers(TRAVELLERS_EDEFAULT);
				return;
			case CrmPackage.BOOKING__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case CrmPackage.BOOKING__COST:
				setCost(COST_EDEFAULT);
				return;
			case CrmPackage.BOOKING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CrmPackage.BOOKING__SALES_CHANNEL:
				setSalesChannel(SALES_CHANNEL_EDEFAULT);
				return;
			case CrmPackage.BOOKING__CAMPAIGN:
				setCampaign((Campaign)null);
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
			case CrmPackage.BOOKING__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case CrmPackage.BOOKING__CUSTOMER:
				return customer != null;
			case CrmPackage.BOOKING__PRODUCT:
				return product != null;
			case CrmPackage.BOOKING__EXTRA_PRODUCTS:
				return extraProducts != null && !extraProducts.isEmpty();
			case CrmPackage.BOOKING__BOOKED_DATE:
				return BOOKED_DATE_EDEFAULT == null ? bookedDate != null : !BOOKED_DATE_EDEFAULT.equals(bookedDate);
			case CrmPackage.BOOKING__DEPARTURE_DATE:
				return DEPARTURE_DATE_EDEFAULT == null ? departureDate != null : !DEPARTURE_DATE_EDEFAULT.equals(departureDate);
			case CrmPackage.BOOKING__RETURN_DATE:
				return RETURN_DATE_EDEFAULT == null ? returnDate != null : !RETURN_DATE_EDEFAULT.equals(returnDate);
			case CrmPackage.BOOKING__TRAVELLERS:
				return travellers != TRAVELLERS_EDEFAULT;
			case CrmPackage.BOOKING__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case CrmPackage.BOOKING__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case CrmPackage.BOOKING__STATUS:
				return status != STATUS_EDEFAULT;
			case CrmPackage.BOOKING__SALES_CHANNEL:
				return SALES_CHANNEL_EDEFAULT == null ? salesChannel != null : !SALES_CHANNEL_EDEFAULT.equals(salesChannel);
			case CrmPackage.BOOKING__CAMPAIGN:
				return campaign != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Lists the attributes as the generated method would, reading them through {@link #eGet},
	 * so that the external id is rebuilt from its packed digits and attributes added to the
	 * model later are listed without editing this method.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		String separator = " ("; //$NON-NLS-1$
		for (EAttribute attribute : eClass().getEAllAttributes()) {
			result.append(separator).append(attribute.getName()).append(": ") //$NON-NLS-1$
					.append(eGet(attribute));
			separator = ", "; //$NON-NLS-1$
		}
		result.append(')');
		return result.toString();
	}

} //BookingImpl
