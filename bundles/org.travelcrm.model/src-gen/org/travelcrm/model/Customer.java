/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A buyer of the agency: a person or an organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Customer#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getEmail <em>Email</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getAddress <em>Address</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getCity <em>City</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getCountry <em>Country</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getCreatedDate <em>Created Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getAcquisitionChannel <em>Acquisition Channel</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#isMarketingConsent <em>Marketing Consent</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getTags <em>Tags</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getSurveys <em>Surveys</em>}</li>
 *   <li>{@link org.travelcrm.model.Customer#getInteractions <em>Interactions</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getCustomer()
 * @model abstract="true"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasExternalId'"
 * @generated
 */
public interface Customer extends EObject {
	/**
	 * Returns the value of the '<em><b>Agency</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Agency#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' container reference.
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Agency()
	 * @see org.travelcrm.model.Agency#getCustomers
	 * @model opposite="customers" resolveProxies="false" changeable="false"
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's id in the agency's own systems; unique within the agency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_City()
	 * @model dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country as ISO 3166 code or name, as the source gave it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Country()
	 * @model dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Created Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the customer became known to the agency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created Date</em>' attribute.
	 * @see #setCreatedDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_CreatedDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getCreatedDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getCreatedDate <em>Created Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created Date</em>' attribute.
	 * @see #getCreatedDate()
	 * @generated
	 */
	void setCreatedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Acquisition Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer first came to the agency (walk-in, referral, online, partner agent ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acquisition Channel</em>' attribute.
	 * @see #setAcquisitionChannel(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_AcquisitionChannel()
	 * @model dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	String getAcquisitionChannel();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getAcquisitionChannel <em>Acquisition Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acquisition Channel</em>' attribute.
	 * @see #getAcquisitionChannel()
	 * @generated
	 */
	void setAcquisitionChannel(String value);

	/**
	 * Returns the value of the '<em><b>Marketing Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the customer agreed to receive marketing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marketing Consent</em>' attribute.
	 * @see #setMarketingConsent(boolean)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_MarketingConsent()
	 * @model
	 * @generated
	 */
	boolean isMarketingConsent();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#isMarketingConsent <em>Marketing Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marketing Consent</em>' attribute.
	 * @see #isMarketingConsent()
	 * @generated
	 */
	void setMarketingConsent(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Customer#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Tags()
	 * @model unique="false" dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Bookings</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.Booking}.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Booking#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's bookings, kept in step with Booking.customer; not saved, rebuilt on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bookings</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Bookings()
	 * @see org.travelcrm.model.Booking#getCustomer
	 * @model opposite="customer" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Booking> getBookings();

	/**
	 * Returns the value of the '<em><b>Surveys</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.Survey}.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Survey#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's surveys, kept in step with Survey.customer; not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surveys</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Surveys()
	 * @see org.travelcrm.model.Survey#getCustomer
	 * @model opposite="customer" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Survey> getSurveys();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.Interaction}.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Interaction#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's interactions, kept in step with Interaction.customer; not saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interactions</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getCustomer_Interactions()
	 * @see org.travelcrm.model.Interaction#getCustomer
	 * @model opposite="customer" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Interaction> getInteractions();

} // Customer
