/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Goal Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a strategic goal or a campaign KPI measures.
 * <!-- end-model-doc -->
 * @see org.travelcrm.model.CrmPackage#getGoalMetric()
 * @model
 * @generated
 */
public enum GoalMetric implements Enumerator {
	/**
	 * The '<em><b>CHURN RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHURN_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CHURN_RATE(0, "CHURN_RATE", "CHURN_RATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REPEAT PURCHASE RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPEAT_PURCHASE_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	REPEAT_PURCHASE_RATE(1, "REPEAT_PURCHASE_RATE", "REPEAT_PURCHASE_RATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CUSTOMERS IN TIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMERS_IN_TIER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMERS_IN_TIER(2, "CUSTOMERS_IN_TIER", "CUSTOMERS_IN_TIER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REVENUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE(3, "REVENUE", "REVENUE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SATISFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATISFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	SATISFACTION(4, "SATISFACTION", "SATISFACTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPLAINT RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINT_RATE(5, "COMPLAINT_RATE", "COMPLAINT_RATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTIVE CUSTOMERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE_CUSTOMERS_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVE_CUSTOMERS(6, "ACTIVE_CUSTOMERS", "ACTIVE_CUSTOMERS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CAMPAIGN CONVERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_CONVERSION_VALUE
	 * @generated
	 * @ordered
	 */
	CAMPAIGN_CONVERSION(7, "CAMPAIGN_CONVERSION", "CAMPAIGN_CONVERSION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CHURN RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHURN_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHURN_RATE_VALUE = 0;

	/**
	 * The '<em><b>REPEAT PURCHASE RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPEAT_PURCHASE_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPEAT_PURCHASE_RATE_VALUE = 1;

	/**
	 * The '<em><b>CUSTOMERS IN TIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMERS_IN_TIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMERS_IN_TIER_VALUE = 2;

	/**
	 * The '<em><b>REVENUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_VALUE = 3;

	/**
	 * The '<em><b>SATISFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATISFACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SATISFACTION_VALUE = 4;

	/**
	 * The '<em><b>COMPLAINT RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINT_RATE_VALUE = 5;

	/**
	 * The '<em><b>ACTIVE CUSTOMERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE_CUSTOMERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVE_CUSTOMERS_VALUE = 6;

	/**
	 * The '<em><b>CAMPAIGN CONVERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_CONVERSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAMPAIGN_CONVERSION_VALUE = 7;

	/**
	 * An array of all the '<em><b>Goal Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GoalMetric[] VALUES_ARRAY =
		new GoalMetric[] {
			CHURN_RATE,
			REPEAT_PURCHASE_RATE,
			CUSTOMERS_IN_TIER,
			REVENUE,
			SATISFACTION,
			COMPLAINT_RATE,
			ACTIVE_CUSTOMERS,
			CAMPAIGN_CONVERSION,
		};

	/**
	 * A public read-only list of all the '<em><b>Goal Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GoalMetric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Goal Metric</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalMetric get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoalMetric result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal Metric</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalMetric getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoalMetric result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal Metric</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalMetric get(int value) {
		switch (value) {
			case CHURN_RATE_VALUE: return CHURN_RATE;
			case REPEAT_PURCHASE_RATE_VALUE: return REPEAT_PURCHASE_RATE;
			case CUSTOMERS_IN_TIER_VALUE: return CUSTOMERS_IN_TIER;
			case REVENUE_VALUE: return REVENUE;
			case SATISFACTION_VALUE: return SATISFACTION;
			case COMPLAINT_RATE_VALUE: return COMPLAINT_RATE;
			case ACTIVE_CUSTOMERS_VALUE: return ACTIVE_CUSTOMERS;
			case CAMPAIGN_CONVERSION_VALUE: return CAMPAIGN_CONVERSION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private GoalMetric(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //GoalMetric
