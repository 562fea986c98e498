package org.travelcrm.campaigns.ui.internal.wizard;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.travelcrm.core.campaigns.CampaignCommands;
import org.travelcrm.core.campaigns.CampaignEvaluator;
import org.travelcrm.core.campaigns.CampaignResult;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.Evaluation;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Evaluates a campaign (step 5 of the cycle): each KPI against its goal, conversion of target
 * and control group, lift and ROI; then findings, lessons and goal changes proposed for the
 * next cycle. Finish adds the evaluation in one undoable command.
 */
public class EvaluationWizard extends Wizard {

	private final OpenAgency agency;
	private final Campaign campaign;
	private final CampaignResult result;
	private FindingsPage findings;
	private Evaluation added;

	/** @throws IllegalArgumentException when the campaign has no start, end or members */
	public EvaluationWizard(OpenAgency agency, Campaign campaign) {
		this.agency = agency;
		this.campaign = campaign;
		this.result = CampaignEvaluator.evaluate(campaign);
		setWindowTitle(Messages.EvaluationWizard_title);
	}

	@Override
	public void addPages() {
		addPage(new ResultsPage(campaign, result));
		findings = new FindingsPage(agency.getAgency());
		addPage(findings);
	}

	public CampaignResult getResult() {
		return result;
	}

	public FindingsPage getFindingsPage() {
		return findings;
	}

	/** The evaluation added on finish, or {@code null}. */
	public Evaluation getAddedEvaluation() {
		return added;
	}

	@Override
	public boolean performFinish() {
		Evaluation evaluation = CampaignEvaluator.toEvaluation(result, LocalDate.now());
		findings.applyTo(evaluation);
		if (!AgencyEditing.execute(agency.getEditingDomain(), CampaignCommands.evaluate(
				agency.getEditingDomain(), agency.getAgency(), campaign, evaluation))) {
			MessageDialog.openError(getShell(), Messages.EvaluationWizard_title,
					Messages.EvaluationWizard_cannotAdd);
			return false;
		}
		added = evaluation;
		return true;
	}
}
