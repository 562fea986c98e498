package org.travelcrm.core.segments;

import org.eclipse.osgi.util.NLS;

/** Messages of segment evaluation; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.core.segments.messages"; //$NON-NLS-1$

	public static String Segment_notANumber;
	public static String Segment_unknownProperty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
