package org.travelcrm.analysis.ui.model;

import org.eclipse.osgi.util.NLS;

/** Axis titles, legends and notes of the analysis charts; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.analysis.ui.model.messages"; //$NON-NLS-1$

	public static String Chart_percent;
	public static String Chart_share;
	public static String Chart_periods;
	public static String Chart_customers;
	public static String Chart_period;
	public static String Chart_churnRate;
	public static String Chart_new;
	public static String Chart_reactivated;
	public static String Chart_churned;
	public static String Chart_satisfaction;
	public static String Chart_complaintRate;
	public static String Chart_surveys;
	public static String Chart_score;
	public static String Chart_shareOfCustomers;
	public static String Chart_shareOfRevenue;
	public static String Chart_lorenz;
	public static String Chart_pareto;
	public static String Chart_equality;
	public static String Chart_gini;
	public static String Chart_recency;
	public static String Chart_frequency;
	public static String Chart_heatCount;
	public static String Chart_heatMonetary;
	public static String Chart_scoreLabel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
