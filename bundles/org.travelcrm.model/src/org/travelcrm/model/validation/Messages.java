package org.travelcrm.model.validation;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the data rules; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.model.validation.messages"; //$NON-NLS-1$

	public static String Rule_duplicateCustomerId;
	public static String Rule_missingCurrency;
	public static String Rule_missingTimeZone;
	public static String Rule_duplicateBookingId;
	public static String Rule_duplicateProductCode;
	public static String Rule_missingCustomerId;
	public static String Rule_missingBookingId;
	public static String Rule_spacedCustomerId;
	public static String Rule_spacedBookingId;
	public static String Rule_spacedProductCode;
	public static String Rule_bookingWithoutCustomer;
	public static String Rule_negativeAmount;
	public static String Rule_negativeCost;
	public static String Rule_returnBeforeDeparture;
	public static String Rule_noTravellers;
	public static String Rule_scoreOutsideScale;
	public static String Rule_scaleFivePoint;
	public static String Rule_scaleTenPoint;
	public static String Rule_stageWithoutTarget;
	public static String Rule_stageWithoutDeadline;
	public static String Rule_missingProductCode;
	public static String Rule_negativePrice;
	public static String Rule_noCustomer;
	public static String Rule_unnamed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
