package org.travelcrm.ui.emf;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the EMF.Edit adapters; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.ui.emf.messages"; //$NON-NLS-1$

	public static String DataTypeCellEditor_invalid;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
