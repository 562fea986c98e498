package org.travelcrm.core.goals;

import org.eclipse.osgi.util.NLS;

/** Messages of goals; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.core.goals.messages"; //$NON-NLS-1$

	public static String GoalProgress_missingAnalysis;
	public static String GoalCommands_accept;
	public static String GoalCommands_newGoal;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
