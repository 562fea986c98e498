package org.travelcrm.process.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the CRM Process view; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.process.ui.internal.messages"; //$NON-NLS-1$

	public static String Action_analyse;
	public static String Action_data;
	public static String Action_evaluate;
	public static String Action_goals;
	public static String Action_market;
	public static String Guide_analyse;
	public static String Guide_data;
	public static String Guide_evaluate;
	public static String Guide_goals;
	public static String Guide_market;
	public static String ProcessView_agency;
	public static String ProcessView_badge;
	public static String ProcessView_guide;
	public static String ProcessView_guideStep;
	public static String ProcessView_noAgency;
	public static String ProcessView_notInstalled;
	public static String ProcessView_openStep;
	public static String ProcessView_reset;
	public static String ProcessView_resetConfirm;
	public static String ProcessView_resetTitle;
	public static String ProcessView_title;
	public static String ProcessView_trainer;
	public static String Status_done;
	public static String Status_inProgress;
	public static String Status_notStarted;
	public static String Step_analyse;
	public static String Step_data;
	public static String Step_evaluate;
	public static String Step_goals;
	public static String Step_market;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
