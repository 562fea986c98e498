/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a customer said about the agency or a trip.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Survey#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.travelcrm.model.Survey#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.travelcrm.model.Survey#getDate <em>Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Survey#getScore <em>Score</em>}</li>
 *   <li>{@link org.travelcrm.model.Survey#getScale <em>Scale</em>}</li>
 *   <li>{@link org.travelcrm.model.Survey#isComplaint <em>Complaint</em>}</li>
 *   <li>{@link org.travelcrm.model.Survey#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getSurvey()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='scoreWithinScale'"
 * @generated
 */
public interface Survey extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Customer#getSurveys <em>Surveys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Customer()
	 * @see org.travelcrm.model.Customer#getSurveys
	 * @model opposite="surveys" resolveProxies="false"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The booking the survey is about, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Booking</em>' reference.
	 * @see #setBooking(Booking)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Booking()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Booking getBooking();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#getBooking <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booking</em>' reference.
	 * @see #getBooking()
	 * @generated
	 */
	void setBooking(Booking value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Date()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score on the survey's scale; on the 1-5 scale, 0 means not answered and never enters an average.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(int)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Score()
	 * @model
	 * @generated
	 */
	int getScore();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(int value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.SurveyScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.travelcrm.model.SurveyScale
	 * @see #setScale(SurveyScale)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Scale()
	 * @model
	 * @generated
	 */
	SurveyScale getScale();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.travelcrm.model.SurveyScale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(SurveyScale value);

	/**
	 * Returns the value of the '<em><b>Complaint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the customer complained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint</em>' attribute.
	 * @see #setComplaint(boolean)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Complaint()
	 * @model
	 * @generated
	 */
	boolean isComplaint();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#isComplaint <em>Complaint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint</em>' attribute.
	 * @see #isComplaint()
	 * @generated
	 */
	void setComplaint(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.travelcrm.model.CrmPackage#getSurvey_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Survey#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Survey
