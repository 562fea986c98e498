/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A company or institution that buys travel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Organization#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.travelcrm.model.Organization#getSize <em>Size</em>}</li>
 *   <li>{@link org.travelcrm.model.Organization#getContactPersons <em>Contact Persons</em>}</li>
 *   <li>{@link org.travelcrm.model.Organization#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Customer {
	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see #setIndustry(String)
	 * @see org.travelcrm.model.CrmPackage#getOrganization_Industry()
	 * @model dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	String getIndustry();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Organization#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.OrganizationSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see org.travelcrm.model.OrganizationSize
	 * @see #setSize(OrganizationSize)
	 * @see org.travelcrm.model.CrmPackage#getOrganization_Size()
	 * @model
	 * @generated
	 */
	OrganizationSize getSize();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Organization#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see org.travelcrm.model.OrganizationSize
	 * @see #getSize()
	 * @generated
	 */
	void setSize(OrganizationSize value);

	/**
	 * Returns the value of the '<em><b>Contact Persons</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.ContactPerson}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Persons</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getOrganization_ContactPersons()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactPerson> getContactPersons();

	/**
	 * Returns the value of the '<em><b>Employees</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.IndividualTourist}.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.IndividualTourist#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Individual customers who work for this organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employees</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getOrganization_Employees()
	 * @see org.travelcrm.model.IndividualTourist#getEmployer
	 * @model opposite="employer" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<IndividualTourist> getEmployees();

} // Organization
