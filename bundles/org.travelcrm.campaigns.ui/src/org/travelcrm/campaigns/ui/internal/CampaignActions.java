package org.travelcrm.campaigns.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.travelcrm.campaigns.ui.CampaignCommandIds;
import org.travelcrm.campaigns.ui.internal.wizard.EvaluationWizard;
import org.travelcrm.campaigns.ui.internal.wizard.NewCampaignWizard;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/** Opens the campaign wizards and editor; says what to do when there is nothing to work on. */
@SuppressWarnings("nls")
public final class CampaignActions {

	private CampaignActions() {
	}

	/** A dialog on the New Campaign wizard, not opened yet; {@code null} without an agency. */
	public static WizardDialog newCampaignDialog(Shell shell, OpenAgency agency) {
		if (agency == null) {
			MessageDialog.openInformation(shell, Messages.Actions_title, Messages.Actions_noAgency);
			return null;
		}
		return new WizardDialog(shell, new NewCampaignWizard(agency));
	}

	/**
	 * A dialog on the evaluation wizard for a campaign, or for the first completed campaign
	 * without an evaluation when none is given; {@code null} when there is nothing to evaluate.
	 */
	public static WizardDialog evaluationDialog(Shell shell, OpenAgency agency,
			Campaign campaign) {
		if (agency == null) {
			MessageDialog.openInformation(shell, Messages.Actions_title, Messages.Actions_noAgency);
			return null;
		}
		Campaign chosen = campaign == null ? toEvaluate(agency) : campaign;
		if (chosen == null) {
			MessageDialog.openInformation(shell, Messages.Actions_title,
					Messages.Actions_nothingToEvaluate);
			return null;
		}
		try {
			return new WizardDialog(shell, new EvaluationWizard(agency, chosen));
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Actions_title, e.getMessage());
			return null;
		}
	}

	/** Opens the campaign editor. */
	public static void openEditor(OpenAgency agency, Campaign campaign) {
		if (OpenAgencies.getDefault().openEditor(agency, campaign,
				CampaignCommandIds.EDITOR_CAMPAIGN) == null) {
			ILog.of(CampaignActions.class).warn("No campaign editor for " + campaign.getName());
		}
	}

	private static Campaign toEvaluate(OpenAgency agency) {
		Campaign fallback = null;
		for (Campaign each : agency.getAgency().getCampaigns()) {
			if (each.getStatus() == CampaignStatus.COMPLETED && each.getEvaluation() == null) {
				return each;
			}
			if (fallback == null && each.getStatus() != CampaignStatus.DRAFT
					&& each.getMembers() != null) {
				fallback = each;
			}
		}
		return fallback;
	}
}
