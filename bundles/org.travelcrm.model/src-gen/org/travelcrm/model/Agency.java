/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an agency file: everything the agency knows about its customers and its CRM cycle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Agency#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getProducts <em>Products</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getSurveys <em>Surveys</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getCycle <em>Cycle</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getAnalysisSettings <em>Analysis Settings</em>}</li>
 *   <li>{@link org.travelcrm.model.Agency#getSnapshots <em>Snapshots</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getAgency()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueCustomerIds uniqueBookingIds uniqueProductCodes hasCurrencyAndTimeZone'"
 * @generated
 */
public interface Agency extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.travelcrm.model.CrmPackage#getAgency_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Agency#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the currency all amounts are in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.travelcrm.model.CrmPackage#getAgency_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Agency#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Shanghai"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone in which the agency's calendar days are counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.travelcrm.model.CrmPackage#getAgency_TimeZone()
	 * @model default="Asia/Shanghai"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Agency#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Customer}.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Customer#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customers</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Customers()
	 * @see org.travelcrm.model.Customer#getAgency
	 * @model opposite="agency" containment="true"
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Products</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.TravelProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Products()
	 * @model containment="true"
	 * @generated
	 */
	EList<TravelProduct> getProducts();

	/**
	 * Returns the value of the '<em><b>Bookings</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Booking}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bookings</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Bookings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Booking> getBookings();

	/**
	 * Returns the value of the '<em><b>Surveys</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Survey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Surveys</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Surveys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Survey> getSurveys();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Interaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interactions</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Interactions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interaction> getInteractions();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.StrategicGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategicGoal> getGoals();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Cycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CRM cycle the agency is currently in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cycle</em>' containment reference.
	 * @see #setCycle(CrmCycle)
	 * @see org.travelcrm.model.CrmPackage#getAgency_Cycle()
	 * @model containment="true"
	 * @generated
	 */
	CrmCycle getCycle();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Agency#getCycle <em>Cycle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cycle</em>' containment reference.
	 * @see #getCycle()
	 * @generated
	 */
	void setCycle(CrmCycle value);

	/**
	 * Returns the value of the '<em><b>Analysis Settings</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Analysis parameters chosen for this agency, by parameter name (for example activityWindowDays = 365).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Settings</em>' map.
	 * @see org.travelcrm.model.CrmPackage#getAgency_AnalysisSettings()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getAnalysisSettings();

	/**
	 * Returns the value of the '<em><b>Snapshots</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.AnalysisSnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshots</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getAgency_Snapshots()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisSnapshot> getSnapshots();

} // Agency
