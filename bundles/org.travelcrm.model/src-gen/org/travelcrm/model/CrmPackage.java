/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The CRM process of a travel agency: customers and what they buy, goals, segments, campaigns and their evaluation.
 * <!-- end-model-doc -->
 * @see org.travelcrm.model.CrmFactory
 * @model kind="package"
 * @generated
 */
public interface CrmPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.travelcrm.org/model/crm/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "crm"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrmPackage eINSTANCE = org.travelcrm.model.impl.CrmPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.AgencyImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CURRENCY = 1;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__TIME_ZONE = 2;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CUSTOMERS = 3;

	/**
	 * The feature id for the '<em><b>Products</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__PRODUCTS = 4;

	/**
	 * The feature id for the '<em><b>Bookings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__BOOKINGS = 5;

	/**
	 * The feature id for the '<em><b>Surveys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__SURVEYS = 6;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__INTERACTIONS = 7;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__GOALS = 8;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__SEGMENTS = 9;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CAMPAIGNS = 10;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__EVALUATIONS = 11;

	/**
	 * The feature id for the '<em><b>Cycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CYCLE = 12;

	/**
	 * The feature id for the '<em><b>Analysis Settings</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ANALYSIS_SETTINGS = 13;

	/**
	 * The feature id for the '<em><b>Snapshots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__SNAPSHOTS = 14;

	/**
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.CustomerImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 1;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__AGENCY = 0;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__EXTERNAL_ID = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PHONE = 3;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__EMAIL = 4;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ADDRESS = 5;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CITY = 6;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__COUNTRY = 7;

	/**
	 * The feature id for the '<em><b>Created Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CREATED_DATE = 8;

	/**
	 * The feature id for the '<em><b>Acquisition Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ACQUISITION_CHANNEL = 9;

	/**
	 * The feature id for the '<em><b>Marketing Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__MARKETING_CONSENT = 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NOTES = 11;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__TAGS = 12;

	/**
	 * The feature id for the '<em><b>Bookings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__BOOKINGS = 13;

	/**
	 * The feature id for the '<em><b>Surveys</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SURVEYS = 14;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__INTERACTIONS = 15;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.IndividualTouristImpl <em>Individual Tourist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.IndividualTouristImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getIndividualTourist()
	 * @generated
	 */
	int INDIVIDUAL_TOURIST = 2;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__AGENCY = CUSTOMER__AGENCY;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__EXTERNAL_ID = CUSTOMER__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__NAME = CUSTOMER__NAME;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__PHONE = CUSTOMER__PHONE;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__EMAIL = CUSTOMER__EMAIL;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__ADDRESS = CUSTOMER__ADDRESS;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__CITY = CUSTOMER__CITY;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__COUNTRY = CUSTOMER__COUNTRY;

	/**
	 * The feature id for the '<em><b>Created Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__CREATED_DATE = CUSTOMER__CREATED_DATE;

	/**
	 * The feature id for the '<em><b>Acquisition Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__ACQUISITION_CHANNEL = CUSTOMER__ACQUISITION_CHANNEL;

	/**
	 * The feature id for the '<em><b>Marketing Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__MARKETING_CONSENT = CUSTOMER__MARKETING_CONSENT;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__NOTES = CUSTOMER__NOTES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__TAGS = CUSTOMER__TAGS;

	/**
	 * The feature id for the '<em><b>Bookings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__BOOKINGS = CUSTOMER__BOOKINGS;

	/**
	 * The feature id for the '<em><b>Surveys</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__SURVEYS = CUSTOMER__SURVEYS;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__INTERACTIONS = CUSTOMER__INTERACTIONS;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__GENDER = CUSTOMER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__BIRTH_DATE = CUSTOMER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Travel Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__TRAVEL_PURPOSE = CUSTOMER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST__EMPLOYER = CUSTOMER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Individual Tourist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST_FEATURE_COUNT = CUSTOMER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Individual Tourist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_TOURIST_OPERATION_COUNT = CUSTOMER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.OrganizationImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 3;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__AGENCY = CUSTOMER__AGENCY;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__EXTERNAL_ID = CUSTOMER__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = CUSTOMER__NAME;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PHONE = CUSTOMER__PHONE;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__EMAIL = CUSTOMER__EMAIL;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ADDRESS = CUSTOMER__ADDRESS;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CITY = CUSTOMER__CITY;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__COUNTRY = CUSTOMER__COUNTRY;

	/**
	 * The feature id for the '<em><b>Created Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CREATED_DATE = CUSTOMER__CREATED_DATE;

	/**
	 * The feature id for the '<em><b>Acquisition Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ACQUISITION_CHANNEL = CUSTOMER__ACQUISITION_CHANNEL;

	/**
	 * The feature id for the '<em><b>Marketing Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__MARKETING_CONSENT = CUSTOMER__MARKETING_CONSENT;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NOTES = CUSTOMER__NOTES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__TAGS = CUSTOMER__TAGS;

	/**
	 * The feature id for the '<em><b>Bookings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__BOOKINGS = CUSTOMER__BOOKINGS;

	/**
	 * The feature id for the '<em><b>Surveys</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SURVEYS = CUSTOMER__SURVEYS;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__INTERACTIONS = CUSTOMER__INTERACTIONS;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__INDUSTRY = CUSTOMER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SIZE = CUSTOMER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Contact Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CONTACT_PERSONS = CUSTOMER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__EMPLOYEES = CUSTOMER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = CUSTOMER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = CUSTOMER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.ContactPersonImpl <em>Contact Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.ContactPersonImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getContactPerson()
	 * @generated
	 */
	int CONTACT_PERSON = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON__PHONE = 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON__EMAIL = 3;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON__PERSON = 4;

	/**
	 * The number of structural features of the '<em>Contact Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Contact Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.TravelProductImpl <em>Travel Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.TravelProductImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getTravelProduct()
	 * @generated
	 */
	int TRAVEL_PRODUCT = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT__DESTINATION = 3;

	/**
	 * The feature id for the '<em><b>List Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT__LIST_PRICE = 4;

	/**
	 * The number of structural features of the '<em>Travel Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Travel Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVEL_PRODUCT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.BookingImpl <em>Booking</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.BookingImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getBooking()
	 * @generated
	 */
	int BOOKING = 6;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__EXTERNAL_ID = 0;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__CUSTOMER = 1;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__PRODUCT = 2;

	/**
	 * The feature id for the '<em><b>Extra Products</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__EXTRA_PRODUCTS = 3;

	/**
	 * The feature id for the '<em><b>Booked Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__BOOKED_DATE = 4;

	/**
	 * The feature id for the '<em><b>Departure Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__DEPARTURE_DATE = 5;

	/**
	 * The feature id for the '<em><b>Return Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__RETURN_DATE = 6;

	/**
	 * The feature id for the '<em><b>Travellers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__TRAVELLERS = 7;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__AMOUNT = 8;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__COST = 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__STATUS = 10;

	/**
	 * The feature id for the '<em><b>Sales Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__SALES_CHANNEL = 11;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__CAMPAIGN = 12;

	/**
	 * The number of structural features of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.SurveyImpl <em>Survey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.SurveyImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getSurvey()
	 * @generated
	 */
	int SURVEY = 7;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__BOOKING = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__DATE = 2;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__SCORE = 3;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__SCALE = 4;

	/**
	 * The feature id for the '<em><b>Complaint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__COMPLAINT = 5;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__COMMENT = 6;

	/**
	 * The number of structural features of the '<em>Survey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Survey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.InteractionImpl <em>Interaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.InteractionImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getInteraction()
	 * @generated
	 */
	int INTERACTION = 8;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DATE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.StrategicGoalImpl <em>Strategic Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.StrategicGoalImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getStrategicGoal()
	 * @generated
	 */
	int STRATEGIC_GOAL = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL__METRIC = 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL__DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Qualifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL__QUALIFIER = 3;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL__STAGES = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL__NOTES = 5;

	/**
	 * The number of structural features of the '<em>Strategic Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Strategic Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.GoalStageImpl <em>Goal Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.GoalStageImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalStage()
	 * @generated
	 */
	int GOAL_STAGE = 10;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_STAGE__TARGET_VALUE = 0;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_STAGE__DEADLINE = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_STAGE__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Goal Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_STAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Goal Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_STAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.SegmentImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CRITERIA = 2;

	/**
	 * The feature id for the '<em><b>Snapshots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SNAPSHOTS = 3;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.SegmentCriterionImpl <em>Segment Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.SegmentCriterionImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getSegmentCriterion()
	 * @generated
	 */
	int SEGMENT_CRITERION = 12;

	/**
	 * The feature id for the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERION__PROPERTY = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERION__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERION__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Segment Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Segment Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.MemberSnapshotImpl <em>Member Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.MemberSnapshotImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getMemberSnapshot()
	 * @generated
	 */
	int MEMBER_SNAPSHOT = 13;

	/**
	 * The feature id for the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT__TAKEN_AT = 0;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT__AS_OF = 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT__PARAMETERS = 2;

	/**
	 * The feature id for the '<em><b>Data Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT__DATA_FINGERPRINT = 3;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT__MEMBERS = 4;

	/**
	 * The number of structural features of the '<em>Member Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Member Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.CampaignImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SEGMENT = 2;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__MEMBERS = 3;

	/**
	 * The feature id for the '<em><b>Control Group Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CONTROL_GROUP_SHARE = 4;

	/**
	 * The feature id for the '<em><b>Control Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CONTROL_SEED = 5;

	/**
	 * The feature id for the '<em><b>Control Group</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CONTROL_GROUP = 6;

	/**
	 * The feature id for the '<em><b>Offered Products</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OFFERED_PRODUCTS = 7;

	/**
	 * The feature id for the '<em><b>Offer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OFFER = 8;

	/**
	 * The feature id for the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PRICE = 9;

	/**
	 * The feature id for the '<em><b>Discount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__DISCOUNT = 10;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CHANNELS = 11;

	/**
	 * The feature id for the '<em><b>Promotion Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PROMOTION_MESSAGE = 12;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__START_DATE = 13;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__END_DATE = 14;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__BUDGET = 15;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__COST = 16;

	/**
	 * The feature id for the '<em><b>Attribution Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ATTRIBUTION_DAYS = 17;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__KPIS = 18;

	/**
	 * The feature id for the '<em><b>Evaluation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__EVALUATION = 19;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 20;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.CampaignKpiImpl <em>Campaign Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.CampaignKpiImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCampaignKpi()
	 * @generated
	 */
	int CAMPAIGN_KPI = 15;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_KPI__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_KPI__DIRECTION = 1;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_KPI__TARGET_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_KPI__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Campaign Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_KPI_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Campaign Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_KPI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.EvaluationImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 16;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CAMPAIGN = 0;

	/**
	 * The feature id for the '<em><b>Evaluated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__EVALUATED_ON = 1;

	/**
	 * The feature id for the '<em><b>Target Conversion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__TARGET_CONVERSION = 2;

	/**
	 * The feature id for the '<em><b>Control Conversion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CONTROL_CONVERSION = 3;

	/**
	 * The feature id for the '<em><b>Lift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__LIFT = 4;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__REVENUE = 5;

	/**
	 * The feature id for the '<em><b>Roi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ROI = 6;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__MEASUREMENTS = 7;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__FINDINGS = 8;

	/**
	 * The feature id for the '<em><b>Lessons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__LESSONS = 9;

	/**
	 * The feature id for the '<em><b>Proposed Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PROPOSED_CHANGES = 10;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.KpiMeasurementImpl <em>Kpi Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.KpiMeasurementImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getKpiMeasurement()
	 * @generated
	 */
	int KPI_MEASUREMENT = 17;

	/**
	 * The feature id for the '<em><b>Kpi</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASUREMENT__KPI = 0;

	/**
	 * The feature id for the '<em><b>Measured Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASUREMENT__MEASURED_VALUE = 1;

	/**
	 * The feature id for the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASUREMENT__MET = 2;

	/**
	 * The number of structural features of the '<em>Kpi Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASUREMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Kpi Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.GoalChangeImpl <em>Goal Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.GoalChangeImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalChange()
	 * @generated
	 */
	int GOAL_CHANGE = 18;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__GOAL = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__METRIC = 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__TARGET_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__DEADLINE = 4;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__RATIONALE = 5;

	/**
	 * The feature id for the '<em><b>Accepted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE__ACCEPTED = 6;

	/**
	 * The number of structural features of the '<em>Goal Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Goal Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.CrmCycleImpl <em>Cycle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.CrmCycleImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCrmCycle()
	 * @generated
	 */
	int CRM_CYCLE = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_CYCLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_CYCLE__STARTED_ON = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_CYCLE__STEPS = 2;

	/**
	 * The number of structural features of the '<em>Cycle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_CYCLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cycle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_CYCLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.CycleStepImpl <em>Cycle Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.CycleStepImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCycleStep()
	 * @generated
	 */
	int CYCLE_STEP = 20;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_STEP__KIND = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_STEP__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_STEP__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Cycle Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_STEP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cycle Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.impl.AnalysisSnapshotImpl <em>Analysis Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.impl.AnalysisSnapshotImpl
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getAnalysisSnapshot()
	 * @generated
	 */
	int ANALYSIS_SNAPSHOT = 21;

	/**
	 * The feature id for the '<em><b>Analysis Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT__ANALYSIS_ID = 0;

	/**
	 * The feature id for the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT__TAKEN_AT = 1;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT__AS_OF = 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT__PARAMETERS = 3;

	/**
	 * The feature id for the '<em><b>Data Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT__DATA_FINGERPRINT = 4;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT__RESULT = 5;

	/**
	 * The number of structural features of the '<em>Analysis Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Analysis Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.Gender
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 22;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.TravelPurpose <em>Travel Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.TravelPurpose
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getTravelPurpose()
	 * @generated
	 */
	int TRAVEL_PURPOSE = 23;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.OrganizationSize <em>Organization Size</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.OrganizationSize
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getOrganizationSize()
	 * @generated
	 */
	int ORGANIZATION_SIZE = 24;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.ProductKind <em>Product Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.ProductKind
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getProductKind()
	 * @generated
	 */
	int PRODUCT_KIND = 25;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.BookingStatus <em>Booking Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.BookingStatus
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getBookingStatus()
	 * @generated
	 */
	int BOOKING_STATUS = 26;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.SurveyScale <em>Survey Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.SurveyScale
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getSurveyScale()
	 * @generated
	 */
	int SURVEY_SCALE = 27;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.InteractionKind <em>Interaction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.InteractionKind
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getInteractionKind()
	 * @generated
	 */
	int INTERACTION_KIND = 28;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.GoalMetric <em>Goal Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.GoalMetric
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalMetric()
	 * @generated
	 */
	int GOAL_METRIC = 29;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.GoalDirection <em>Goal Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.GoalDirection
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalDirection()
	 * @generated
	 */
	int GOAL_DIRECTION = 30;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.CampaignStatus <em>Campaign Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.CampaignStatus
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCampaignStatus()
	 * @generated
	 */
	int CAMPAIGN_STATUS = 31;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.CycleStepKind <em>Cycle Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.CycleStepKind
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCycleStepKind()
	 * @generated
	 */
	int CYCLE_STEP_KIND = 32;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.StepStatus <em>Step Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.StepStatus
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getStepStatus()
	 * @generated
	 */
	int STEP_STATUS = 33;

	/**
	 * The meta object id for the '{@link org.travelcrm.model.CriterionOperator <em>Criterion Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.travelcrm.model.CriterionOperator
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getCriterionOperator()
	 * @generated
	 */
	int CRITERION_OPERATOR = 34;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 35;

	/**
	 * The meta object id for the '<em>Money</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigDecimal
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getMoney()
	 * @generated
	 */
	int MONEY = 36;

	/**
	 * The meta object id for the '<em>Timestamp</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getTimestamp()
	 * @generated
	 */
	int TIMESTAMP = 37;


	/**
	 * The meta object id for the '<em>Label</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.travelcrm.model.impl.CrmPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 38;


	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see org.travelcrm.model.Agency
	 * @generated
	 */
	EClass getAgency();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Agency#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.Agency#getName()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Agency#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.travelcrm.model.Agency#getCurrency()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Agency#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.travelcrm.model.Agency#getTimeZone()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_TimeZone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customers</em>'.
	 * @see org.travelcrm.model.Agency#getCustomers()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Products</em>'.
	 * @see org.travelcrm.model.Agency#getProducts()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Products();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getBookings <em>Bookings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bookings</em>'.
	 * @see org.travelcrm.model.Agency#getBookings()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Bookings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getSurveys <em>Surveys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Surveys</em>'.
	 * @see org.travelcrm.model.Agency#getSurveys()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Surveys();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interactions</em>'.
	 * @see org.travelcrm.model.Agency#getInteractions()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Interactions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.travelcrm.model.Agency#getGoals()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.travelcrm.model.Agency#getSegments()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.travelcrm.model.Agency#getCampaigns()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Campaigns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.travelcrm.model.Agency#getEvaluations()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Evaluations();

	/**
	 * Returns the meta object for the containment reference '{@link org.travelcrm.model.Agency#getCycle <em>Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cycle</em>'.
	 * @see org.travelcrm.model.Agency#getCycle()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Cycle();

	/**
	 * Returns the meta object for the map '{@link org.travelcrm.model.Agency#getAnalysisSettings <em>Analysis Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Analysis Settings</em>'.
	 * @see org.travelcrm.model.Agency#getAnalysisSettings()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_AnalysisSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Agency#getSnapshots <em>Snapshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Snapshots</em>'.
	 * @see org.travelcrm.model.Agency#getSnapshots()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Snapshots();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.travelcrm.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the container reference '{@link org.travelcrm.model.Customer#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Agency</em>'.
	 * @see org.travelcrm.model.Customer#getAgency()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Agency();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.travelcrm.model.Customer#getExternalId()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_ExternalId();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.travelcrm.model.Customer#getPhone()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.travelcrm.model.Customer#getEmail()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.travelcrm.model.Customer#getAddress()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.travelcrm.model.Customer#getCity()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_City();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.travelcrm.model.Customer#getCountry()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getCreatedDate <em>Created Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created Date</em>'.
	 * @see org.travelcrm.model.Customer#getCreatedDate()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_CreatedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getAcquisitionChannel <em>Acquisition Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acquisition Channel</em>'.
	 * @see org.travelcrm.model.Customer#getAcquisitionChannel()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_AcquisitionChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#isMarketingConsent <em>Marketing Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marketing Consent</em>'.
	 * @see org.travelcrm.model.Customer#isMarketingConsent()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_MarketingConsent();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Customer#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.travelcrm.model.Customer#getNotes()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Notes();

	/**
	 * Returns the meta object for the attribute list '{@link org.travelcrm.model.Customer#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.travelcrm.model.Customer#getTags()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Tags();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Customer#getBookings <em>Bookings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Bookings</em>'.
	 * @see org.travelcrm.model.Customer#getBookings()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Bookings();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Customer#getSurveys <em>Surveys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Surveys</em>'.
	 * @see org.travelcrm.model.Customer#getSurveys()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Surveys();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Customer#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Interactions</em>'.
	 * @see org.travelcrm.model.Customer#getInteractions()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Interactions();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.IndividualTourist <em>Individual Tourist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Individual Tourist</em>'.
	 * @see org.travelcrm.model.IndividualTourist
	 * @generated
	 */
	EClass getIndividualTourist();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.IndividualTourist#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see org.travelcrm.model.IndividualTourist#getGender()
	 * @see #getIndividualTourist()
	 * @generated
	 */
	EAttribute getIndividualTourist_Gender();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.IndividualTourist#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.travelcrm.model.IndividualTourist#getBirthDate()
	 * @see #getIndividualTourist()
	 * @generated
	 */
	EAttribute getIndividualTourist_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.IndividualTourist#getTravelPurpose <em>Travel Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Travel Purpose</em>'.
	 * @see org.travelcrm.model.IndividualTourist#getTravelPurpose()
	 * @see #getIndividualTourist()
	 * @generated
	 */
	EAttribute getIndividualTourist_TravelPurpose();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.IndividualTourist#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employer</em>'.
	 * @see org.travelcrm.model.IndividualTourist#getEmployer()
	 * @see #getIndividualTourist()
	 * @generated
	 */
	EReference getIndividualTourist_Employer();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.travelcrm.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Organization#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.travelcrm.model.Organization#getIndustry()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Industry();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Organization#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.travelcrm.model.Organization#getSize()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Size();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Organization#getContactPersons <em>Contact Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contact Persons</em>'.
	 * @see org.travelcrm.model.Organization#getContactPersons()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_ContactPersons();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Organization#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Employees</em>'.
	 * @see org.travelcrm.model.Organization#getEmployees()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Employees();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.ContactPerson <em>Contact Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Person</em>'.
	 * @see org.travelcrm.model.ContactPerson
	 * @generated
	 */
	EClass getContactPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.ContactPerson#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.ContactPerson#getName()
	 * @see #getContactPerson()
	 * @generated
	 */
	EAttribute getContactPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.ContactPerson#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.travelcrm.model.ContactPerson#getRole()
	 * @see #getContactPerson()
	 * @generated
	 */
	EAttribute getContactPerson_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.ContactPerson#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.travelcrm.model.ContactPerson#getPhone()
	 * @see #getContactPerson()
	 * @generated
	 */
	EAttribute getContactPerson_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.ContactPerson#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.travelcrm.model.ContactPerson#getEmail()
	 * @see #getContactPerson()
	 * @generated
	 */
	EAttribute getContactPerson_Email();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.ContactPerson#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.travelcrm.model.ContactPerson#getPerson()
	 * @see #getContactPerson()
	 * @generated
	 */
	EReference getContactPerson_Person();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.TravelProduct <em>Travel Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Travel Product</em>'.
	 * @see org.travelcrm.model.TravelProduct
	 * @generated
	 */
	EClass getTravelProduct();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.TravelProduct#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.travelcrm.model.TravelProduct#getCode()
	 * @see #getTravelProduct()
	 * @generated
	 */
	EAttribute getTravelProduct_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.TravelProduct#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.TravelProduct#getName()
	 * @see #getTravelProduct()
	 * @generated
	 */
	EAttribute getTravelProduct_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.TravelProduct#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.travelcrm.model.TravelProduct#getKind()
	 * @see #getTravelProduct()
	 * @generated
	 */
	EAttribute getTravelProduct_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.TravelProduct#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.travelcrm.model.TravelProduct#getDestination()
	 * @see #getTravelProduct()
	 * @generated
	 */
	EAttribute getTravelProduct_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.TravelProduct#getListPrice <em>List Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>List Price</em>'.
	 * @see org.travelcrm.model.TravelProduct#getListPrice()
	 * @see #getTravelProduct()
	 * @generated
	 */
	EAttribute getTravelProduct_ListPrice();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Booking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Booking</em>'.
	 * @see org.travelcrm.model.Booking
	 * @generated
	 */
	EClass getBooking();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.travelcrm.model.Booking#getExternalId()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ExternalId();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Booking#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.travelcrm.model.Booking#getCustomer()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Booking#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see org.travelcrm.model.Booking#getProduct()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_Product();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Booking#getExtraProducts <em>Extra Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Extra Products</em>'.
	 * @see org.travelcrm.model.Booking#getExtraProducts()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_ExtraProducts();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getBookedDate <em>Booked Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Booked Date</em>'.
	 * @see org.travelcrm.model.Booking#getBookedDate()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_BookedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getDepartureDate <em>Departure Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Departure Date</em>'.
	 * @see org.travelcrm.model.Booking#getDepartureDate()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_DepartureDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getReturnDate <em>Return Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Date</em>'.
	 * @see org.travelcrm.model.Booking#getReturnDate()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ReturnDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getTravellers <em>Travellers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Travellers</em>'.
	 * @see org.travelcrm.model.Booking#getTravellers()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Travellers();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.travelcrm.model.Booking#getAmount()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.travelcrm.model.Booking#getCost()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.travelcrm.model.Booking#getStatus()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Booking#getSalesChannel <em>Sales Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sales Channel</em>'.
	 * @see org.travelcrm.model.Booking#getSalesChannel()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_SalesChannel();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Booking#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.travelcrm.model.Booking#getCampaign()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_Campaign();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Survey <em>Survey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey</em>'.
	 * @see org.travelcrm.model.Survey
	 * @generated
	 */
	EClass getSurvey();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Survey#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.travelcrm.model.Survey#getCustomer()
	 * @see #getSurvey()
	 * @generated
	 */
	EReference getSurvey_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Survey#getBooking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Booking</em>'.
	 * @see org.travelcrm.model.Survey#getBooking()
	 * @see #getSurvey()
	 * @generated
	 */
	EReference getSurvey_Booking();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Survey#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.travelcrm.model.Survey#getDate()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Survey#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.travelcrm.model.Survey#getScore()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Survey#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.travelcrm.model.Survey#getScale()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Survey#isComplaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complaint</em>'.
	 * @see org.travelcrm.model.Survey#isComplaint()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Complaint();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Survey#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.travelcrm.model.Survey#getComment()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Comment();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Interaction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction</em>'.
	 * @see org.travelcrm.model.Interaction
	 * @generated
	 */
	EClass getInteraction();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Interaction#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.travelcrm.model.Interaction#getCustomer()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Interaction#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.travelcrm.model.Interaction#getDate()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Interaction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.travelcrm.model.Interaction#getKind()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Interaction#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.travelcrm.model.Interaction#getNote()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Note();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.StrategicGoal <em>Strategic Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Goal</em>'.
	 * @see org.travelcrm.model.StrategicGoal
	 * @generated
	 */
	EClass getStrategicGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.StrategicGoal#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.StrategicGoal#getName()
	 * @see #getStrategicGoal()
	 * @generated
	 */
	EAttribute getStrategicGoal_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.StrategicGoal#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.travelcrm.model.StrategicGoal#getMetric()
	 * @see #getStrategicGoal()
	 * @generated
	 */
	EAttribute getStrategicGoal_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.StrategicGoal#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.travelcrm.model.StrategicGoal#getDirection()
	 * @see #getStrategicGoal()
	 * @generated
	 */
	EAttribute getStrategicGoal_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.StrategicGoal#getQualifier <em>Qualifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qualifier</em>'.
	 * @see org.travelcrm.model.StrategicGoal#getQualifier()
	 * @see #getStrategicGoal()
	 * @generated
	 */
	EAttribute getStrategicGoal_Qualifier();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.StrategicGoal#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.travelcrm.model.StrategicGoal#getStages()
	 * @see #getStrategicGoal()
	 * @generated
	 */
	EReference getStrategicGoal_Stages();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.StrategicGoal#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.travelcrm.model.StrategicGoal#getNotes()
	 * @see #getStrategicGoal()
	 * @generated
	 */
	EAttribute getStrategicGoal_Notes();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.GoalStage <em>Goal Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal Stage</em>'.
	 * @see org.travelcrm.model.GoalStage
	 * @generated
	 */
	EClass getGoalStage();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalStage#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.travelcrm.model.GoalStage#getTargetValue()
	 * @see #getGoalStage()
	 * @generated
	 */
	EAttribute getGoalStage_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalStage#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.travelcrm.model.GoalStage#getDeadline()
	 * @see #getGoalStage()
	 * @generated
	 */
	EAttribute getGoalStage_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalStage#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.travelcrm.model.GoalStage#getNote()
	 * @see #getGoalStage()
	 * @generated
	 */
	EAttribute getGoalStage_Note();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.travelcrm.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Segment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.Segment#getName()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Segment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.travelcrm.model.Segment#getDescription()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Segment#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.travelcrm.model.Segment#getCriteria()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Segment#getSnapshots <em>Snapshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Snapshots</em>'.
	 * @see org.travelcrm.model.Segment#getSnapshots()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Snapshots();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.SegmentCriterion <em>Segment Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Criterion</em>'.
	 * @see org.travelcrm.model.SegmentCriterion
	 * @generated
	 */
	EClass getSegmentCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.SegmentCriterion#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Property</em>'.
	 * @see org.travelcrm.model.SegmentCriterion#getProperty()
	 * @see #getSegmentCriterion()
	 * @generated
	 */
	EAttribute getSegmentCriterion_Property();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.SegmentCriterion#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.travelcrm.model.SegmentCriterion#getOperator()
	 * @see #getSegmentCriterion()
	 * @generated
	 */
	EAttribute getSegmentCriterion_Operator();

	/**
	 * Returns the meta object for the attribute list '{@link org.travelcrm.model.SegmentCriterion#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.travelcrm.model.SegmentCriterion#getValues()
	 * @see #getSegmentCriterion()
	 * @generated
	 */
	EAttribute getSegmentCriterion_Values();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.MemberSnapshot <em>Member Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member Snapshot</em>'.
	 * @see org.travelcrm.model.MemberSnapshot
	 * @generated
	 */
	EClass getMemberSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.MemberSnapshot#getTakenAt <em>Taken At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken At</em>'.
	 * @see org.travelcrm.model.MemberSnapshot#getTakenAt()
	 * @see #getMemberSnapshot()
	 * @generated
	 */
	EAttribute getMemberSnapshot_TakenAt();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.MemberSnapshot#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.travelcrm.model.MemberSnapshot#getAsOf()
	 * @see #getMemberSnapshot()
	 * @generated
	 */
	EAttribute getMemberSnapshot_AsOf();

	/**
	 * Returns the meta object for the map '{@link org.travelcrm.model.MemberSnapshot#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see org.travelcrm.model.MemberSnapshot#getParameters()
	 * @see #getMemberSnapshot()
	 * @generated
	 */
	EReference getMemberSnapshot_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.MemberSnapshot#getDataFingerprint <em>Data Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Fingerprint</em>'.
	 * @see org.travelcrm.model.MemberSnapshot#getDataFingerprint()
	 * @see #getMemberSnapshot()
	 * @generated
	 */
	EAttribute getMemberSnapshot_DataFingerprint();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.MemberSnapshot#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.travelcrm.model.MemberSnapshot#getMembers()
	 * @see #getMemberSnapshot()
	 * @generated
	 */
	EReference getMemberSnapshot_Members();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.travelcrm.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.travelcrm.model.Campaign#getStatus()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Status();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Campaign#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.travelcrm.model.Campaign#getSegment()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Segment();

	/**
	 * Returns the meta object for the containment reference '{@link org.travelcrm.model.Campaign#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Members</em>'.
	 * @see org.travelcrm.model.Campaign#getMembers()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getControlGroupShare <em>Control Group Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Group Share</em>'.
	 * @see org.travelcrm.model.Campaign#getControlGroupShare()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ControlGroupShare();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getControlSeed <em>Control Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Seed</em>'.
	 * @see org.travelcrm.model.Campaign#getControlSeed()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ControlSeed();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Campaign#getControlGroup <em>Control Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Control Group</em>'.
	 * @see org.travelcrm.model.Campaign#getControlGroup()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_ControlGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.travelcrm.model.Campaign#getOfferedProducts <em>Offered Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offered Products</em>'.
	 * @see org.travelcrm.model.Campaign#getOfferedProducts()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_OfferedProducts();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getOffer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offer</em>'.
	 * @see org.travelcrm.model.Campaign#getOffer()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Offer();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getPrice <em>Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price</em>'.
	 * @see org.travelcrm.model.Campaign#getPrice()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Price();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getDiscount <em>Discount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount</em>'.
	 * @see org.travelcrm.model.Campaign#getDiscount()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Discount();

	/**
	 * Returns the meta object for the attribute list '{@link org.travelcrm.model.Campaign#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see org.travelcrm.model.Campaign#getChannels()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getPromotionMessage <em>Promotion Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promotion Message</em>'.
	 * @see org.travelcrm.model.Campaign#getPromotionMessage()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PromotionMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.travelcrm.model.Campaign#getStartDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.travelcrm.model.Campaign#getEndDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.travelcrm.model.Campaign#getBudget()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Budget();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.travelcrm.model.Campaign#getCost()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Campaign#getAttributionDays <em>Attribution Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribution Days</em>'.
	 * @see org.travelcrm.model.Campaign#getAttributionDays()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_AttributionDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Campaign#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see org.travelcrm.model.Campaign#getKpis()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Kpis();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Campaign#getEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evaluation</em>'.
	 * @see org.travelcrm.model.Campaign#getEvaluation()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Evaluation();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.CampaignKpi <em>Campaign Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign Kpi</em>'.
	 * @see org.travelcrm.model.CampaignKpi
	 * @generated
	 */
	EClass getCampaignKpi();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CampaignKpi#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.travelcrm.model.CampaignKpi#getMetric()
	 * @see #getCampaignKpi()
	 * @generated
	 */
	EAttribute getCampaignKpi_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CampaignKpi#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.travelcrm.model.CampaignKpi#getDirection()
	 * @see #getCampaignKpi()
	 * @generated
	 */
	EAttribute getCampaignKpi_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CampaignKpi#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.travelcrm.model.CampaignKpi#getTargetValue()
	 * @see #getCampaignKpi()
	 * @generated
	 */
	EAttribute getCampaignKpi_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CampaignKpi#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.travelcrm.model.CampaignKpi#getNote()
	 * @see #getCampaignKpi()
	 * @generated
	 */
	EAttribute getCampaignKpi_Note();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.travelcrm.model.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.Evaluation#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.travelcrm.model.Evaluation#getCampaign()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getEvaluatedOn <em>Evaluated On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluated On</em>'.
	 * @see org.travelcrm.model.Evaluation#getEvaluatedOn()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_EvaluatedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getTargetConversion <em>Target Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Conversion</em>'.
	 * @see org.travelcrm.model.Evaluation#getTargetConversion()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_TargetConversion();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getControlConversion <em>Control Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Conversion</em>'.
	 * @see org.travelcrm.model.Evaluation#getControlConversion()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_ControlConversion();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getLift <em>Lift</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lift</em>'.
	 * @see org.travelcrm.model.Evaluation#getLift()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Lift();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revenue</em>'.
	 * @see org.travelcrm.model.Evaluation#getRevenue()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Revenue();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getRoi <em>Roi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roi</em>'.
	 * @see org.travelcrm.model.Evaluation#getRoi()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Roi();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Evaluation#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.travelcrm.model.Evaluation#getMeasurements()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Measurements();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.travelcrm.model.Evaluation#getFindings()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.Evaluation#getLessons <em>Lessons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lessons</em>'.
	 * @see org.travelcrm.model.Evaluation#getLessons()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Lessons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.Evaluation#getProposedChanges <em>Proposed Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Proposed Changes</em>'.
	 * @see org.travelcrm.model.Evaluation#getProposedChanges()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_ProposedChanges();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.KpiMeasurement <em>Kpi Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Measurement</em>'.
	 * @see org.travelcrm.model.KpiMeasurement
	 * @generated
	 */
	EClass getKpiMeasurement();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.KpiMeasurement#getKpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kpi</em>'.
	 * @see org.travelcrm.model.KpiMeasurement#getKpi()
	 * @see #getKpiMeasurement()
	 * @generated
	 */
	EReference getKpiMeasurement_Kpi();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.KpiMeasurement#getMeasuredValue <em>Measured Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured Value</em>'.
	 * @see org.travelcrm.model.KpiMeasurement#getMeasuredValue()
	 * @see #getKpiMeasurement()
	 * @generated
	 */
	EAttribute getKpiMeasurement_MeasuredValue();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.KpiMeasurement#isMet <em>Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Met</em>'.
	 * @see org.travelcrm.model.KpiMeasurement#isMet()
	 * @see #getKpiMeasurement()
	 * @generated
	 */
	EAttribute getKpiMeasurement_Met();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.GoalChange <em>Goal Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal Change</em>'.
	 * @see org.travelcrm.model.GoalChange
	 * @generated
	 */
	EClass getGoalChange();

	/**
	 * Returns the meta object for the reference '{@link org.travelcrm.model.GoalChange#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Goal</em>'.
	 * @see org.travelcrm.model.GoalChange#getGoal()
	 * @see #getGoalChange()
	 * @generated
	 */
	EReference getGoalChange_Goal();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalChange#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.travelcrm.model.GoalChange#getMetric()
	 * @see #getGoalChange()
	 * @generated
	 */
	EAttribute getGoalChange_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalChange#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.travelcrm.model.GoalChange#getDirection()
	 * @see #getGoalChange()
	 * @generated
	 */
	EAttribute getGoalChange_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalChange#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.travelcrm.model.GoalChange#getTargetValue()
	 * @see #getGoalChange()
	 * @generated
	 */
	EAttribute getGoalChange_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalChange#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.travelcrm.model.GoalChange#getDeadline()
	 * @see #getGoalChange()
	 * @generated
	 */
	EAttribute getGoalChange_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalChange#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.travelcrm.model.GoalChange#getRationale()
	 * @see #getGoalChange()
	 * @generated
	 */
	EAttribute getGoalChange_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.GoalChange#isAccepted <em>Accepted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accepted</em>'.
	 * @see org.travelcrm.model.GoalChange#isAccepted()
	 * @see #getGoalChange()
	 * @generated
	 */
	EAttribute getGoalChange_Accepted();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.CrmCycle <em>Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cycle</em>'.
	 * @see org.travelcrm.model.CrmCycle
	 * @generated
	 */
	EClass getCrmCycle();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CrmCycle#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.travelcrm.model.CrmCycle#getName()
	 * @see #getCrmCycle()
	 * @generated
	 */
	EAttribute getCrmCycle_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CrmCycle#getStartedOn <em>Started On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started On</em>'.
	 * @see org.travelcrm.model.CrmCycle#getStartedOn()
	 * @see #getCrmCycle()
	 * @generated
	 */
	EAttribute getCrmCycle_StartedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.travelcrm.model.CrmCycle#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.travelcrm.model.CrmCycle#getSteps()
	 * @see #getCrmCycle()
	 * @generated
	 */
	EReference getCrmCycle_Steps();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.CycleStep <em>Cycle Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cycle Step</em>'.
	 * @see org.travelcrm.model.CycleStep
	 * @generated
	 */
	EClass getCycleStep();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CycleStep#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.travelcrm.model.CycleStep#getKind()
	 * @see #getCycleStep()
	 * @generated
	 */
	EAttribute getCycleStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CycleStep#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.travelcrm.model.CycleStep#getStatus()
	 * @see #getCycleStep()
	 * @generated
	 */
	EAttribute getCycleStep_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.CycleStep#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.travelcrm.model.CycleStep#getNotes()
	 * @see #getCycleStep()
	 * @generated
	 */
	EAttribute getCycleStep_Notes();

	/**
	 * Returns the meta object for class '{@link org.travelcrm.model.AnalysisSnapshot <em>Analysis Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Snapshot</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot
	 * @generated
	 */
	EClass getAnalysisSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.AnalysisSnapshot#getAnalysisId <em>Analysis Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Id</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot#getAnalysisId()
	 * @see #getAnalysisSnapshot()
	 * @generated
	 */
	EAttribute getAnalysisSnapshot_AnalysisId();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.AnalysisSnapshot#getTakenAt <em>Taken At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken At</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot#getTakenAt()
	 * @see #getAnalysisSnapshot()
	 * @generated
	 */
	EAttribute getAnalysisSnapshot_TakenAt();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.AnalysisSnapshot#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot#getAsOf()
	 * @see #getAnalysisSnapshot()
	 * @generated
	 */
	EAttribute getAnalysisSnapshot_AsOf();

	/**
	 * Returns the meta object for the map '{@link org.travelcrm.model.AnalysisSnapshot#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot#getParameters()
	 * @see #getAnalysisSnapshot()
	 * @generated
	 */
	EReference getAnalysisSnapshot_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.AnalysisSnapshot#getDataFingerprint <em>Data Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Fingerprint</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot#getDataFingerprint()
	 * @see #getAnalysisSnapshot()
	 * @generated
	 */
	EAttribute getAnalysisSnapshot_DataFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link org.travelcrm.model.AnalysisSnapshot#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.travelcrm.model.AnalysisSnapshot#getResult()
	 * @see #getAnalysisSnapshot()
	 * @generated
	 */
	EAttribute getAnalysisSnapshot_Result();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see org.travelcrm.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.TravelPurpose <em>Travel Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Travel Purpose</em>'.
	 * @see org.travelcrm.model.TravelPurpose
	 * @generated
	 */
	EEnum getTravelPurpose();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.OrganizationSize <em>Organization Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Size</em>'.
	 * @see org.travelcrm.model.OrganizationSize
	 * @generated
	 */
	EEnum getOrganizationSize();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.ProductKind <em>Product Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Product Kind</em>'.
	 * @see org.travelcrm.model.ProductKind
	 * @generated
	 */
	EEnum getProductKind();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.BookingStatus <em>Booking Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Booking Status</em>'.
	 * @see org.travelcrm.model.BookingStatus
	 * @generated
	 */
	EEnum getBookingStatus();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.SurveyScale <em>Survey Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survey Scale</em>'.
	 * @see org.travelcrm.model.SurveyScale
	 * @generated
	 */
	EEnum getSurveyScale();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.InteractionKind <em>Interaction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Kind</em>'.
	 * @see org.travelcrm.model.InteractionKind
	 * @generated
	 */
	EEnum getInteractionKind();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.GoalMetric <em>Goal Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Metric</em>'.
	 * @see org.travelcrm.model.GoalMetric
	 * @generated
	 */
	EEnum getGoalMetric();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.GoalDirection <em>Goal Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Direction</em>'.
	 * @see org.travelcrm.model.GoalDirection
	 * @generated
	 */
	EEnum getGoalDirection();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.CampaignStatus <em>Campaign Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Campaign Status</em>'.
	 * @see org.travelcrm.model.CampaignStatus
	 * @generated
	 */
	EEnum getCampaignStatus();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.CycleStepKind <em>Cycle Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cycle Step Kind</em>'.
	 * @see org.travelcrm.model.CycleStepKind
	 * @generated
	 */
	EEnum getCycleStepKind();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.StepStatus <em>Step Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Status</em>'.
	 * @see org.travelcrm.model.StepStatus
	 * @generated
	 */
	EEnum getStepStatus();

	/**
	 * Returns the meta object for enum '{@link org.travelcrm.model.CriterionOperator <em>Criterion Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Operator</em>'.
	 * @see org.travelcrm.model.CriterionOperator
	 * @generated
	 */
	EEnum getCriterionOperator();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day in the agency's time zone, written as ISO yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link java.math.BigDecimal <em>Money</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An exact decimal amount in the agency's currency, written in plain notation.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Money</em>'.
	 * @see java.math.BigDecimal
	 * @model instanceClass="java.math.BigDecimal"
	 * @generated
	 */
	EDataType getMoney();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An instant in time, written as ISO-8601 in UTC.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Timestamp</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getTimestamp();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A short text from a small vocabulary (a channel, a city, a country, a tag): equal labels are shared in memory and written once in binary files.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Label</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 * @generated
	 */
	EDataType getLabel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CrmFactory getCrmFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.AgencyImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__NAME = eINSTANCE.getAgency_Name();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__CURRENCY = eINSTANCE.getAgency_Currency();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__TIME_ZONE = eINSTANCE.getAgency_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__CUSTOMERS = eINSTANCE.getAgency_Customers();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__PRODUCTS = eINSTANCE.getAgency_Products();

		/**
		 * The meta object literal for the '<em><b>Bookings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__BOOKINGS = eINSTANCE.getAgency_Bookings();

		/**
		 * The meta object literal for the '<em><b>Surveys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__SURVEYS = eINSTANCE.getAgency_Surveys();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__INTERACTIONS = eINSTANCE.getAgency_Interactions();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__GOALS = eINSTANCE.getAgency_Goals();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__SEGMENTS = eINSTANCE.getAgency_Segments();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__CAMPAIGNS = eINSTANCE.getAgency_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__EVALUATIONS = eINSTANCE.getAgency_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Cycle</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__CYCLE = eINSTANCE.getAgency_Cycle();

		/**
		 * The meta object literal for the '<em><b>Analysis Settings</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__ANALYSIS_SETTINGS = eINSTANCE.getAgency_AnalysisSettings();

		/**
		 * The meta object literal for the '<em><b>Snapshots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__SNAPSHOTS = eINSTANCE.getAgency_Snapshots();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.CustomerImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__AGENCY = eINSTANCE.getCustomer_Agency();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__EXTERNAL_ID = eINSTANCE.getCustomer_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PHONE = eINSTANCE.getCustomer_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__EMAIL = eINSTANCE.getCustomer_Email();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ADDRESS = eINSTANCE.getCustomer_Address();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CITY = eINSTANCE.getCustomer_City();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__COUNTRY = eINSTANCE.getCustomer_Country();

		/**
		 * The meta object literal for the '<em><b>Created Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CREATED_DATE = eINSTANCE.getCustomer_CreatedDate();

		/**
		 * The meta object literal for the '<em><b>Acquisition Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ACQUISITION_CHANNEL = eINSTANCE.getCustomer_AcquisitionChannel();

		/**
		 * The meta object literal for the '<em><b>Marketing Consent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__MARKETING_CONSENT = eINSTANCE.getCustomer_MarketingConsent();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NOTES = eINSTANCE.getCustomer_Notes();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__TAGS = eINSTANCE.getCustomer_Tags();

		/**
		 * The meta object literal for the '<em><b>Bookings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__BOOKINGS = eINSTANCE.getCustomer_Bookings();

		/**
		 * The meta object literal for the '<em><b>Surveys</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__SURVEYS = eINSTANCE.getCustomer_Surveys();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__INTERACTIONS = eINSTANCE.getCustomer_Interactions();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.IndividualTouristImpl <em>Individual Tourist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.IndividualTouristImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getIndividualTourist()
		 * @generated
		 */
		EClass INDIVIDUAL_TOURIST = eINSTANCE.getIndividualTourist();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIVIDUAL_TOURIST__GENDER = eINSTANCE.getIndividualTourist_Gender();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIVIDUAL_TOURIST__BIRTH_DATE = eINSTANCE.getIndividualTourist_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Travel Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIVIDUAL_TOURIST__TRAVEL_PURPOSE = eINSTANCE.getIndividualTourist_TravelPurpose();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDIVIDUAL_TOURIST__EMPLOYER = eINSTANCE.getIndividualTourist_Employer();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.OrganizationImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__INDUSTRY = eINSTANCE.getOrganization_Industry();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__SIZE = eINSTANCE.getOrganization_Size();

		/**
		 * The meta object literal for the '<em><b>Contact Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__CONTACT_PERSONS = eINSTANCE.getOrganization_ContactPersons();

		/**
		 * The meta object literal for the '<em><b>Employees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__EMPLOYEES = eINSTANCE.getOrganization_Employees();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.ContactPersonImpl <em>Contact Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.ContactPersonImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getContactPerson()
		 * @generated
		 */
		EClass CONTACT_PERSON = eINSTANCE.getContactPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PERSON__NAME = eINSTANCE.getContactPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PERSON__ROLE = eINSTANCE.getContactPerson_Role();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PERSON__PHONE = eINSTANCE.getContactPerson_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_PERSON__EMAIL = eINSTANCE.getContactPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT_PERSON__PERSON = eINSTANCE.getContactPerson_Person();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.TravelProductImpl <em>Travel Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.TravelProductImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getTravelProduct()
		 * @generated
		 */
		EClass TRAVEL_PRODUCT = eINSTANCE.getTravelProduct();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVEL_PRODUCT__CODE = eINSTANCE.getTravelProduct_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVEL_PRODUCT__NAME = eINSTANCE.getTravelProduct_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVEL_PRODUCT__KIND = eINSTANCE.getTravelProduct_Kind();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVEL_PRODUCT__DESTINATION = eINSTANCE.getTravelProduct_Destination();

		/**
		 * The meta object literal for the '<em><b>List Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVEL_PRODUCT__LIST_PRICE = eINSTANCE.getTravelProduct_ListPrice();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.BookingImpl <em>Booking</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.BookingImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getBooking()
		 * @generated
		 */
		EClass BOOKING = eINSTANCE.getBooking();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__EXTERNAL_ID = eINSTANCE.getBooking_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__CUSTOMER = eINSTANCE.getBooking_Customer();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__PRODUCT = eINSTANCE.getBooking_Product();

		/**
		 * The meta object literal for the '<em><b>Extra Products</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__EXTRA_PRODUCTS = eINSTANCE.getBooking_ExtraProducts();

		/**
		 * The meta object literal for the '<em><b>Booked Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__BOOKED_DATE = eINSTANCE.getBooking_BookedDate();

		/**
		 * The meta object literal for the '<em><b>Departure Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__DEPARTURE_DATE = eINSTANCE.getBooking_DepartureDate();

		/**
		 * The meta object literal for the '<em><b>Return Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__RETURN_DATE = eINSTANCE.getBooking_ReturnDate();

		/**
		 * The meta object literal for the '<em><b>Travellers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__TRAVELLERS = eINSTANCE.getBooking_Travellers();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__AMOUNT = eINSTANCE.getBooking_Amount();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__COST = eINSTANCE.getBooking_Cost();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__STATUS = eINSTANCE.getBooking_Status();

		/**
		 * The meta object literal for the '<em><b>Sales Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__SALES_CHANNEL = eINSTANCE.getBooking_SalesChannel();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__CAMPAIGN = eINSTANCE.getBooking_Campaign();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.SurveyImpl <em>Survey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.SurveyImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getSurvey()
		 * @generated
		 */
		EClass SURVEY = eINSTANCE.getSurvey();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY__CUSTOMER = eINSTANCE.getSurvey_Customer();

		/**
		 * The meta object literal for the '<em><b>Booking</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY__BOOKING = eINSTANCE.getSurvey_Booking();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__DATE = eINSTANCE.getSurvey_Date();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__SCORE = eINSTANCE.getSurvey_Score();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__SCALE = eINSTANCE.getSurvey_Scale();

		/**
		 * The meta object literal for the '<em><b>Complaint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__COMPLAINT = eINSTANCE.getSurvey_Complaint();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__COMMENT = eINSTANCE.getSurvey_Comment();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.InteractionImpl <em>Interaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.InteractionImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getInteraction()
		 * @generated
		 */
		EClass INTERACTION = eINSTANCE.getInteraction();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__CUSTOMER = eINSTANCE.getInteraction_Customer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__DATE = eINSTANCE.getInteraction_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__KIND = eINSTANCE.getInteraction_Kind();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__NOTE = eINSTANCE.getInteraction_Note();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.StrategicGoalImpl <em>Strategic Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.StrategicGoalImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getStrategicGoal()
		 * @generated
		 */
		EClass STRATEGIC_GOAL = eINSTANCE.getStrategicGoal();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_GOAL__NAME = eINSTANCE.getStrategicGoal_Name();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_GOAL__METRIC = eINSTANCE.getStrategicGoal_Metric();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_GOAL__DIRECTION = eINSTANCE.getStrategicGoal_Direction();

		/**
		 * The meta object literal for the '<em><b>Qualifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_GOAL__QUALIFIER = eINSTANCE.getStrategicGoal_Qualifier();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_GOAL__STAGES = eINSTANCE.getStrategicGoal_Stages();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_GOAL__NOTES = eINSTANCE.getStrategicGoal_Notes();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.GoalStageImpl <em>Goal Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.GoalStageImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalStage()
		 * @generated
		 */
		EClass GOAL_STAGE = eINSTANCE.getGoalStage();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_STAGE__TARGET_VALUE = eINSTANCE.getGoalStage_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_STAGE__DEADLINE = eINSTANCE.getGoalStage_Deadline();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_STAGE__NOTE = eINSTANCE.getGoalStage_Note();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.SegmentImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__NAME = eINSTANCE.getSegment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__DESCRIPTION = eINSTANCE.getSegment_Description();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__CRITERIA = eINSTANCE.getSegment_Criteria();

		/**
		 * The meta object literal for the '<em><b>Snapshots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__SNAPSHOTS = eINSTANCE.getSegment_Snapshots();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.SegmentCriterionImpl <em>Segment Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.SegmentCriterionImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getSegmentCriterion()
		 * @generated
		 */
		EClass SEGMENT_CRITERION = eINSTANCE.getSegmentCriterion();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERION__PROPERTY = eINSTANCE.getSegmentCriterion_Property();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERION__OPERATOR = eINSTANCE.getSegmentCriterion_Operator();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_CRITERION__VALUES = eINSTANCE.getSegmentCriterion_Values();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.MemberSnapshotImpl <em>Member Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.MemberSnapshotImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getMemberSnapshot()
		 * @generated
		 */
		EClass MEMBER_SNAPSHOT = eINSTANCE.getMemberSnapshot();

		/**
		 * The meta object literal for the '<em><b>Taken At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SNAPSHOT__TAKEN_AT = eINSTANCE.getMemberSnapshot_TakenAt();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SNAPSHOT__AS_OF = eINSTANCE.getMemberSnapshot_AsOf();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_SNAPSHOT__PARAMETERS = eINSTANCE.getMemberSnapshot_Parameters();

		/**
		 * The meta object literal for the '<em><b>Data Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_SNAPSHOT__DATA_FINGERPRINT = eINSTANCE.getMemberSnapshot_DataFingerprint();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_SNAPSHOT__MEMBERS = eINSTANCE.getMemberSnapshot_Members();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.CampaignImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STATUS = eINSTANCE.getCampaign_Status();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__SEGMENT = eINSTANCE.getCampaign_Segment();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__MEMBERS = eINSTANCE.getCampaign_Members();

		/**
		 * The meta object literal for the '<em><b>Control Group Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CONTROL_GROUP_SHARE = eINSTANCE.getCampaign_ControlGroupShare();

		/**
		 * The meta object literal for the '<em><b>Control Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CONTROL_SEED = eINSTANCE.getCampaign_ControlSeed();

		/**
		 * The meta object literal for the '<em><b>Control Group</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CONTROL_GROUP = eINSTANCE.getCampaign_ControlGroup();

		/**
		 * The meta object literal for the '<em><b>Offered Products</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__OFFERED_PRODUCTS = eINSTANCE.getCampaign_OfferedProducts();

		/**
		 * The meta object literal for the '<em><b>Offer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__OFFER = eINSTANCE.getCampaign_Offer();

		/**
		 * The meta object literal for the '<em><b>Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PRICE = eINSTANCE.getCampaign_Price();

		/**
		 * The meta object literal for the '<em><b>Discount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__DISCOUNT = eINSTANCE.getCampaign_Discount();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CHANNELS = eINSTANCE.getCampaign_Channels();

		/**
		 * The meta object literal for the '<em><b>Promotion Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PROMOTION_MESSAGE = eINSTANCE.getCampaign_PromotionMessage();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__START_DATE = eINSTANCE.getCampaign_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__END_DATE = eINSTANCE.getCampaign_EndDate();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__BUDGET = eINSTANCE.getCampaign_Budget();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__COST = eINSTANCE.getCampaign_Cost();

		/**
		 * The meta object literal for the '<em><b>Attribution Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ATTRIBUTION_DAYS = eINSTANCE.getCampaign_AttributionDays();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__KPIS = eINSTANCE.getCampaign_Kpis();

		/**
		 * The meta object literal for the '<em><b>Evaluation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__EVALUATION = eINSTANCE.getCampaign_Evaluation();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.CampaignKpiImpl <em>Campaign Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.CampaignKpiImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCampaignKpi()
		 * @generated
		 */
		EClass CAMPAIGN_KPI = eINSTANCE.getCampaignKpi();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_KPI__METRIC = eINSTANCE.getCampaignKpi_Metric();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_KPI__DIRECTION = eINSTANCE.getCampaignKpi_Direction();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_KPI__TARGET_VALUE = eINSTANCE.getCampaignKpi_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_KPI__NOTE = eINSTANCE.getCampaignKpi_Note();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.EvaluationImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__CAMPAIGN = eINSTANCE.getEvaluation_Campaign();

		/**
		 * The meta object literal for the '<em><b>Evaluated On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__EVALUATED_ON = eINSTANCE.getEvaluation_EvaluatedOn();

		/**
		 * The meta object literal for the '<em><b>Target Conversion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__TARGET_CONVERSION = eINSTANCE.getEvaluation_TargetConversion();

		/**
		 * The meta object literal for the '<em><b>Control Conversion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__CONTROL_CONVERSION = eINSTANCE.getEvaluation_ControlConversion();

		/**
		 * The meta object literal for the '<em><b>Lift</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__LIFT = eINSTANCE.getEvaluation_Lift();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__REVENUE = eINSTANCE.getEvaluation_Revenue();

		/**
		 * The meta object literal for the '<em><b>Roi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__ROI = eINSTANCE.getEvaluation_Roi();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__MEASUREMENTS = eINSTANCE.getEvaluation_Measurements();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__FINDINGS = eINSTANCE.getEvaluation_Findings();

		/**
		 * The meta object literal for the '<em><b>Lessons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__LESSONS = eINSTANCE.getEvaluation_Lessons();

		/**
		 * The meta object literal for the '<em><b>Proposed Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__PROPOSED_CHANGES = eINSTANCE.getEvaluation_ProposedChanges();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.KpiMeasurementImpl <em>Kpi Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.KpiMeasurementImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getKpiMeasurement()
		 * @generated
		 */
		EClass KPI_MEASUREMENT = eINSTANCE.getKpiMeasurement();

		/**
		 * The meta object literal for the '<em><b>Kpi</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI_MEASUREMENT__KPI = eINSTANCE.getKpiMeasurement_Kpi();

		/**
		 * The meta object literal for the '<em><b>Measured Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASUREMENT__MEASURED_VALUE = eINSTANCE.getKpiMeasurement_MeasuredValue();

		/**
		 * The meta object literal for the '<em><b>Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASUREMENT__MET = eINSTANCE.getKpiMeasurement_Met();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.GoalChangeImpl <em>Goal Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.GoalChangeImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalChange()
		 * @generated
		 */
		EClass GOAL_CHANGE = eINSTANCE.getGoalChange();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL_CHANGE__GOAL = eINSTANCE.getGoalChange_Goal();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_CHANGE__METRIC = eINSTANCE.getGoalChange_Metric();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_CHANGE__DIRECTION = eINSTANCE.getGoalChange_Direction();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_CHANGE__TARGET_VALUE = eINSTANCE.getGoalChange_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_CHANGE__DEADLINE = eINSTANCE.getGoalChange_Deadline();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_CHANGE__RATIONALE = eINSTANCE.getGoalChange_Rationale();

		/**
		 * The meta object literal for the '<em><b>Accepted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_CHANGE__ACCEPTED = eINSTANCE.getGoalChange_Accepted();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.CrmCycleImpl <em>Cycle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.CrmCycleImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCrmCycle()
		 * @generated
		 */
		EClass CRM_CYCLE = eINSTANCE.getCrmCycle();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_CYCLE__NAME = eINSTANCE.getCrmCycle_Name();

		/**
		 * The meta object literal for the '<em><b>Started On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_CYCLE__STARTED_ON = eINSTANCE.getCrmCycle_StartedOn();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_CYCLE__STEPS = eINSTANCE.getCrmCycle_Steps();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.CycleStepImpl <em>Cycle Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.CycleStepImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCycleStep()
		 * @generated
		 */
		EClass CYCLE_STEP = eINSTANCE.getCycleStep();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYCLE_STEP__KIND = eINSTANCE.getCycleStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYCLE_STEP__STATUS = eINSTANCE.getCycleStep_Status();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYCLE_STEP__NOTES = eINSTANCE.getCycleStep_Notes();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.impl.AnalysisSnapshotImpl <em>Analysis Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.impl.AnalysisSnapshotImpl
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getAnalysisSnapshot()
		 * @generated
		 */
		EClass ANALYSIS_SNAPSHOT = eINSTANCE.getAnalysisSnapshot();

		/**
		 * The meta object literal for the '<em><b>Analysis Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SNAPSHOT__ANALYSIS_ID = eINSTANCE.getAnalysisSnapshot_AnalysisId();

		/**
		 * The meta object literal for the '<em><b>Taken At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SNAPSHOT__TAKEN_AT = eINSTANCE.getAnalysisSnapshot_TakenAt();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SNAPSHOT__AS_OF = eINSTANCE.getAnalysisSnapshot_AsOf();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_SNAPSHOT__PARAMETERS = eINSTANCE.getAnalysisSnapshot_Parameters();

		/**
		 * The meta object literal for the '<em><b>Data Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SNAPSHOT__DATA_FINGERPRINT = eINSTANCE.getAnalysisSnapshot_DataFingerprint();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SNAPSHOT__RESULT = eINSTANCE.getAnalysisSnapshot_Result();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.Gender
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.TravelPurpose <em>Travel Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.TravelPurpose
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getTravelPurpose()
		 * @generated
		 */
		EEnum TRAVEL_PURPOSE = eINSTANCE.getTravelPurpose();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.OrganizationSize <em>Organization Size</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.OrganizationSize
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getOrganizationSize()
		 * @generated
		 */
		EEnum ORGANIZATION_SIZE = eINSTANCE.getOrganizationSize();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.ProductKind <em>Product Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.ProductKind
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getProductKind()
		 * @generated
		 */
		EEnum PRODUCT_KIND = eINSTANCE.getProductKind();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.BookingStatus <em>Booking Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.BookingStatus
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getBookingStatus()
		 * @generated
		 */
		EEnum BOOKING_STATUS = eINSTANCE.getBookingStatus();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.SurveyScale <em>Survey Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.SurveyScale
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getSurveyScale()
		 * @generated
		 */
		EEnum SURVEY_SCALE = eINSTANCE.getSurveyScale();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.InteractionKind <em>Interaction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.InteractionKind
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getInteractionKind()
		 * @generated
		 */
		EEnum INTERACTION_KIND = eINSTANCE.getInteractionKind();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.GoalMetric <em>Goal Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.GoalMetric
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalMetric()
		 * @generated
		 */
		EEnum GOAL_METRIC = eINSTANCE.getGoalMetric();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.GoalDirection <em>Goal Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.GoalDirection
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getGoalDirection()
		 * @generated
		 */
		EEnum GOAL_DIRECTION = eINSTANCE.getGoalDirection();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.CampaignStatus <em>Campaign Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.CampaignStatus
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCampaignStatus()
		 * @generated
		 */
		EEnum CAMPAIGN_STATUS = eINSTANCE.getCampaignStatus();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.CycleStepKind <em>Cycle Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.CycleStepKind
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCycleStepKind()
		 * @generated
		 */
		EEnum CYCLE_STEP_KIND = eINSTANCE.getCycleStepKind();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.StepStatus <em>Step Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.StepStatus
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getStepStatus()
		 * @generated
		 */
		EEnum STEP_STATUS = eINSTANCE.getStepStatus();

		/**
		 * The meta object literal for the '{@link org.travelcrm.model.CriterionOperator <em>Criterion Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.travelcrm.model.CriterionOperator
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getCriterionOperator()
		 * @generated
		 */
		EEnum CRITERION_OPERATOR = eINSTANCE.getCriterionOperator();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Money</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigDecimal
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getMoney()
		 * @generated
		 */
		EDataType MONEY = eINSTANCE.getMoney();

		/**
		 * The meta object literal for the '<em>Timestamp</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getTimestamp()
		 * @generated
		 */
		EDataType TIMESTAMP = eINSTANCE.getTimestamp();

		/**
		 * The meta object literal for the '<em>Label</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.travelcrm.model.impl.CrmPackageImpl#getLabel()
		 * @generated
		 */
		EDataType LABEL = eINSTANCE.getLabel();

	}

} //CrmPackage
