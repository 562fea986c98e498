package org.travelcrm.core.campaigns;

import org.eclipse.osgi.util.NLS;

/** Messages of campaigns; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.core.campaigns.messages"; //$NON-NLS-1$

	public static String CampaignCommands_add;
	public static String CampaignCommands_evaluate;
	public static String TierGuidance_key;
	public static String TierGuidance_major;
	public static String TierGuidance_ordinary;
	public static String TierGuidance_small;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
