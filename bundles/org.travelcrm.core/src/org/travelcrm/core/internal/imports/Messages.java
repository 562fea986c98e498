package org.travelcrm.core.internal.imports;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of this package; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.internal.imports.messages";

	public static String Decoding_neitherUtf8NorGb;
	public static String Decoding_notInCharset;
	public static String Csv_unclosedQuote;
	public static String Date_unknownForm;
	public static String Date_twoDigitYearRefused;
	public static String Date_noSuchMonth;
	public static String Date_noSuchDay;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
