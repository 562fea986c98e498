package org.travelcrm.analysis.addons.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the add-on analyses; see {@code messages*.properties}.
 */
@SuppressWarnings("nls")
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.analysis.addons.internal.messages";

	public static String Cohort_task;
	public static String Cohort_retentionTable;
	public static String Cohort_activeTable;
	public static String Cohort_cohortColumn;
	public static String Cohort_startColumn;
	public static String Cohort_customersColumn;
	public static String Cohort_offsetColumn;
	public static String Cohort_curveSeries;
	public static String Lifetime_task;
	public static String Lifetime_summaryTable;
	public static String Lifetime_metricColumn;
	public static String Lifetime_labelColumn;
	public static String Lifetime_valueColumn;
	public static String Lifetime_buyers;
	public static String Lifetime_purchases;
	public static String Lifetime_observedYears;
	public static String Lifetime_averagePurchaseValue;
	public static String Lifetime_purchasesPerYear;
	public static String Lifetime_churnBase;
	public static String Lifetime_churned;
	public static String Lifetime_churnRate;
	public static String Lifetime_lifetime;
	public static String Lifetime_value;
	public static String Lifetime_methodTable;
	public static String Lifetime_methodColumn;
	public static String Lifetime_method;
	public static String Lifetime_statement;
	public static String Lifetime_noBuyers;
	public static String Lifetime_noBase;
	public static String Lifetime_topTable;
	public static String Lifetime_customerColumn;
	public static String Lifetime_nameColumn;
	public static String Lifetime_annualValueColumn;
	public static String Lifetime_lifetimeValueColumn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
