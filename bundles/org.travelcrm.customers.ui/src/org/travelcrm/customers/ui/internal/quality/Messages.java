package org.travelcrm.customers.ui.internal.quality;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the data quality view; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.quality.messages"; //$NON-NLS-1$

	public static String DataQualityView_checking;
	public static String DataQualityView_checkingAgency;
	public static String DataQualityView_noAgency;
	public static String DataQualityView_clean;
	public static String DataQualityView_summary;
	public static String DataQualityView_kind;
	public static String DataQualityView_problem;
	public static String DataQualityView_fix;
	public static String DataQualityView_quickFix;
	public static String DataQualityView_quickFixTip;
	public static String DataQualityView_merge;
	public static String DataQualityView_mergeTip;
	public static String DataQualityView_refresh;
	public static String DataQualityView_kindValidation;
	public static String DataQualityView_kindDuplicates;
	public static String DataQualityView_kindContact;
	public static String DataQualityView_kindOrphan;
	public static String MergeDialog_title;
	public static String MergeDialog_message;
	public static String MergeDialog_survivor;
	public static String MergeDialog_empty;
	public static String MergeDialog_merge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
