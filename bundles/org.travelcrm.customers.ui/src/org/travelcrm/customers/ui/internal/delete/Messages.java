package org.travelcrm.customers.ui.internal.delete;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of deleting customers; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.delete.messages"; //$NON-NLS-1$

	public static String CustomerDeletion_label;
	public static String DeleteDialog_title;
	public static String DeleteDialog_confirm;
	public static String DeleteDialog_withBookings;
	public static String DeleteDialog_deleteBookings;
	public static String DeleteDialog_moveBookings;
	public static String DeleteDialog_filterHint;
	public static String DeleteDialog_chooseTarget;
	public static String DeleteDialog_moreMatches;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
