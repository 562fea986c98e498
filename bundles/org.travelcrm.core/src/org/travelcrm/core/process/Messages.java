package org.travelcrm.core.process;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the CRM process; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.process.messages"; //$NON-NLS-1$

	public static String CycleStatus_goalsDone;
	public static String CycleStatus_goalsMissing;
	public static String CycleStatus_dataMissing;
	public static String CycleStatus_dataProblems;
	public static String CycleStatus_dataDone;
	public static String CycleStatus_analysisDone;
	public static String CycleStatus_analysisMissing;
	public static String CycleStatus_analysisOutdated;
	public static String CycleStatus_marketingDone;
	public static String CycleStatus_marketingMissing;
	public static String CycleStatus_evaluationNothing;
	public static String CycleStatus_evaluationDone;
	public static String CycleStatus_evaluationMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
