package org.travelcrm.ui.agency;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of agency opening, editing and saving; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.ui.agency.messages"; //$NON-NLS-1$

	public static String OpenAgency_unnamed;
	public static String OpenAgency_labelWithFile;
	public static String OpenAgency_labelDemo;
	public static String OpenAgency_labelNew;

	public static String AttributeEdits_invalid;
	public static String AttributeEdits_expectedDate;
	public static String AttributeEdits_expectedAmount;
	public static String AttributeEdits_expectedWholeNumber;
	public static String AttributeEdits_expectedValue;
	public static String AttributeEdits_unstorable;

	public static String CommandStackActions_undo;
	public static String CommandStackActions_redo;

	public static String AgencySaving_jobName;
	public static String AgencySaving_validating;
	public static String AgencySaving_writing;
	public static String AgencySaving_problemsTitle;
	public static String AgencySaving_problems;
	public static String AgencySaving_moreProblems;
	public static String AgencySaving_failedTitle;
	public static String AgencySaving_saveAsTitle;
	public static String AgencySaving_filterXmi;
	public static String AgencySaving_filterBinary;

	public static String AgencyOpening_openTitle;
	public static String AgencyOpening_filterAgencies;
	public static String AgencyOpening_filterAll;
	public static String AgencyOpening_loadJob;
	public static String AgencyOpening_failedTitle;
	public static String AgencyOpening_notAnAgencyFile;
	public static String AgencyOpening_demoJob;
	public static String AgencyOpening_newName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
