package org.travelcrm.core.quality;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of this package; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.quality.messages";

	public static String Field_name;
	public static String Field_phone;
	public static String Field_email;
	public static String Duplicate_match;
	public static String Merge_notMergeable;
	public static String Merge_commandLabel;
	public static String Check_taskName;
	public static String Check_duplicates;
	public static String Check_missingContact;
	public static String Check_mergeFix;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
