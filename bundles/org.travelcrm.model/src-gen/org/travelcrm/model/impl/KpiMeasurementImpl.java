/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.KpiMeasurement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.travelcrm.model.impl.KpiMeasurementImpl#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.KpiMeasurementImpl#getMeasuredValue <em>Measured Value</em>}</li>
 *   <li>{@link org.travelcrm.model.impl.KpiMeasurementImpl#isMet <em>Met</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiMeasurementImpl extends MinimalEObjectImpl.Container implements KpiMeasurement {
	/**
	 * The cached value of the '{@link #getKpi() <em>Kpi</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected CampaignKpi kpi;

	/**
	 * The default value of the '{@link #getMeasuredValue() <em>Measured Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MEASURED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasuredValue() <em>Measured Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal measuredValue = MEASURED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected boolean met = MET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiMeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmPackage.Literals.KPI_MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignKpi getKpi() {
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpi(CampaignKpi newKpi) {
		CampaignKpi oldKpi = kpi;
		kpi = newKpi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.KPI_MEASUREMENT__KPI, oldKpi, kpi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMeasuredValue() {
		return measuredValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredValue(BigDecimal newMeasuredValue) {
		BigDecimal oldMeasuredValue = measuredValue;
		measuredValue = newMeasuredValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.KPI_MEASUREMENT__MEASURED_VALUE, oldMeasuredValue, measuredValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMet() {
		return met;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMet(boolean newMet) {
		boolean oldMet = met;
		met = newMet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmPackage.KPI_MEASUREMENT__MET, oldMet, met));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmPackage.KPI_MEASUREMENT__KPI:
				return getKpi();
			case CrmPackage.KPI_MEASUREMENT__MEASURED_VALUE:
				return getMeasuredValue();
			case CrmPackage.KPI_MEASUREMENT__MET:
				return isMet();
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
			case CrmPackage.KPI_MEASUREMENT__KPI:
				setKpi((CampaignKpi)newValue);
				return;
			case CrmPackage.KPI_MEASUREMENT__MEASURED_VALUE:
				setMeasuredValue((BigDecimal)newValue);
				return;
			case CrmPackage.KPI_MEASUREMENT__MET:
				setMet((Boolean)newValue);
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
			case CrmPackage.KPI_MEASUREMENT__KPI:
				setKpi((CampaignKpi)null);
				return;
			case CrmPackage.KPI_MEASUREMENT__MEASURED_VALUE:
				setMeasuredValue(MEASURED_VALUE_EDEFAULT);
				return;
			case CrmPackage.KPI_MEASUREMENT__MET:
				setMet(MET_EDEFAULT);
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
			case CrmPackage.KPI_MEASUREMENT__KPI:
				return kpi != null;
			case CrmPackage.KPI_MEASUREMENT__MEASURED_VALUE:
				return MEASURED_VALUE_EDEFAULT == null ? measuredValue != null : !MEASURED_VALUE_EDEFAULT.equals(measuredValue);
			case CrmPackage.KPI_MEASUREMENT__MET:
				return met != MET_EDEFAULT;
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
		result.append(" (measuredValue: "); //$NON-NLS-1$
		result.append(measuredValue);
		result.append(", met: "); //$NON-NLS-1$
		result.append(met);
		result.append(')');
		return result.toString();
	}

} //KpiMeasurementImpl
