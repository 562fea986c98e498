package org.travelcrm.core.analysis;

/**
 * A named RFM segment, from the recency (R), frequency (F) and monetary (M) scores 1 to 5.
 * <p>
 * The first rule that holds names the segment.
 */
public enum RfmSegment {
	/** R &ge; 4, F &ge; 4 and M &ge; 4. */
	CHAMPIONS,
	/** R &ge; 3 and F &ge; 4. */
	LOYAL_CUSTOMERS,
	/** R &ge; 4 and F &ge; 2. */
	POTENTIAL_LOYALISTS,
	/** R &ge; 4 (and F = 1). */
	NEW_CUSTOMERS,
	/** R = 3. */
	NEED_ATTENTION,
	/** R &le; 2, F &ge; 4 and M &ge; 4. */
	CANNOT_LOSE,
	/** R &le; 2 and F &ge; 3. */
	AT_RISK,
	/** R = 2. */
	HIBERNATING,
	/** R = 1. */
	LOST;

	/** The segment of a buyer with these scores. */
	public static RfmSegment of(int recency, int frequency, int monetary) {
		if (recency >= 4 && frequency >= 4 && monetary >= 4) {
			return CHAMPIONS;
		}
		if (recency >= 3 && frequency >= 4) {
			return LOYAL_CUSTOMERS;
		}
		if (recency >= 4) {
			return frequency >= 2 ? POTENTIAL_LOYALISTS : NEW_CUSTOMERS;
		}
		if (recency == 3) {
			return NEED_ATTENTION;
		}
		if (frequency >= 4 && monetary >= 4) {
			return CANNOT_LOSE;
		}
		if (frequency >= 3) {
			return AT_RISK;
		}
		return recency == 2 ? HIBERNATING : LOST;
	}
}
