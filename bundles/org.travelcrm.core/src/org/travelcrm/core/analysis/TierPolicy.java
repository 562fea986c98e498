package org.travelcrm.core.analysis;

/** How buyers are tiered by their contribution. */
public enum TierPolicy {
	/** The customer pyramid: {@link ValueTier} by rank among buyers. */
	PYRAMID,
	/** {@link AbcClass} by cumulative share of revenue. */
	ABC
}
