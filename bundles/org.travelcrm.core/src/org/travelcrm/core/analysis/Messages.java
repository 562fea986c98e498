package org.travelcrm.core.analysis;

import org.eclipse.osgi.util.NLS;

/** Messages of the analysis API; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.analysis.messages"; //$NON-NLS-1$

	public static String Analysis_running;
	public static String Parameter_notAChoice;
	public static String Parameter_notANumber;
	public static String Parameter_unknown;
	public static String Snapshot_unknownAnalysis;
	public static String WhatIf_running;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
