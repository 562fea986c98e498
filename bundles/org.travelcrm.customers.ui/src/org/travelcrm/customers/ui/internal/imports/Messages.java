package org.travelcrm.customers.ui.internal.imports;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

/**
 * Messages of the import wizard; see {@code messages*.properties} and, for the names of the
 * import fields, {@code fields*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.imports.messages"; //$NON-NLS-1$
	private static final String FIELDS_NAME =
			"org.travelcrm.customers.ui.internal.imports.fields"; //$NON-NLS-1$

	public static String ImportWizard_title;
	public static String ImportWizard_cannotApply;
	public static String ImportWizard_failed;
	public static String ImportWizard_internal;
	public static String ImportWizard_cancelled;
	public static String SourcePage_title;
	public static String SourcePage_description;
	public static String SourcePage_agency;
	public static String SourcePage_file;
	public static String SourcePage_browse;
	public static String SourcePage_profile;
	public static String SourcePage_guess;
	public static String SourcePage_builtIn;
	public static String SourcePage_fromFile;
	public static String SourcePage_saveProfile;
	public static String SourcePage_profileSaved;
	public static String SourcePage_walkIns;
	public static String SourcePage_format;
	public static String SourcePage_workbookFormat;
	public static String SourcePage_comma;
	public static String SourcePage_semicolon;
	public static String SourcePage_tab;
	public static String SourcePage_withHeader;
	public static String SourcePage_withoutHeader;
	public static String SourcePage_importFiles;
	public static String SourcePage_allFiles;
	public static String SourcePage_noAgency;
	public static String SourcePage_chooseFile;
	public static String MappingPage_title;
	public static String MappingPage_description;
	public static String MappingPage_notMapped;
	public static String PlanPage_title;
	public static String PlanPage_description;
	public static String PlanPage_summary;
	public static String PlanPage_counts;
	public static String PlanPage_rejected;
	public static String PlanPage_notices;
	public static String PlanPage_line;
	public static String PlanPage_row;
	public static String PlanPage_column;
	public static String PlanPage_reason;
	public static String PlanPage_nothing;
	public static String ImportHandler_noAgency;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name of an import field in the user interface language, or {@code null}. */
	static String field(String key) {
		try {
			Locale locale = Locale.forLanguageTag(Platform.getNL().replace('_', '-'));
			return ResourceBundle.getBundle(FIELDS_NAME, locale, Messages.class.getClassLoader())
					.getString(key);
		} catch (MissingResourceException e) {
			return null;
		}
	}
}
