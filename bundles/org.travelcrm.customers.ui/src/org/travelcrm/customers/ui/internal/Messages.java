package org.travelcrm.customers.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the customer actions; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.messages"; //$NON-NLS-1$

	public static String CustomerActions_newIndividualName;
	public static String CustomerActions_newOrganizationName;
	public static String CustomerActions_deleteTitle;
	public static String CustomerActions_deleteConfirm;
	public static String CustomerMembership_addToSegment;
	public static String CustomerMembership_addToCampaign;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
