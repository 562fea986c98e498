package org.travelcrm.core.internal.store;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of agency files; see {@code messages*.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.core.internal.store.messages"; //$NON-NLS-1$

	public static String AgencyFiles_unknownExtension;
	public static String FileAgencyStore_loading;
	public static String FileAgencyStore_saving;
	public static String FileAgencyStore_missing;
	public static String FileAgencyStore_damaged;
	public static String FileAgencyStore_unreadable;
	public static String FileAgencyStore_notAnAgency;
	public static String FileAgencyStore_saveFailed;
	public static String UnstorableText_refused;
	public static String UnstorableText_customer;
	public static String UnstorableText_booking;
	public static String BinaryFile_notBinary;
	public static String BinaryFile_checksum;
	public static String BinaryFile_newerVersion;
	public static String BinaryFile_unknownPackage;
	public static String BinaryFile_unknownClass;
	public static String BinaryFile_unknownFeature;
	public static String BinaryFile_changedFeature;
	public static String BinaryFile_unknownLiteral;
	public static String BinaryFile_damaged;
	public static String BinaryFile_oneSided;
	public static String BinaryFile_earlierDamaged;
	public static String BinaryFile_outsideReference;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
