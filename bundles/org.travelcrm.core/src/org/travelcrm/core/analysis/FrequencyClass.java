package org.travelcrm.core.analysis;

/** How often a customer bought within the look-back window. */
public enum FrequencyClass {
	/** No purchase. */
	PROSPECT,
	/** One purchase. */
	FIRST_TIME,
	/** Two purchases, or more but fewer than the multiple threshold. */
	REPEAT,
	/** At least the multiple threshold (3 by default). */
	MULTIPLE
}
