package org.travelcrm.campaigns.ui.internal;

import org.travelcrm.model.CampaignStatus;

/** Names of campaign states in the user's language. */
public final class CampaignLabels {

	private CampaignLabels() {
	}

	public static String status(CampaignStatus status) {
		if (status == null) {
			return Messages.Format_unknown;
		}
		return switch (status) {
			case DRAFT -> Messages.Status_draft;
			case RUNNING -> Messages.Status_running;
			case COMPLETED -> Messages.Status_completed;
		};
	}
}
