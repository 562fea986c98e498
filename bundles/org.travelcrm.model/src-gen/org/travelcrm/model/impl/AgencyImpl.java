/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.Agency;
import org.travelcrm.model.AnalysisSnapshot;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmCycle;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.Interaction;
import org.travelcrm.model.Segment;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.model.Survey;
import org.travelcrm.model.TravelProduct;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getSurveys <em>Surveys</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getCycle <em>Cycle</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getAnalysisSettings <em>Analysis Settings</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.AgencyImpl#getSnapshots <em>Snapshots</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgencyImpl extends MinimalEObjectImpl.Container implements Agency {
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
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "CNY"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "Asia/Shanghai"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<TravelProduct> products;

	/**
	 * The cached value of the '{@link #getBookings() <em>Bookings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookings()
	 * @generated
	 * @ordered
	 */
	protected EList<Booking> bookings;

	/**
	 * The cached value of the '{@link #getSurveys() <em>Surveys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveys()
	 * @generated
	 * @ordered
	 */
	protected EList<Survey> surveys;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicGoal> goals;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<Evaluation> evaluations;

	/**
	 * The cached value of the '{@link #getCycle() <em>Cycle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycle()
	 * @generated
	 * @ordered
	 */
	protected CrmCycle cycle;

	/**
	 * The cached value of the '{@link #getAnalysisSettings() <em>Analysis Settings</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisSettings()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> analysisSettings;

	/**
	 * The cached value of the '{@link #getSnapshots() <em>Snapshots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshots()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisSnapshot> snapshots;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.AGENCY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.AGENCY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.AGENCY__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.AGENCY__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectContainmentWithInverseEList<Customer>(Customer.class, this, CrmPackage.AGENCY__CUSTOMERS, CrmPackage.CUSTOMER__AGENCY);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TravelProduct> getProducts() {
		if (products == null) {
			products = new EObjectContainmentEList<TravelProduct>(TravelProduct.class, this, CrmPackage.AGENCY__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Booking> getBookings() {
		if (bookings == null) {
			bookings = new EObjectContainmentEList<Booking>(Booking.class, this, CrmPackage.AGENCY__BOOKINGS);
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
			surveys = new EObjectContainmentEList<Survey>(Survey.class, this, CrmPackage.AGENCY__SURVEYS);
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
			interactions = new EObjectContainmentEList<Interaction>(Interaction.class, this, CrmPackage.AGENCY__INTERACTIONS);
		}
		return interactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicGoal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<StrategicGoal>(StrategicGoal.class, this, CrmPackage.AGENCY__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, CrmPackage.AGENCY__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		if (campaigns == null) {
			campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, CrmPackage.AGENCY__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<Evaluation>(Evaluation.class, this, CrmPackage.AGENCY__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmCycle getCycle() {
		return cycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCycle(CrmCycle newCycle, NotificationChain msgs) {
		CrmCycle oldCycle = cycle;
		cycle = newCycle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmPackage.AGENCY__CYCLE, oldCycle, newCycle);
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
	public void setCycle(CrmCycle newCycle) {
		if (newCycle != cycle) {
			NotificationChain msgs = null;
			if (cycle != null)
				msgs = ((InternalEObject)cycle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CrmPackage.AGENCY__CYCLE, null, msgs);
			if (newCycle != null)
				msgs = ((InternalEObject)newCycle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CrmPackage.AGENCY__CYCLE, null, msgs);
			msgs = basicSetCycle(newCycle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.AGENCY__CYCLE, newCycle, newCycle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getAnalysisSettings() {
		if (analysisSettings == null) {
			analysisSettings = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, CrmPackage.AGENCY__ANALYSIS_SETTINGS);
		}
		return analysisSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisSnapshot> getSnapshots() {
		if (snapshots == null) {
			snapshots = new EObjectContainmentEList<AnalysisSnapshot>(AnalysisSnapshot.class, this, CrmPackage.AGENCY__SNAPSHOTS);
		}
		return snapshots;
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
			case CrmPackage.AGENCY__CUSTOMERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCustomers()).basicAdd(otherEnd, msgs);
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
			case CrmPackage.AGENCY__CUSTOMERS:
				return ((InternalEList<?>)getCustomers()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__PRODUCTS:
				return ((InternalEList<?>)getProducts()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__BOOKINGS:
				return ((InternalEList<?>)getBookings()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__SURVEYS:
				return ((InternalEList<?>)getSurveys()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__CYCLE:
				return basicSetCycle(null, msgs);
			case CrmPackage.AGENCY__ANALYSIS_SETTINGS:
				return ((InternalEList<?>)getAnalysisSettings()).basicRemove(otherEnd, msgs);
			case CrmPackage.AGENCY__SNAPSHOTS:
				return ((InternalEList<?>)getSnapshots()).basicRemove(otherEnd, msgs);
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
			case CrmPackage.AGENCY__NAME:
				return getName();
			case CrmPackage.AGENCY__CURRENCY:
				return getCurrency();
			case CrmPackage.AGENCY__TIME_ZONE:
				return getTimeZone();
			case CrmPackage.AGENCY__CUSTOMERS:
				return getCustomers();
			case CrmPackage.AGENCY__PRODUCTS:
				return getProducts();
			case CrmPackage.AGENCY__BOOKINGS:
				return getBookings();
			case CrmPackage.AGENCY__SURVEYS:
				return getSurveys();
			case CrmPackage.AGENCY__INTERACTIONS:
				return getInteractions();
			case CrmPackage.AGENCY__GOALS:
				return getGoals();
			case CrmPackage.AGENCY__SEGMENTS:
				return getSegments();
			case CrmPackage.AGENCY__CAMPAIGNS:
				return getCampaigns();
			case CrmPackage.AGENCY__EVALUATIONS:
				return getEvaluations();
			case CrmPackage.AGENCY__CYCLE:
				return getCycle();
			case CrmPackage.AGENCY__ANALYSIS_SETTINGS:
				if (coreType) return getAnalysisSettings();
				else return getAnalysisSettings().map();
			case CrmPackage.AGENCY__SNAPSHOTS:
				return getSnapshots();
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
			case CrmPackage.AGENCY__NAME:
				setName((String)newValue);
				return;
			case CrmPackage.AGENCY__CURRENCY:
				setCurrency((String)newValue);
				return;
			case CrmPackage.AGENCY__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case CrmPackage.AGENCY__CUSTOMERS:
				getCustomers().clear();
				getCustomers().addAll((Collection<? extends Customer>)newValue);
				return;
			case CrmPackage.AGENCY__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends TravelProduct>)newValue);
				return;
			case CrmPackage.AGENCY__BOOKINGS:
				getBookings().clear();
				getBookings().addAll((Collection<? extends Booking>)newValue);
				return;
			case CrmPackage.AGENCY__SURVEYS:
				getSurveys().clear();
				getSurveys().addAll((Collection<? extends Survey>)newValue);
				return;
			case CrmPackage.AGENCY__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case CrmPackage.AGENCY__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends StrategicGoal>)newValue);
				return;
			case CrmPackage.AGENCY__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case CrmPackage.AGENCY__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
				return;
			case CrmPackage.AGENCY__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends Evaluation>)newValue);
				return;
			case CrmPackage.AGENCY__CYCLE:
				setCycle((CrmCycle)newValue);
				return;
			case CrmPackage.AGENCY__ANALYSIS_SETTINGS:
				((EStructuralFeature.Setting)getAnalysisSettings()).set(newValue);
				return;
			case CrmPackage.AGENCY__SNAPSHOTS:
				getSnapshots().clear();
				getSnapshots().addAll((Collection<? extends AnalysisSnapshot>)newValue);
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
			case CrmPackage.AGENCY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CrmPackage.AGENCY__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case CrmPackage.AGENCY__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case CrmPackage.AGENCY__CUSTOMERS:
				getCustomers().clear();
				return;
			case CrmPackage.AGENCY__PRODUCTS:
				getProducts().clear();
				return;
			case CrmPackage.AGENCY__BOOKINGS:
				getBookings().clear();
				return;
			case CrmPackage.AGENCY__SURVEYS:
				getSurveys().clear();
				return;
			case CrmPackage.AGENCY__INTERACTIONS:
				getInteractions().clear();
				return;
			case CrmPackage.AGENCY__GOALS:
				getGoals().clear();
				return;
			case CrmPackage.AGENCY__SEGMENTS:
				getSegments().clear();
				return;
			case CrmPackage.AGENCY__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case CrmPackage.AGENCY__EVALUATIONS:
				getEvaluations().clear();
				return;
			case CrmPackage.AGENCY__CYCLE:
				setCycle((CrmCycle)null);
				return;
			case CrmPackage.AGENCY__ANALYSIS_SETTINGS:
				getAnalysisSettings().clear();
				return;
			case CrmPackage.AGENCY__SNAPSHOTS:
				getSnapshots().clear();
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
			case CrmPackage.AGENCY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CrmPackage.AGENCY__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case CrmPackage.AGENCY__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case CrmPackage.AGENCY__CUSTOMERS:
				return customers != null && !customers.isEmpty();
			case CrmPackage.AGENCY__PRODUCTS:
				return products != null && !products.isEmpty();
			case CrmPackage.AGENCY__BOOKINGS:
				return bookings != null && !bookings.isEmpty();
			case CrmPackage.AGENCY__SURVEYS:
				return surveys != null && !surveys.isEmpty();
			case CrmPackage.AGENCY__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
			case CrmPackage.AGENCY__GOALS:
				return goals != null && !goals.isEmpty();
			case CrmPackage.AGENCY__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case CrmPackage.AGENCY__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case CrmPackage.AGENCY__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
			case CrmPackage.AGENCY__CYCLE:
				return cycle != null;
			case CrmPackage.AGENCY__ANALYSIS_SETTINGS:
				return analysisSettings != null && !analysisSettings.isEmpty();
			case CrmPackage.AGENCY__SNAPSHOTS:
				return snapshots != null && !snapshots.isEmpty();
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
		result.append(", currency: "); //$NON-NLS-1$
		result.append(currency);
		result.append(", timeZone: "); //$NON-NLS-1$
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //AgencyImpl
