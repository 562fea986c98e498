package org.travelcrm.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.DataFingerprint;
import org.travelcrm.model.Agency;
import org.travelcrm.model.AnalysisSnapshot;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.CycleStepKind;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.StepStatus;
import org.travelcrm.model.StrategicGoal;

/**
 * The status of each step of the CRM cycle, derived from the agency (DESIGN section 6):
 * <ol>
 * <li>set goals: done when a goal has a stage with a target value and a deadline;</li>
 * <li>organise data: done when there are customers and validation finds no error;</li>
 * <li>analyse: done when an analysis snapshot exists for the current data;</li>
 * <li>market: done when a campaign is running or completed;</li>
 * <li>evaluate: done when there is a completed campaign and every completed campaign has an
 * evaluation.</li>
 * </ol>
 * A step that has begun but is not done is in progress. Each state says in words why.
 */
public final class CycleStatus {

	/**
	 * The derived state of one step.
	 *
	 * @param step        the step
	 * @param status      how far it has come
	 * @param explanation why, in words for the user
	 */
	public record StepState(CycleStepKind step, StepStatus status, String explanation) {
	}

	private CycleStatus() {
	}

	/**
	 * Derives the state of every step, in the order of the cycle; an analysis snapshot counts
	 * when its data fingerprint is the agency's current one.
	 */
	public static List<StepState> derive(Agency agency) {
		return derive(agency, CycleStatus::hasCurrentSnapshot);
	}

	/**
	 * Derives the state of every step, in the order of the cycle.
	 *
	 * @param hasCurrentSnapshot tells whether the agency holds an analysis snapshot taken on its
	 *                           current data
	 */
	public static List<StepState> derive(Agency agency, Predicate<Agency> hasCurrentSnapshot) {
		List<StepState> states = new ArrayList<>();
		states.add(goals(agency));
		states.add(data(agency));
		states.add(analysis(agency, hasCurrentSnapshot));
		states.add(marketing(agency));
		states.add(evaluation(agency));
		return states;
	}

	private static boolean hasCurrentSnapshot(Agency agency) {
		if (agency.getSnapshots().isEmpty()) {
			return false;
		}
		String current = DataFingerprint.of(agency);
		for (AnalysisSnapshot snapshot : agency.getSnapshots()) {
			if (current.equals(snapshot.getDataFingerprint())) {
				return true;
			}
		}
		return false;
	}

	private static StepState goals(Agency agency) {
		int quantified = 0;
		for (StrategicGoal goal : agency.getGoals()) {
			for (GoalStage stage : goal.getStages()) {
				if (stage.getTargetValue() != null && stage.getDeadline() != null) {
					quantified++;
					break;
				}
			}
		}
		if (quantified > 0) {
			return new StepState(CycleStepKind.SET_GOALS, StepStatus.DONE,
					NLS.bind(Messages.CycleStatus_goalsDone, quantified));
		}
		return new StepState(CycleStepKind.SET_GOALS,
				agency.getGoals().isEmpty() ? StepStatus.NOT_STARTED : StepStatus.IN_PROGRESS,
				Messages.CycleStatus_goalsMissing);
	}

	private static StepState data(Agency agency) {
		if (agency.getCustomers().isEmpty()) {
			return new StepState(CycleStepKind.ORGANISE_DATA, StepStatus.NOT_STARTED,
					Messages.CycleStatus_dataMissing);
		}
		int errors = 0;
		for (Diagnostic problem : Diagnostician.INSTANCE.validate(agency).getChildren()) {
			errors += problem.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
		}
		if (errors > 0) {
			return new StepState(CycleStepKind.ORGANISE_DATA, StepStatus.IN_PROGRESS,
					NLS.bind(Messages.CycleStatus_dataProblems, errors));
		}
		return new StepState(CycleStepKind.ORGANISE_DATA, StepStatus.DONE,
				NLS.bind(Messages.CycleStatus_dataDone, agency.getCustomers().size(),
						agency.getBookings().size()));
	}

	private static StepState analysis(Agency agency, Predicate<Agency> hasCurrentSnapshot) {
		if (hasCurrentSnapshot.test(agency)) {
			return new StepState(CycleStepKind.ANALYSE, StepStatus.DONE,
					Messages.CycleStatus_analysisDone);
		}
		return new StepState(CycleStepKind.ANALYSE,
				agency.getSnapshots().isEmpty() ? StepStatus.NOT_STARTED : StepStatus.IN_PROGRESS,
				agency.getSnapshots().isEmpty() ? Messages.CycleStatus_analysisMissing
						: Messages.CycleStatus_analysisOutdated);
	}

	private static StepState marketing(Agency agency) {
		long launched = agency.getCampaigns().stream()
				.filter(c -> c.getStatus() == CampaignStatus.RUNNING
						|| c.getStatus() == CampaignStatus.COMPLETED)
				.count();
		if (launched > 0) {
			return new StepState(CycleStepKind.MARKET, StepStatus.DONE,
					NLS.bind(Messages.CycleStatus_marketingDone, launched));
		}
		return new StepState(CycleStepKind.MARKET,
				agency.getCampaigns().isEmpty() ? StepStatus.NOT_STARTED : StepStatus.IN_PROGRESS,
				Messages.CycleStatus_marketingMissing);
	}

	private static StepState evaluation(Agency agency) {
		int completed = 0;
		int evaluated = 0;
		for (Campaign campaign : agency.getCampaigns()) {
			if (campaign.getStatus() == CampaignStatus.COMPLETED) {
				completed++;
				evaluated += campaign.getEvaluation() != null ? 1 : 0;
			}
		}
		if (completed == 0) {
			return new StepState(CycleStepKind.EVALUATE, StepStatus.NOT_STARTED,
					Messages.CycleStatus_evaluationNothing);
		}
		if (evaluated == completed) {
			return new StepState(CycleStepKind.EVALUATE, StepStatus.DONE,
					NLS.bind(Messages.CycleStatus_evaluationDone, completed));
		}
		return new StepState(CycleStepKind.EVALUATE,
				evaluated == 0 ? StepStatus.NOT_STARTED : StepStatus.IN_PROGRESS,
				NLS.bind(Messages.CycleStatus_evaluationMissing, completed - evaluated));
	}
}
