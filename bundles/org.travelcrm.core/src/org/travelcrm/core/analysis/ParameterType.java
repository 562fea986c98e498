package org.travelcrm.core.analysis;

/** The kind of value an analysis parameter takes; values are always written as text. */
public enum ParameterType {
	/** A whole number, for example a number of days. */
	INTEGER,
	/** An exact decimal number. */
	DECIMAL,
	/** Comma-separated exact decimals, for example tier shares {@code 0.01,0.20,0.50}. */
	DECIMAL_LIST,
	/** One of a fixed list of names, for example {@code PYRAMID} or {@code ABC}. */
	CHOICE,
	/** Free text. */
	TEXT
}
