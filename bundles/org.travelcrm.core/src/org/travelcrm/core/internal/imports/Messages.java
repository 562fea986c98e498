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
	public static String Workbook_notZip;
	public static String Workbook_damagedZip;
	public static String Workbook_cutOff;
	public static String Workbook_tooManyEntries;
	public static String Workbook_partTooLarge;
	public static String Workbook_zipBomb;
	public static String Workbook_noWorkbook;
	public static String Workbook_noWorksheet;
	public static String Workbook_missingPart;
	public static String Workbook_badXml;
	public static String Workbook_emptyPart;
	public static String Workbook_doctype;
	public static String Workbook_badSharedString;
	public static String Workbook_oldExcel;
	public static String Workbook_encrypted;
	public static String Workbook_errorCell;
	public static String Workbook_formulaWithoutResult;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
