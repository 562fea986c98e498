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
 * A representation of the literals of the enumeration '<em><b>Cycle Step Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The five steps of the CRM cycle.
 * <!-- end-model-doc -->
 * @see org.travelcrm.model.CrmPackage#getCycleStepKind()
 * @model
 * @generated
 */
public enum CycleStepKind implements Enumerator {
	/**
	 * The '<em><b>SET GOALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SET_GOALS_VALUE
	 * @generated
	 * @ordered
	 */
	SET_GOALS(0, "SET_GOALS", "SET_GOALS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ORGANISE DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISE_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISE_DATA(1, "ORGANISE_DATA", "ORGANISE_DATA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANALYSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSE_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYSE(2, "ANALYSE", "ANALYSE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MARKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKET_VALUE
	 * @generated
	 * @ordered
	 */
	MARKET(3, "MARKET", "MARKET"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EVALUATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATE_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATE(4, "EVALUATE", "EVALUATE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SET GOALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SET_GOALS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SET_GOALS_VALUE = 0;

	/**
	 * The '<em><b>ORGANISE DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISE_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISE_DATA_VALUE = 1;

	/**
	 * The '<em><b>ANALYSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYSE_VALUE = 2;

	/**
	 * The '<em><b>MARKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKET_VALUE = 3;

	/**
	 * The '<em><b>EVALUATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Cycle Step Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CycleStepKind[] VALUES_ARRAY =
		new CycleStepKind[] {
			SET_GOALS,
			ORGANISE_DATA,
			ANALYSE,
			MARKET,
			EVALUATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Cycle Step Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CycleStepKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cycle Step Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CycleStepKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CycleStepKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cycle Step Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CycleStepKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CycleStepKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cycle Step Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CycleStepKind get(int value) {
		switch (value) {
			case SET_GOALS_VALUE: return SET_GOALS;
			case ORGANISE_DATA_VALUE: return ORGANISE_DATA;
			case ANALYSE_VALUE: return ANALYSE;
			case MARKET_VALUE: return MARKET;
			case EVALUATE_VALUE: return EVALUATE;
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
	private CycleStepKind(int value, String name, String literal) {
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
	
} //CycleStepKind
