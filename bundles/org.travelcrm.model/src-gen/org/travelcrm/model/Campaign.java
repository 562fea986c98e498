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
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A marketing campaign aimed at a segment, with its 4P mix, schedule, budget and goals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getStatus <em>Status</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getMembers <em>Members</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getControlGroupShare <em>Control Group Share</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getControlSeed <em>Control Seed</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getControlGroup <em>Control Group</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getOfferedProducts <em>Offered Products</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getOffer <em>Offer</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getPrice <em>Price</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getDiscount <em>Discount</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getPromotionMessage <em>Promotion Message</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getCost <em>Cost</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getAttributionDays <em>Attribution Days</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.travelcrm.model.Campaign#getEvaluation <em>Evaluation</em>}</li>
 * </ul>
 *
 * @see org.travelcrm.model.CrmPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.travelcrm.model.CampaignStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.travelcrm.model.CampaignStatus
	 * @see #setStatus(CampaignStatus)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Status()
	 * @model
	 * @generated
	 */
	CampaignStatus getStatus();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.travelcrm.model.CampaignStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CampaignStatus value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Segment()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target members frozen when the campaign was planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' containment reference.
	 * @see #setMembers(MemberSnapshot)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Members()
	 * @model containment="true"
	 * @generated
	 */
	MemberSnapshot getMembers();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getMembers <em>Members</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members</em>' containment reference.
	 * @see #getMembers()
	 * @generated
	 */
	void setMembers(MemberSnapshot value);

	/**
	 * Returns the value of the '<em><b>Control Group Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of members held back as a control group (0 for none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Group Share</em>' attribute.
	 * @see #setControlGroupShare(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_ControlGroupShare()
	 * @model
	 * @generated
	 */
	BigDecimal getControlGroupShare();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getControlGroupShare <em>Control Group Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Group Share</em>' attribute.
	 * @see #getControlGroupShare()
	 * @generated
	 */
	void setControlGroupShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Control Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the random draw of the control group, so that the draw can be repeated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Seed</em>' attribute.
	 * @see #setControlSeed(long)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_ControlSeed()
	 * @model
	 * @generated
	 */
	long getControlSeed();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getControlSeed <em>Control Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Seed</em>' attribute.
	 * @see #getControlSeed()
	 * @generated
	 */
	void setControlSeed(long value);

	/**
	 * Returns the value of the '<em><b>Control Group</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members held back at launch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Group</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getCampaign_ControlGroup()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Customer> getControlGroup();

	/**
	 * Returns the value of the '<em><b>Offered Products</b></em>' reference list.
	 * The list contents are of type {@link org.travelcrm.model.TravelProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product: what is offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offered Products</em>' reference list.
	 * @see org.travelcrm.model.CrmPackage#getCampaign_OfferedProducts()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<TravelProduct> getOfferedProducts();

	/**
	 * Returns the value of the '<em><b>Offer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tailored offer in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offer</em>' attribute.
	 * @see #setOffer(String)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Offer()
	 * @model
	 * @generated
	 */
	String getOffer();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getOffer <em>Offer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offer</em>' attribute.
	 * @see #getOffer()
	 * @generated
	 */
	void setOffer(String value);

	/**
	 * Returns the value of the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price: the offer price, where one is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Price</em>' attribute.
	 * @see #setPrice(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Price()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getPrice();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getPrice <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price</em>' attribute.
	 * @see #getPrice()
	 * @generated
	 */
	void setPrice(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Discount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price: discount as a fraction of the list price (0.10 = 10 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount</em>' attribute.
	 * @see #setDiscount(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Discount()
	 * @model
	 * @generated
	 */
	BigDecimal getDiscount();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getDiscount <em>Discount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount</em>' attribute.
	 * @see #getDiscount()
	 * @generated
	 */
	void setDiscount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Place: the channels the offer goes out through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Channels()
	 * @model unique="false" dataType="org.travelcrm.model.Label"
	 * @generated
	 */
	EList<String> getChannels();

	/**
	 * Returns the value of the '<em><b>Promotion Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promotion: the message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promotion Message</em>' attribute.
	 * @see #setPromotionMessage(String)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_PromotionMessage()
	 * @model
	 * @generated
	 */
	String getPromotionMessage();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getPromotionMessage <em>Promotion Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promotion Message</em>' attribute.
	 * @see #getPromotionMessage()
	 * @generated
	 */
	void setPromotionMessage(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_StartDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_EndDate()
	 * @model dataType="org.travelcrm.model.Date"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Budget()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the campaign actually cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Cost()
	 * @model dataType="org.travelcrm.model.Money"
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Attribution Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after the end in which a purchase still counts as a response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribution Days</em>' attribute.
	 * @see #setAttributionDays(int)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_AttributionDays()
	 * @model default="30"
	 * @generated
	 */
	int getAttributionDays();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getAttributionDays <em>Attribution Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribution Days</em>' attribute.
	 * @see #getAttributionDays()
	 * @generated
	 */
	void setAttributionDays(int value);

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link org.travelcrm.model.CampaignKpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignKpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Evaluation</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.travelcrm.model.Evaluation#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation</em>' reference.
	 * @see #setEvaluation(Evaluation)
	 * @see org.travelcrm.model.CrmPackage#getCampaign_Evaluation()
	 * @see org.travelcrm.model.Evaluation#getCampaign
	 * @model opposite="campaign" resolveProxies="false"
	 * @generated
	 */
	Evaluation getEvaluation();

	/**
	 * Sets the value of the '{@link org.travelcrm.model.Campaign#getEvaluation <em>Evaluation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation</em>' reference.
	 * @see #getEvaluation()
	 * @generated
	 */
	void setEvaluation(Evaluation value);

} // Campaign
