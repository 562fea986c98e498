package org.travelcrm.campaigns.ui;

/** Identifiers of the campaign commands and editor that other bundles run and open. */
public final class CampaignCommandIds {

	/** Opens the New Campaign wizard on the active agency. */
	public static final String NEW_CAMPAIGN =
			"org.travelcrm.campaigns.ui.commands.newCampaign"; //$NON-NLS-1$
	/** Opens the evaluation wizard on a completed campaign of the active agency. */
	public static final String EVALUATE_CAMPAIGN =
			"org.travelcrm.campaigns.ui.commands.evaluateCampaign"; //$NON-NLS-1$
	/** Shows the goals of the active agency in the Campaigns perspective. */
	public static final String SHOW_GOALS =
			"org.travelcrm.campaigns.ui.commands.showGoals"; //$NON-NLS-1$
	/** The campaign editor. */
	public static final String EDITOR_CAMPAIGN =
			"org.travelcrm.campaigns.ui.editors.campaign"; //$NON-NLS-1$

	private CampaignCommandIds() {
	}
}
