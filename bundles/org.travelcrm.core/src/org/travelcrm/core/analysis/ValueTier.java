package org.travelcrm.core.analysis;

/** A buyer's tier in the customer pyramid, from the most valuable down. */
public enum ValueTier {
	/** The top share of buyers by contribution (1 % by default). */
	KEY,
	/** Down to the second share (20 % by default). */
	MAJOR,
	/** Down to the third share (50 % by default). */
	ORDINARY,
	/** The rest of the buyers. */
	SMALL
}
