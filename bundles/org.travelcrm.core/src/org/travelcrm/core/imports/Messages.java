package org.travelcrm.core.imports;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of this package; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.imports.messages";

	public static String Profile_unknownBuiltIn;
	public static String Profile_unreadable;
	public static String Profile_badEntry;
	public static String Profile_unknownColumn;
	public static String Profile_noColumns;
	public static String Row_otherCustomerInBooking;
	public static String Row_identicalRejected;
	public static String Row_identicalImported;
	public static String Row_noCustomerId;
	public static String Row_noBookingId;
	public static String Row_noTravellers;
	public static String Row_returnBeforeDeparture;
	public static String Row_negativeBooking;
	public static String Row_wrongWidth;
	public static String Row_valueBeyondHeader;
	public static String Row_notANumber;
	public static String Row_missingNumber;
	public static String Row_notAWholeNumber;
	public static String Import_commandLabel;
	public static String Import_taskName;
	public static String Report_title;
	public static String Report_workbookTitle;
	public static String Report_semicolon;
	public static String Report_tab;
	public static String Report_comma;
	public static String Report_withHeader;
	public static String Report_withoutHeader;
	public static String Report_rows;
	public static String Report_counts;
	public static String Report_customers;
	public static String Report_bookings;
	public static String Report_products;
	public static String Report_rejectedRows;
	public static String Report_notices;
	public static String Report_more;
	public static String Report_lineEntry;
	public static String Report_lineColumnEntry;
	public static String Report_rowEntry;
	public static String Report_rowColumnEntry;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
