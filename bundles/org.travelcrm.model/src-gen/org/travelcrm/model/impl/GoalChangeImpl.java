/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.StrategicGoal;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.GoalChangeImpl#isAccepted <em>Accepted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalChangeImpl extends MinimalEObjectImpl.Container implements GoalChange {
	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected StrategicGoal goal;

	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final GoalMetric METRIC_EDEFAULT = GoalMetric.CHURN_RATE;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected GoalMetric metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final GoalDirection DIRECTION_EDEFAULT = GoalDirection.AT_LEAST;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected GoalDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAccepted() <em>Accepted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccepted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACCEPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAccepted() <em>Accepted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccepted()
	 * @generated
	 * @ordered
	 */
	protected boolean accepted = ACCEPTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.GOAL_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicGoal getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(StrategicGoal newGoal) {
		StrategicGoal oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalMetric getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(GoalMetric newMetric) {
		GoalMetric oldMetric = metric;
		metric = newMetric == null ? METRIC_EDEFAULT : newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(GoalDirection newDirection) {
		GoalDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetValue() {
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(BigDecimal newTargetValue) {
		BigDecimal oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAccepted() {
		return accepted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccepted(boolean newAccepted) {
		boolean oldAccepted = accepted;
		accepted = newAccepted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.GOAL_CHANGE__ACCEPTED, oldAccepted, accepted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmPackage.GOAL_CHANGE__GOAL:
				return getGoal();
			case CrmPackage.GOAL_CHANGE__METRIC:
				return getMetric();
			case CrmPackage.GOAL_CHANGE__DIRECTION:
				return getDirection();
			case CrmPackage.GOAL_CHANGE__TARGET_VALUE:
				return getTargetValue();
			case CrmPackage.GOAL_CHANGE__DEADLINE:
				return getDeadline();
			case CrmPackage.GOAL_CHANGE__RATIONALE:
				return getRationale();
			case CrmPackage.GOAL_CHANGE__ACCEPTED:
				return isAccepted();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmPackage.GOAL_CHANGE__GOAL:
				setGoal((StrategicGoal)newValue);
				return;
			case CrmPackage.GOAL_CHANGE__METRIC:
				setMetric((GoalMetric)newValue);
				return;
			case CrmPackage.GOAL_CHANGE__DIRECTION:
				setDirection((GoalDirection)newValue);
				return;
			case CrmPackage.GOAL_CHANGE__TARGET_VALUE:
				setTargetValue((BigDecimal)newValue);
				return;
			case CrmPackage.GOAL_CHANGE__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case CrmPackage.GOAL_CHANGE__RATIONALE:
				setRationale((String)newValue);
				return;
			case CrmPackage.GOAL_CHANGE__ACCEPTED:
				setAccepted((Boolean)newValue);
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
			case CrmPackage.GOAL_CHANGE__GOAL:
				setGoal((StrategicGoal)null);
				return;
			case CrmPackage.GOAL_CHANGE__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case CrmPackage.GOAL_CHANGE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CrmPackage.GOAL_CHANGE__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case CrmPackage.GOAL_CHANGE__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case CrmPackage.GOAL_CHANGE__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CrmPackage.GOAL_CHANGE__ACCEPTED:
				setAccepted(ACCEPTED_EDEFAULT);
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
			case CrmPackage.GOAL_CHANGE__GOAL:
				return goal != null;
			case CrmPackage.GOAL_CHANGE__METRIC:
				return metric != METRIC_EDEFAULT;
			case CrmPackage.GOAL_CHANGE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CrmPackage.GOAL_CHANGE__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case CrmPackage.GOAL_CHANGE__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case CrmPackage.GOAL_CHANGE__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CrmPackage.GOAL_CHANGE__ACCEPTED:
				return accepted != ACCEPTED_EDEFAULT;
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
		result.append(" (metric: "); //$NON-NLS-1$
		result.append(metric);
		result.append(", direction: "); //$NON-NLS-1$
		result.append(direction);
		result.append(", targetValue: "); //$NON-NLS-1$
		result.append(targetValue);
		result.append(", deadline: "); //$NON-NLS-1$
		result.append(deadline);
		result.append(", rationale: "); //$NON-NLS-1$
		result.append(rationale);
		result.append(", accepted: "); //$NON-NLS-1$
		result.append(accepted);
		result.append(')');
		return result.toString();
	}

} //GoalChangeImpl
