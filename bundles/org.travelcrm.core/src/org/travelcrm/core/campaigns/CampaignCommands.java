package org.travelcrm.core.campaigns;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.Segment;

/**
 * The commands of a campaign's life, each one undoable step: adding a planned campaign with its
 * frozen members (and the segment defined for it), and recording its evaluation.
 */
public final class CampaignCommands {

	private CampaignCommands() {
	}

	/**
	 * Adds a campaign prepared outside the agency, with its member snapshot and control group
	 * already set.
	 *
	 * @param newSegment a segment defined for the campaign, added with it; {@code null} when
	 *                   the campaign targets a segment of the agency
	 */
	public static Command add(EditingDomain domain, Agency agency, Campaign campaign,
			Segment newSegment) {
		CrmPackage crm = CrmPackage.eINSTANCE;
		CompoundCommand command = new CompoundCommand(Messages.CampaignCommands_add);
		if (newSegment != null) {
			command.append(AddCommand.create(domain, agency, crm.getAgency_Segments(),
					newSegment));
		}
		command.append(AddCommand.create(domain, agency, crm.getAgency_Campaigns(), campaign));
		return command;
	}

	/** Adds an evaluation to the agency and links it with its campaign. */
	public static Command evaluate(EditingDomain domain, Agency agency, Campaign campaign,
			Evaluation evaluation) {
		CrmPackage crm = CrmPackage.eINSTANCE;
		CompoundCommand command = new CompoundCommand(Messages.CampaignCommands_evaluate);
		command.append(AddCommand.create(domain, agency, crm.getAgency_Evaluations(),
				evaluation));
		command.append(SetCommand.create(domain, campaign, crm.getCampaign_Evaluation(),
				evaluation));
		return command;
	}
}
