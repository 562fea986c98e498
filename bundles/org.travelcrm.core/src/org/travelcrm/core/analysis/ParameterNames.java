package org.travelcrm.core.analysis;

/**
 * The names of the parameters the built-in analyses share, as the command line's
 * {@code --param}, the preferences and the agency's analysis settings spell them, with their
 * defaults.
 */
public final class ParameterNames {

	/** W: a customer is active at day d when they bought within [d - W, d). */
	public static final String ACTIVITY_WINDOW_DAYS = "activityWindowDays"; //$NON-NLS-1$
	public static final String ACTIVITY_WINDOW_DAYS_DEFAULT = "365"; //$NON-NLS-1$

	/** N: a customer is new when their first purchase lies within [asOf - N, asOf). */
	public static final String NEW_WINDOW_DAYS = "newWindowDays"; //$NON-NLS-1$
	public static final String NEW_WINDOW_DAYS_DEFAULT = "180"; //$NON-NLS-1$

	/** The look-back window of tiering, RFM and contribution; 0 means all history. */
	public static final String LOOKBACK_DAYS = "lookbackDays"; //$NON-NLS-1$
	public static final String LOOKBACK_DAYS_DEFAULT = "1095"; //$NON-NLS-1$

	/** The number of purchases from which a customer is a multiple buyer. */
	public static final String MULTIPLE_THRESHOLD = "multipleThreshold"; //$NON-NLS-1$
	public static final String MULTIPLE_THRESHOLD_DEFAULT = "3"; //$NON-NLS-1$

	/** Cumulative customer shares of the pyramid's KEY, MAJOR and ORDINARY tiers. */
	public static final String TIER_SHARES = "tierShares"; //$NON-NLS-1$
	public static final String TIER_SHARES_DEFAULT = "0.01,0.20,0.50"; //$NON-NLS-1$

	/** {@code PYRAMID} or {@code ABC}: see {@link TierPolicy}. */
	public static final String TIER_POLICY = "tierPolicy"; //$NON-NLS-1$
	public static final String TIER_POLICY_DEFAULT = "PYRAMID"; //$NON-NLS-1$

	/** Cumulative revenue shares up to which a customer is in class A and B. */
	public static final String ABC_SHARES = "abcShares"; //$NON-NLS-1$
	public static final String ABC_SHARES_DEFAULT = "0.80,0.95"; //$NON-NLS-1$

	/** Days after a campaign in which a member's purchase still counts as a response. */
	public static final String ATTRIBUTION_DAYS = "attributionDays"; //$NON-NLS-1$
	public static final String ATTRIBUTION_DAYS_DEFAULT = "30"; //$NON-NLS-1$

	/** {@code MONTH}, {@code QUARTER} or {@code YEAR}: see {@link Period}. */
	public static final String PERIOD = "period"; //$NON-NLS-1$
	public static final String PERIOD_DEFAULT = "MONTH"; //$NON-NLS-1$

	/** Comma-separated travel purposes a target list is limited to; empty for all. */
	public static final String PURPOSES = "purposes"; //$NON-NLS-1$

	private ParameterNames() {
	}
}
