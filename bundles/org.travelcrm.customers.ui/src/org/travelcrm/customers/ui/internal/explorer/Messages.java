package org.travelcrm.customers.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the agency explorer; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.explorer.messages"; //$NON-NLS-1$

	public static String Folder_label;
	public static String Folder_individuals;
	public static String Folder_organizations;
	public static String Folder_products;
	public static String Folder_bookings;
	public static String Folder_goals;
	public static String Folder_segments;
	public static String Folder_campaigns;
	public static String Folder_snapshots;
	public static String Range_label;

	public static String Explorer_empty;
	public static String Explorer_open;
	public static String Explorer_openCustomerList;
	public static String Explorer_newIndividual;
	public static String Explorer_newOrganization;
	public static String Explorer_newProduct;
	public static String Explorer_newGoal;
	public static String Explorer_newSegment;
	public static String Explorer_newCampaign;
	public static String Explorer_newGoalName;
	public static String Explorer_newSegmentName;
	public static String Explorer_newCampaignName;
	public static String Explorer_newProductName;
	public static String Explorer_rename;
	public static String Explorer_renameTitle;
	public static String Explorer_renamePrompt;
	public static String Explorer_delete;
	public static String Explorer_deleteTitle;
	public static String Explorer_deleteConfirm;
	public static String Explorer_save;
	public static String Explorer_saveAs;
	public static String Explorer_close;
	public static String Explorer_closeTitle;
	public static String Explorer_closeQuestion;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
