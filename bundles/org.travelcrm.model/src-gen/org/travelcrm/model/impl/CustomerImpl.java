/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Interaction;
import org.travelcrm.model.Survey;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getCreatedDate <em>Created Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getAcquisitionChannel <em>Acquisition Channel</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#isMarketingConsent <em>Marketing Consent</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getSurveys <em>Surveys</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CustomerImpl#getInteractions <em>Interactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CustomerImpl extends MinimalEObjectImpl.Container implements Customer {
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
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

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
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedDate() <em>Created Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CREATED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedDate() <em>Created Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate createdDate = CREATED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcquisitionChannel() <em>Acquisition Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquisitionChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String ACQUISITION_CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcquisitionChannel() <em>Acquisition Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquisitionChannel()
	 * @generated
	 * @ordered
	 */
	protected String acquisitionChannel = ACQUISITION_CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isMarketingConsent() <em>Marketing Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarketingConsent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MARKETING_CONSENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMarketingConsent() <em>Marketing Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarketingConsent()
	 * @generated
	 * @ordered
	 */
	protected boolean marketingConsent = MARKETING_CONSENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getBookings() <em>Bookings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookings()
	 * @generated
	 * @ordered
	 */
	protected EList<Booking> bookings;

	/**
	 * The cached value of the '{@link #getSurveys() <em>Surveys</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveys()
	 * @generated
	 * @ordered
	 */
	protected EList<Survey> surveys;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.CUSTOMER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getAgency() {
		if (eContainerFeatureID() != CrmPackage.CUSTOMER__AGENCY) return null;
		return (Agency)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId() {
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId) {
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__EXTERNAL_ID, oldExternalId, externalId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCreatedDate() {
		return createdDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedDate(LocalDate newCreatedDate) {
		LocalDate oldCreatedDate = createdDate;
		createdDate = newCreatedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__CREATED_DATE, oldCreatedDate, createdDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcquisitionChannel() {
		return acquisitionChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcquisitionChannel(String newAcquisitionChannel) {
		String oldAcquisitionChannel = acquisitionChannel;
		acquisitionChannel = newAcquisitionChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__ACQUISITION_CHANNEL, oldAcquisitionChannel, acquisitionChannel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMarketingConsent() {
		return marketingConsent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarketingConsent(boolean newMarketingConsent) {
		boolean oldMarketingConsent = marketingConsent;
		marketingConsent = newMarketingConsent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__MARKETING_CONSENT, oldMarketingConsent, marketingConsent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CUSTOMER__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, CrmPackage.CUSTOMER__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Booking> getBookings() {
		if (bookings == null) {
			bookings = new EObjectWithInverseEList<Booking>(Booking.class, this, CrmPackage.CUSTOMER__BOOKINGS, CrmPackage.BOOKING__CUSTOMER);
		}
		return bookings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Survey> getSurveys() {
		if (surveys == null) {
			surveys = new EObjectWithInverseEList<Survey>(Survey.class, this, CrmPackage.CUSTOMER__SURVEYS, CrmPackage.SURVEY__CUSTOMER);
		}
		return surveys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectWithInverseEList<Interaction>(Interaction.class, this, CrmPackage.CUSTOMER__INTERACTIONS, CrmPackage.INTERACTION__CUSTOMER);
		}
		return interactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.CUSTOMER__AGENCY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, CrmPackage.CUSTOMER__AGENCY, msgs);
			case CrmPackage.CUSTOMER__BOOKINGS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBookings()).basicAdd(otherEnd, msgs);
			case CrmPackage.CUSTOMER__SURVEYS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSurveys()).basicAdd(otherEnd, msgs);
			case CrmPackage.CUSTOMER__INTERACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getInteractions()).basicAdd(otherEnd, msgs);
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
			case CrmPackage.CUSTOMER__AGENCY:
				return eBasicSetContainer(null, CrmPackage.CUSTOMER__AGENCY, msgs);
			case CrmPackage.CUSTOMER__BOOKINGS:
				return ((InternalEList<?>)getBookings()).basicRemove(otherEnd, msgs);
			case CrmPackage.CUSTOMER__SURVEYS:
				return ((InternalEList<?>)getSurveys()).basicRemove(otherEnd, msgs);
			case CrmPackage.CUSTOMER__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CrmPackage.CUSTOMER__AGENCY:
				return eInternalContainer().eInverseRemove(this, CrmPackage.AGENCY__CUSTOMERS, Agency.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmPackage.CUSTOMER__AGENCY:
				return getAgency();
			case CrmPackage.CUSTOMER__EXTERNAL_ID:
				return getExternalId();
			case CrmPackage.CUSTOMER__NAME:
				return getName();
			case CrmPackage.CUSTOMER__PHONE:
				return getPhone();
			case CrmPackage.CUSTOMER__EMAIL:
				return getEmail();
			case CrmPackage.CUSTOMER__ADDRESS:
				return getAddress();
			case CrmPackage.CUSTOMER__CITY:
				return getCity();
			case CrmPackage.CUSTOMER__COUNTRY:
				return getCountry();
			case CrmPackage.CUSTOMER__CREATED_DATE:
				return getCreatedDate();
			case CrmPackage.CUSTOMER__ACQUISITION_CHANNEL:
				return getAcquisitionChannel();
			case CrmPackage.CUSTOMER__MARKETING_CONSENT:
				return isMarketingConsent();
			case CrmPackage.CUSTOMER__NOTES:
				return getNotes();
			case CrmPackage.CUSTOMER__TAGS:
				return getTags();
			case CrmPackage.CUSTOMER__BOOKINGS:
				return getBookings();
			case CrmPackage.CUSTOMER__SURVEYS:
				return getSurveys();
			case CrmPackage.CUSTOMER__INTERACTIONS:
				return getInteractions();
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
			case CrmPackage.CUSTOMER__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case CrmPackage.CUSTOMER__NAME:
				setName((String)newValue);
				return;
			case CrmPackage.CUSTOMER__PHONE:
				setPhone((String)newValue);
				return;
			case CrmPackage.CUSTOMER__EMAIL:
				setEmail((String)newValue);
				return;
			case CrmPackage.CUSTOMER__ADDRESS:
				setAddress((String)newValue);
				return;
			case CrmPackage.CUSTOMER__CITY:
				setCity((String)newValue);
				return;
			case CrmPackage.CUSTOMER__COUNTRY:
				setCountry((String)newValue);
				return;
			case CrmPackage.CUSTOMER__CREATED_DATE:
				setCreatedDate((LocalDate)newValue);
				return;
			case CrmPackage.CUSTOMER__ACQUISITION_CHANNEL:
				setAcquisitionChannel((String)newValue);
				return;
			case CrmPackage.CUSTOMER__MARKETING_CONSENT:
				setMarketingConsent((Boolean)newValue);
				return;
			case CrmPackage.CUSTOMER__NOTES:
				setNotes((String)newValue);
				return;
			case CrmPackage.CUSTOMER__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case CrmPackage.CUSTOMER__BOOKINGS:
				getBookings().clear();
				getBookings().addAll((Collection<? extends Booking>)newValue);
				return;
			case CrmPackage.CUSTOMER__SURVEYS:
				getSurveys().clear();
				getSurveys().addAll((Collection<? extends Survey>)newValue);
				return;
			case CrmPackage.CUSTOMER__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
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
			case CrmPackage.CUSTOMER__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__CREATED_DATE:
				setCreatedDate(CREATED_DATE_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__ACQUISITION_CHANNEL:
				setAcquisitionChannel(ACQUISITION_CHANNEL_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__MARKETING_CONSENT:
				setMarketingConsent(MARKETING_CONSENT_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CrmPackage.CUSTOMER__TAGS:
				getTags().clear();
				return;
			case CrmPackage.CUSTOMER__BOOKINGS:
				getBookings().clear();
				return;
			case CrmPackage.CUSTOMER__SURVEYS:
				getSurveys().clear();
				return;
			case CrmPackage.CUSTOMER__INTERACTIONS:
				getInteractions().clear();
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
			case CrmPackage.CUSTOMER__AGENCY:
				return getAgency() != null;
			case CrmPackage.CUSTOMER__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case CrmPackage.CUSTOMER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CrmPackage.CUSTOMER__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case CrmPackage.CUSTOMER__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case CrmPackage.CUSTOMER__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case CrmPackage.CUSTOMER__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case CrmPackage.CUSTOMER__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case CrmPackage.CUSTOMER__CREATED_DATE:
				return CREATED_DATE_EDEFAULT == null ? createdDate != null : !CREATED_DATE_EDEFAULT.equals(createdDate);
			case CrmPackage.CUSTOMER__ACQUISITION_CHANNEL:
				return ACQUISITION_CHANNEL_EDEFAULT == null ? acquisitionChannel != null : !ACQUISITION_CHANNEL_EDEFAULT.equals(acquisitionChannel);
			case CrmPackage.CUSTOMER__MARKETING_CONSENT:
				return marketingConsent != MARKETING_CONSENT_EDEFAULT;
			case CrmPackage.CUSTOMER__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CrmPackage.CUSTOMER__TAGS:
				return tags != null && !tags.isEmpty();
			case CrmPackage.CUSTOMER__BOOKINGS:
				return bookings != null && !bookings.isEmpty();
			case CrmPackage.CUSTOMER__SURVEYS:
				return surveys != null && !surveys.isEmpty();
			case CrmPackage.CUSTOMER__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
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
		result.append(" (externalId: "); //$NON-NLS-1$
		result.append(externalId);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", phone: "); //$NON-NLS-1$
		result.append(phone);
		result.append(", email: "); //$NON-NLS-1$
		result.append(email);
		result.append(", address: "); //$NON-NLS-1$
		result.append(address);
		result.append(", city: "); //$NON-NLS-1$
		result.append(city);
		result.append(", country: "); //$NON-NLS-1$
		result.append(country);
		result.append(", createdDate: "); //$NON-NLS-1$
		result.append(createdDate);
		result.append(", acquisitionChannel: "); //$NON-NLS-1$
		result.append(acquisitionChannel);
		result.append(", marketingConsent: "); //$NON-NLS-1$
		result.append(marketingConsent);
		result.append(", notes: "); //$NON-NLS-1$
		result.append(notes);
		result.append(", tags: "); //$NON-NLS-1$
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
