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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.KpiMeasurement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getEvaluatedOn <em>Evaluated On</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getTargetConversion <em>Target Conversion</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getControlConversion <em>Control Conversion</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getLift <em>Lift</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getRoi <em>Roi</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getLessons <em>Lessons</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.EvaluationImpl#getProposedChanges <em>Proposed Changes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends MinimalEObjectImpl.Container implements Evaluation {
	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The default value of the '{@link #getEvaluatedOn() <em>Evaluated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EVALUATED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvaluatedOn() <em>Evaluated On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate evaluatedOn = EVALUATED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetConversion() <em>Target Conversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetConversion()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_CONVERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetConversion() <em>Target Conversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetConversion()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetConversion = TARGET_CONVERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getControlConversion() <em>Control Conversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlConversion()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CONTROL_CONVERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getControlConversion() <em>Control Conversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlConversion()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal controlConversion = CONTROL_CONVERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLift() <em>Lift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLift()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIFT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLift() <em>Lift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLift()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal lift = LIFT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal REVENUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal revenue = REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoi() <em>Roi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoi()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ROI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoi() <em>Roi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoi()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal roi = ROI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<KpiMeasurement> measurements;

	/**
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLessons() <em>Lessons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessons()
	 * @generated
	 * @ordered
	 */
	protected static final String LESSONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLessons() <em>Lessons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessons()
	 * @generated
	 * @ordered
	 */
	protected String lessons = LESSONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProposedChanges() <em>Proposed Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<GoalChange> proposedChanges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCampaign(Campaign newCampaign, NotificationChain msgs) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__CAMPAIGN, oldCampaign, newCampaign);
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
	public void setCampaign(Campaign newCampaign) {
		if (newCampaign != campaign) {
			NotificationChain msgs = null;
			if (campaign != null)
				msgs = ((InternalEObject)campaign).eInverseRemove(this, CrmPackage.CAMPAIGN__EVALUATION, Campaign.class, msgs);
			if (newCampaign != null)
				msgs = ((InternalEObject)newCampaign).eInverseAdd(this, CrmPackage.CAMPAIGN__EVALUATION, Campaign.class, msgs);
			msgs = basicSetCampaign(newCampaign, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__CAMPAIGN, newCampaign, newCampaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEvaluatedOn() {
		return evaluatedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluatedOn(LocalDate newEvaluatedOn) {
		LocalDate oldEvaluatedOn = evaluatedOn;
		evaluatedOn = newEvaluatedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__EVALUATED_ON, oldEvaluatedOn, evaluatedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetConversion() {
		return targetConversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetConversion(BigDecimal newTargetConversion) {
		BigDecimal oldTargetConversion = targetConversion;
		targetConversion = newTargetConversion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__TARGET_CONVERSION, oldTargetConversion, targetConversion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getControlConversion() {
		return controlConversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlConversion(BigDecimal newControlConversion) {
		BigDecimal oldControlConversion = controlConversion;
		controlConversion = newControlConversion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__CONTROL_CONVERSION, oldControlConversion, controlConversion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLift() {
		return lift;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLift(BigDecimal newLift) {
		BigDecimal oldLift = lift;
		lift = newLift;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__LIFT, oldLift, lift));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRevenue() {
		return revenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevenue(BigDecimal newRevenue) {
		BigDecimal oldRevenue = revenue;
		revenue = newRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__REVENUE, oldRevenue, revenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRoi() {
		return roi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoi(BigDecimal newRoi) {
		BigDecimal oldRoi = roi;
		roi = newRoi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__ROI, oldRoi, roi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KpiMeasurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<KpiMeasurement>(KpiMeasurement.class, this, CrmPackage.EVALUATION__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings() {
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings) {
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLessons() {
		return lessons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLessons(String newLessons) {
		String oldLessons = lessons;
		lessons = newLessons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.EVALUATION__LESSONS, oldLessons, lessons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GoalChange> getProposedChanges() {
		if (proposedChanges == null) {
			proposedChanges = new EObjectContainmentEList<GoalChange>(GoalChange.class, this, CrmPackage.EVALUATION__PROPOSED_CHANGES);
		}
		return proposedChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmPackage.EVALUATION__CAMPAIGN:
				if (campaign != null)
					msgs = ((InternalEObject)campaign).eInverseRemove(this, CrmPackage.CAMPAIGN__EVALUATION, Campaign.class, msgs);
				return basicSetCampaign((Campaign)otherEnd, msgs);
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
			case CrmPackage.EVALUATION__CAMPAIGN:
				return basicSetCampaign(null, msgs);
			case CrmPackage.EVALUATION__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
			case CrmPackage.EVALUATION__PROPOSED_CHANGES:
				return ((InternalEList<?>)getProposedChanges()).basicRemove(otherEnd, msgs);
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
			case CrmPackage.EVALUATION__CAMPAIGN:
				return getCampaign();
			case CrmPackage.EVALUATION__EVALUATED_ON:
				return getEvaluatedOn();
			case CrmPackage.EVALUATION__TARGET_CONVERSION:
				return getTargetConversion();
			case CrmPackage.EVALUATION__CONTROL_CONVERSION:
				return getControlConversion();
			case CrmPackage.EVALUATION__LIFT:
				return getLift();
			case CrmPackage.EVALUATION__REVENUE:
				return getRevenue();
			case CrmPackage.EVALUATION__ROI:
				return getRoi();
			case CrmPackage.EVALUATION__MEASUREMENTS:
				return getMeasurements();
			case CrmPackage.EVALUATION__FINDINGS:
				return getFindings();
			case CrmPackage.EVALUATION__LESSONS:
				return getLessons();
			case CrmPackage.EVALUATION__PROPOSED_CHANGES:
				return getProposedChanges();
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
			case CrmPackage.EVALUATION__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case CrmPackage.EVALUATION__EVALUATED_ON:
				setEvaluatedOn((LocalDate)newValue);
				return;
			case CrmPackage.EVALUATION__TARGET_CONVERSION:
				setTargetConversion((BigDecimal)newValue);
				return;
			case CrmPackage.EVALUATION__CONTROL_CONVERSION:
				setControlConversion((BigDecimal)newValue);
				return;
			case CrmPackage.EVALUATION__LIFT:
				setLift((BigDecimal)newValue);
				return;
			case CrmPackage.EVALUATION__REVENUE:
				setRevenue((BigDecimal)newValue);
				return;
			case CrmPackage.EVALUATION__ROI:
				setRoi((BigDecimal)newValue);
				return;
			case CrmPackage.EVALUATION__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends KpiMeasurement>)newValue);
				return;
			case CrmPackage.EVALUATION__FINDINGS:
				setFindings((String)newValue);
				return;
			case CrmPackage.EVALUATION__LESSONS:
				setLessons((String)newValue);
				return;
			case CrmPackage.EVALUATION__PROPOSED_CHANGES:
				getProposedChanges().clear();
				getProposedChanges().addAll((Collection<? extends GoalChange>)newValue);
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
			case CrmPackage.EVALUATION__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case CrmPackage.EVALUATION__EVALUATED_ON:
				setEvaluatedOn(EVALUATED_ON_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__TARGET_CONVERSION:
				setTargetConversion(TARGET_CONVERSION_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__CONTROL_CONVERSION:
				setControlConversion(CONTROL_CONVERSION_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__LIFT:
				setLift(LIFT_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__REVENUE:
				setRevenue(REVENUE_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__ROI:
				setRoi(ROI_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case CrmPackage.EVALUATION__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__LESSONS:
				setLessons(LESSONS_EDEFAULT);
				return;
			case CrmPackage.EVALUATION__PROPOSED_CHANGES:
				getProposedChanges().clear();
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
			case CrmPackage.EVALUATION__CAMPAIGN:
				return campaign != null;
			case CrmPackage.EVALUATION__EVALUATED_ON:
				return EVALUATED_ON_EDEFAULT == null ? evaluatedOn != null : !EVALUATED_ON_EDEFAULT.equals(evaluatedOn);
			case CrmPackage.EVALUATION__TARGET_CONVERSION:
				return TARGET_CONVERSION_EDEFAULT == null ? targetConversion != null : !TARGET_CONVERSION_EDEFAULT.equals(targetConversion);
			case CrmPackage.EVALUATION__CONTROL_CONVERSION:
				return CONTROL_CONVERSION_EDEFAULT == null ? controlConversion != null : !CONTROL_CONVERSION_EDEFAULT.equals(controlConversion);
			case CrmPackage.EVALUATION__LIFT:
				return LIFT_EDEFAULT == null ? lift != null : !LIFT_EDEFAULT.equals(lift);
			case CrmPackage.EVALUATION__REVENUE:
				return REVENUE_EDEFAULT == null ? revenue != null : !REVENUE_EDEFAULT.equals(revenue);
			case CrmPackage.EVALUATION__ROI:
				return ROI_EDEFAULT == null ? roi != null : !ROI_EDEFAULT.equals(roi);
			case CrmPackage.EVALUATION__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case CrmPackage.EVALUATION__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
			case CrmPackage.EVALUATION__LESSONS:
				return LESSONS_EDEFAULT == null ? lessons != null : !LESSONS_EDEFAULT.equals(lessons);
			case CrmPackage.EVALUATION__PROPOSED_CHANGES:
				return proposedChanges != null && !proposedChanges.isEmpty();
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
		result.append(" (evaluatedOn: "); //$NON-NLS-1$
		result.append(evaluatedOn);
		result.append(", targetConversion: "); //$NON-NLS-1$
		result.append(targetConversion);
		result.append(", controlConversion: "); //$NON-NLS-1$
		result.append(controlConversion);
		result.append(", lift: "); //$NON-NLS-1$
		result.append(lift);
		result.append(", revenue: "); //$NON-NLS-1$
		result.append(revenue);
		result.append(", roi: "); //$NON-NLS-1$
		result.append(roi);
		result.append(", findings: "); //$NON-NLS-1$
		result.append(findings);
		result.append(", lessons: "); //$NON-NLS-1$
		result.append(lessons);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
