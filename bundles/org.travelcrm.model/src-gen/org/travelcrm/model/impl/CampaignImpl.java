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

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;
import org.travelcrm.model.TravelProduct;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getControlGroupShare <em>Control Group Share</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getControlSeed <em>Control Seed</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getControlGroup <em>Control Group</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getOfferedProducts <em>Offered Products</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getOffer <em>Offer</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getPrice <em>Price</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getDiscount <em>Discount</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getPromotionMessage <em>Promotion Message</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getAttributionDays <em>Attribution Days</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.CampaignImpl#getEvaluation <em>Evaluation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends MinimalEObjectImpl.Container implements Campaign {
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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignStatus STATUS_EDEFAULT = CampaignStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CampaignStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected MemberSnapshot members;

	/**
	 * The default value of the '{@link #getControlGroupShare() <em>Control Group Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlGroupShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CONTROL_GROUP_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getControlGroupShare() <em>Control Group Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlGroupShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal controlGroupShare = CONTROL_GROUP_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getControlSeed() <em>Control Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long CONTROL_SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getControlSeed() <em>Control Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlSeed()
	 * @generated
	 * @ordered
	 */
	protected long controlSeed = CONTROL_SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getControlGroup() <em>Control Group</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlGroup()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> controlGroup;

	/**
	 * The cached value of the '{@link #getOfferedProducts() <em>Offered Products</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferedProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<TravelProduct> offeredProducts;

	/**
	 * The default value of the '{@link #getOffer() <em>Offer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffer()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOffer() <em>Offer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffer()
	 * @generated
	 * @ordered
	 */
	protected String offer = OFFER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal price = PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscount() <em>Discount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DISCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscount() <em>Discount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal discount = DISCOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> channels;

	/**
	 * The default value of the '{@link #getPromotionMessage() <em>Promotion Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMOTION_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromotionMessage() <em>Promotion Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionMessage()
	 * @generated
	 * @ordered
	 */
	protected String promotionMessage = PROMOTION_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budget = BUDGET_EDEFAULT;

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
	 * The default value of the '{@link #getAttributionDays() <em>Attribution Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTRIBUTION_DAYS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getAttributionDays() <em>Attribution Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributionDays()
	 * @generated
	 * @ordered
	 */
	protected int attributionDays = ATTRIBUTION_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignKpi> kpis;

	/**
	 * The cached value of the '{@link #getEvaluation() <em>Evaluation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluation()
	 * @generated
	 * @ordered
	 */
	protected Evaluation evaluation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.CAMPAIGN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CampaignStatus newStatus) {
		CampaignStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberSnapshot getMembers() {
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMembers(MemberSnapshot newMembers, NotificationChain msgs) {
		MemberSnapshot oldMembers = members;
		members = newMembers;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__MEMBERS, oldMembers, newMembers);
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
	public void setMembers(MemberSnapshot newMembers) {
		if (newMembers != members) {
			NotificationChain msgs = null;
			if (members != null)
				msgs = ((InternalEObject)members).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CrmPackage.CAMPAIGN__MEMBERS, null, msgs);
			if (newMembers != null)
				msgs = ((InternalEObject)newMembers).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CrmPackage.CAMPAIGN__MEMBERS, null, msgs);
			msgs = basicSetMembers(newMembers, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__MEMBERS, newMembers, newMembers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getControlGroupShare() {
		return controlGroupShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlGroupShare(BigDecimal newControlGroupShare) {
		BigDecimal oldControlGroupShare = controlGroupShare;
		controlGroupShare = newControlGroupShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__CONTROL_GROUP_SHARE, oldControlGroupShare, controlGroupShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getControlSeed() {
		return controlSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlSeed(long newControlSeed) {
		long oldControlSeed = controlSeed;
		controlSeed = newControlSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__CONTROL_SEED, oldControlSeed, controlSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getControlGroup() {
		if (controlGroup == null) {
			controlGroup = new EObjectEList<Customer>(Customer.class, this, CrmPackage.CAMPAIGN__CONTROL_GROUP);
		}
		return controlGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TravelProduct> getOfferedProducts() {
		if (offeredProducts == null) {
			offeredProducts = new EObjectEList<TravelProduct>(TravelProduct.class, this, CrmPackage.CAMPAIGN__OFFERED_PRODUCTS);
		}
		return offeredProducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOffer() {
		return offer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffer(String newOffer) {
		String oldOffer = offer;
		offer = newOffer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__OFFER, oldOffer, offer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPrice() {
		return price;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrice(BigDecimal newPrice) {
		BigDecimal oldPrice = price;
		price = newPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__PRICE, oldPrice, price));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDiscount() {
		return discount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscount(BigDecimal newDiscount) {
		BigDecimal oldDiscount = discount;
		discount = newDiscount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__DISCOUNT, oldDiscount, discount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChannels() {
		if (channels == null) {
			channels = new EDataTypeEList<String>(String.class, this, CrmPackage.CAMPAIGN__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromotionMessage() {
		return promotionMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromotionMessage(String newPromotionMessage) {
		String oldPromotionMessage = promotionMessage;
		promotionMessage = newPromotionMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__PROMOTION_MESSAGE, oldPromotionMessage, promotionMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(BigDecimal newBudget) {
		BigDecimal oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__BUDGET, oldBudget, budget));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttributionDays() {
		return attributionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributionDays(int newAttributionDays) {
		int oldAttributionDays = attributionDays;
		attributionDays = newAttributionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__ATTRIBUTION_DAYS, oldAttributionDays, attributionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CampaignKpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<CampaignKpi>(CampaignKpi.class, this, CrmPackage.CAMPAIGN__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation getEvaluation() {
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEvaluation(Evaluation newEvaluation, NotificationChain msgs) {
		Evaluation oldEvaluation = evaluation;
		evaluation = newEvaluation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__EVALUATION, oldEvaluation, newEvaluation);
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
	public void setEvaluation(Evaluation newEvaluation) {
		if (newEvaluation != evaluation) {
			NotificationChain msgs = null;
			if (evaluation != null)
				msgs = ((InternalEObject)evaluation).eInverseRemove(this, CrmPackage.EVALUATION__CAMPAIGN, Evaluation.class, msgs);
			if (newEvaluation != null)
				msgs = ((InternalEObject)newEvaluation).eInverseAdd(this, CrmPackage.EVALUATION__CAMPAIGN, Evaluation.class, msgs);
			msgs = basicSetEvaluation(newEvaluation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.CAMPAIGN__EVALUATION, newEvaluation, newEvaluation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.CAMPAIGN__EVALUATION:
				if (evaluation != null)
					msgs = ((InternalEObject)evaluation).eInverseRemove(this, CrmPackage.EVALUATION__CAMPAIGN, Evaluation.class, msgs);
				return basicSetEvaluation((Evaluation)otherEnd, msgs);
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
			case CrmPackage.CAMPAIGN__MEMBERS:
				return basicSetMembers(null, msgs);
			case CrmPackage.CAMPAIGN__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
			case CrmPackage.CAMPAIGN__EVALUATION:
				return basicSetEvaluation(null, msgs);
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
			case CrmPackage.CAMPAIGN__NAME:
				return getName();
			case CrmPackage.CAMPAIGN__STATUS:
				return getStatus();
			case CrmPackage.CAMPAIGN__SEGMENT:
				return getSegment();
			case CrmPackage.CAMPAIGN__MEMBERS:
				return getMembers();
			case CrmPackage.CAMPAIGN__CONTROL_GROUP_SHARE:
				return getControlGroupShare();
			case CrmPackage.CAMPAIGN__CONTROL_SEED:
				return getControlSeed();
			case CrmPackage.CAMPAIGN__CONTROL_GROUP:
				return getControlGroup();
			case CrmPackage.CAMPAIGN__OFFERED_PRODUCTS:
				return getOfferedProducts();
			case CrmPackage.CAMPAIGN__OFFER:
				return getOffer();
			case CrmPackage.CAMPAIGN__PRICE:
				return getPrice();
			case CrmPackage.CAMPAIGN__DISCOUNT:
				return getDiscount();
			case CrmPackage.CAMPAIGN__CHANNELS:
				return getChannels();
			case CrmPackage.CAMPAIGN__PROMOTION_MESSAGE:
				return getPromotionMessage();
			case CrmPackage.CAMPAIGN__START_DATE:
				return getStartDate();
			case CrmPackage.CAMPAIGN__END_DATE:
				return getEndDate();
			case CrmPackage.CAMPAIGN__BUDGET:
				return getBudget();
			case CrmPackage.CAMPAIGN__COST:
				return getCost();
			case CrmPackage.CAMPAIGN__ATTRIBUTION_DAYS:
				return getAttributionDays();
			case CrmPackage.CAMPAIGN__KPIS:
				return getKpis();
			case CrmPackage.CAMPAIGN__EVALUATION:
				return getEvaluation();
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
			case CrmPackage.CAMPAIGN__NAME:
				setName((String)newValue);
				return;
			case CrmPackage.CAMPAIGN__STATUS:
				setStatus((CampaignStatus)newValue);
				return;
			case CrmPackage.CAMPAIGN__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case CrmPackage.CAMPAIGN__MEMBERS:
				setMembers((MemberSnapshot)newValue);
				return;
			case CrmPackage.CAMPAIGN__CONTROL_GROUP_SHARE:
				setControlGroupShare((BigDecimal)newValue);
				return;
			case CrmPackage.CAMPAIGN__CONTROL_SEED:
				setControlSeed((Long)newValue);
				return;
			case CrmPackage.CAMPAIGN__CONTROL_GROUP:
				getControlGroup().clear();
				getControlGroup().addAll((Collection<? extends Customer>)newValue);
				return;
			case CrmPackage.CAMPAIGN__OFFERED_PRODUCTS:
				getOfferedProducts().clear();
				getOfferedProducts().addAll((Collection<? extends TravelProduct>)newValue);
				return;
			case CrmPackage.CAMPAIGN__OFFER:
				setOffer((String)newValue);
				return;
			case CrmPackage.CAMPAIGN__PRICE:
				setPrice((BigDecimal)newValue);
				return;
			case CrmPackage.CAMPAIGN__DISCOUNT:
				setDiscount((BigDecimal)newValue);
				return;
			case CrmPackage.CAMPAIGN__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends String>)newValue);
				return;
			case CrmPackage.CAMPAIGN__PROMOTION_MESSAGE:
				setPromotionMessage((String)newValue);
				return;
			case CrmPackage.CAMPAIGN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CrmPackage.CAMPAIGN__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case CrmPackage.CAMPAIGN__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case CrmPackage.CAMPAIGN__COST:
				setCost((BigDecimal)newValue);
				return;
			case CrmPackage.CAMPAIGN__ATTRIBUTION_DAYS:
				setAttributionDays((Integer)newValue);
				return;
			case CrmPackage.CAMPAIGN__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends CampaignKpi>)newValue);
				return;
			case CrmPackage.CAMPAIGN__EVALUATION:
				setEvaluation((Evaluation)newValue);
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
			case CrmPackage.CAMPAIGN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__SEGMENT:
				setSegment((Segment)null);
				return;
			case CrmPackage.CAMPAIGN__MEMBERS:
				setMembers((MemberSnapshot)null);
				return;
			case CrmPackage.CAMPAIGN__CONTROL_GROUP_SHARE:
				setControlGroupShare(CONTROL_GROUP_SHARE_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__CONTROL_SEED:
				setControlSeed(CONTROL_SEED_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__CONTROL_GROUP:
				getControlGroup().clear();
				return;
			case CrmPackage.CAMPAIGN__OFFERED_PRODUCTS:
				getOfferedProducts().clear();
				return;
			case CrmPackage.CAMPAIGN__OFFER:
				setOffer(OFFER_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__PRICE:
				setPrice(PRICE_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__DISCOUNT:
				setDiscount(DISCOUNT_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__CHANNELS:
				getChannels().clear();
				return;
			case CrmPackage.CAMPAIGN__PROMOTION_MESSAGE:
				setPromotionMessage(PROMOTION_MESSAGE_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__COST:
				setCost(COST_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__ATTRIBUTION_DAYS:
				setAttributionDays(ATTRIBUTION_DAYS_EDEFAULT);
				return;
			case CrmPackage.CAMPAIGN__KPIS:
				getKpis().clear();
				return;
			case CrmPackage.CAMPAIGN__EVALUATION:
				setEvaluation((Evaluation)null);
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
			case CrmPackage.CAMPAIGN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CrmPackage.CAMPAIGN__STATUS:
				return status != STATUS_EDEFAULT;
			case CrmPackage.CAMPAIGN__SEGMENT:
				return segment != null;
			case CrmPackage.CAMPAIGN__MEMBERS:
				return members != null;
			case CrmPackage.CAMPAIGN__CONTROL_GROUP_SHARE:
				return CONTROL_GROUP_SHARE_EDEFAULT == null ? controlGroupShare != null : !CONTROL_GROUP_SHARE_EDEFAULT.equals(controlGroupShare);
			case CrmPackage.CAMPAIGN__CONTROL_SEED:
				return controlSeed != CONTROL_SEED_EDEFAULT;
			case CrmPackage.CAMPAIGN__CONTROL_GROUP:
				return controlGroup != null && !controlGroup.isEmpty();
			case CrmPackage.CAMPAIGN__OFFERED_PRODUCTS:
				return offeredProducts != null && !offeredProducts.isEmpty();
			case CrmPackage.CAMPAIGN__OFFER:
				return OFFER_EDEFAULT == null ? offer != null : !OFFER_EDEFAULT.equals(offer);
			case CrmPackage.CAMPAIGN__PRICE:
				return PRICE_EDEFAULT == null ? price != null : !PRICE_EDEFAULT.equals(price);
			case CrmPackage.CAMPAIGN__DISCOUNT:
				return DISCOUNT_EDEFAULT == null ? discount != null : !DISCOUNT_EDEFAULT.equals(discount);
			case CrmPackage.CAMPAIGN__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CrmPackage.CAMPAIGN__PROMOTION_MESSAGE:
				return PROMOTION_MESSAGE_EDEFAULT == null ? promotionMessage != null : !PROMOTION_MESSAGE_EDEFAULT.equals(promotionMessage);
			case CrmPackage.CAMPAIGN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CrmPackage.CAMPAIGN__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case CrmPackage.CAMPAIGN__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case CrmPackage.CAMPAIGN__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case CrmPackage.CAMPAIGN__ATTRIBUTION_DAYS:
				return attributionDays != ATTRIBUTION_DAYS_EDEFAULT;
			case CrmPackage.CAMPAIGN__KPIS:
				return kpis != null && !kpis.isEmpty();
			case CrmPackage.CAMPAIGN__EVALUATION:
				return evaluation != null;
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", controlGroupShare: "); //$NON-NLS-1$
		result.append(controlGroupShare);
		result.append(", controlSeed: "); //$NON-NLS-1$
		result.append(controlSeed);
		result.append(", offer: "); //$NON-NLS-1$
		result.append(offer);
		result.append(", price: "); //$NON-NLS-1$
		result.append(price);
		result.append(", discount: "); //$NON-NLS-1$
		result.append(discount);
		result.append(", channels: "); //$NON-NLS-1$
		result.append(channels);
		result.append(", promotionMessage: "); //$NON-NLS-1$
		result.append(promotionMessage);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(", endDate: "); //$NON-NLS-1$
		result.append(endDate);
		result.append(", budget: "); //$NON-NLS-1$
		result.append(budget);
		result.append(", cost: "); //$NON-NLS-1$
		result.append(cost);
		result.append(", attributionDays: "); //$NON-NLS-1$
		result.append(attributionDays);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
