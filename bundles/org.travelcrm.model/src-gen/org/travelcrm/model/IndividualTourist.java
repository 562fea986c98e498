/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Individual Tourist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A private person who travels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.IndividualTourist#getGender <em>Gender</em>}</li>
 *   <li>{@link org.travelcrm.model.IndividualTourist#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.travelcrm.model.IndividualTourist#getTravelPurpose <em>Travel Purpose</em>}</li>
 *   <li>{@link org.travelcrm.model.IndividualTourist#getEmployer <em>Employer</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getIndividualTourist()
 * @model
 * @generated
 */
public interface IndividualTourist extends Customer {
	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see org.travelcrm.model.Gender
	 * @see #setGender(Gender)
	 * @see org.travelcrm.model.CrmPackage#getIndividualTourist_Gender()
	 * @model
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.IndividualTourist#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see org.travelcrm.model.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getIndividualTourist_BirthDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.IndividualTourist#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Travel Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.TravelPurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The purpose for which the person usually travels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Travel Purpose</em>' attribute.
	 * @see org.travelcrm.model.TravelPurpose
	 * @see #setTravelPurpose(TravelPurpose)
	 * @see org.travelcrm.model.CrmPackage#getIndividualTourist_TravelPurpose()
	 * @model
	 * @generated
	 */
	TravelPurpose getTravelPurpose();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.IndividualTourist#getTravelPurpose <em>Travel Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Travel Purpose</em>' attribute.
	 * @see org.travelcrm.model.TravelPurpose
	 * @see #getTravelPurpose()
	 * @generated
	 */
	void setTravelPurpose(TravelPurpose value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Organization#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The corporate client the person works for, if any: a person can buy privately and be an employee of a client.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employer</em>' reference.
	 * @see #setEmployer(Organization)
	 * @see org.travelcrm.model.CrmPackage#getIndividualTourist_Employer()
	 * @see org.travelcrm.model.Organization#getEmployees
	 * @model opposite="employees" resolveProxies="false"
	 * @generated
	 */
	Organization getEmployer();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.IndividualTourist#getEmployer <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' reference.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(Organization value);

} // IndividualTourist
