package org.travelcrm.core.analysis;

/** A buyer's preference towards the agency; see the loyalty analysis for the rules. */
public enum LoyaltyClass {
	/** First purchase within the new window. */
	NEW,
	/** Bought repeatedly within the activity window, satisfied and without complaint. */
	LOYAL,
	/** Active but irregular, a single old purchase, or unhappy. */
	WAVERING,
	/** No purchase within the activity window: churned. */
	LAPSED
}
