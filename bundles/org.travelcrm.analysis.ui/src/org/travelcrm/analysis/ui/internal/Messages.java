package org.travelcrm.analysis.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the analysis views; see {@code messages*.properties}. */
@SuppressWarnings("nls")
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.analysis.ui.internal.messages";

	public static String AnalysisView_jobName;
	public static String AnalysisView_noAgency;
	public static String AnalysisView_notInstalled;
	public static String AnalysisView_badParameters;
	public static String AnalysisView_failed;
	public static String AnalysisView_asOf;
	public static String AnalysisView_heatCount;
	public static String AnalysisView_heatMonetary;
	public static String AnalysisView_refresh;
	public static String AnalysisView_openCustomers;
	public static String AnalysisView_exportCsv;
	public static String AnalysisView_exportPng;
	public static String AnalysisView_saveSnapshot;
	public static String AnalysisView_snapshotSaved;
	public static String AnalysisView_noCustomers;
	public static String AnalysisView_segmentName;
	public static String AnalysisView_segmentDescription;
	public static String AnalysisView_segmentCreated;
	public static String AnalysisView_exportFailed;
	public static String AnalysisView_exportFailedDetail;

	public static String Parameters_asOf;
	public static String Parameters_activityWindow;
	public static String Parameters_newWindow;
	public static String Parameters_lookback;
	public static String Parameters_tierPolicy;
	public static String Parameters_tierShares;
	public static String Parameters_abcShares;
	public static String Parameters_period;
	public static String Parameters_invalid;
	public static String Parameters_dayFormat;
	public static String Parameters_whatIf;
	public static String Parameters_whatIfJob;
	public static String Parameters_whatIfTitle;
	public static String Parameters_whatIfSummary;
	public static String Parameters_move;
	public static String Parameters_noMoves;
	public static String Parameters_apply;

	public static String Report_title;
	public static String Report_jobName;
	public static String Report_noAgency;
	public static String Report_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
