package org.travelcrm.core.report;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of reports; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.report.messages"; //$NON-NLS-1$

	public static String Report_language;
	public static String Report_title;
	public static String Report_facts;
	public static String Report_parameters;
	public static String Report_moreRows;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
