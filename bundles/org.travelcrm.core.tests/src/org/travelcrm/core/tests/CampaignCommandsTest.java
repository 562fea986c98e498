package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.campaigns.CampaignCommands;
import org.travelcrm.core.campaigns.CampaignEvaluator;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.core.goals.GoalCommands;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.Segment;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Adding a campaign with its new segment, recording an evaluation and accepting a proposed goal
 * change are each one undoable command.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CampaignCommandsTest {

	@Test
	void aCampaignAndItsNewSegmentAreAddedAndUndoneTogether() {
		Agency agency = DemoAgency.create(new NullProgressMonitor());
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);
		Segment segment = CrmFactory.eINSTANCE.createSegment();
		Campaign campaign = CrmFactory.eINSTANCE.createCampaign();
		campaign.setSegment(segment);
		int campaigns = agency.getCampaigns().size();
		int segments = agency.getSegments().size();

		assertTrue(AgencyEditing.execute(domain,
				CampaignCommands.add(domain, agency, campaign, segment)),
				"The campaign can be added.");
		assertEquals(campaigns + 1, agency.getCampaigns().size(), "The campaign is added.");
		assertEquals(segments + 1, agency.getSegments().size(), "The segment is added.");

		domain.getCommandStack().undo();

		assertEquals(campaigns, agency.getCampaigns().size(), "One undo removes the campaign.");
		assertEquals(segments, agency.getSegments().size(), "The same undo removes the segment.");
	}

	@Test
	void anEvaluationIsLinkedWithItsCampaignInOneStep() {
		Agency agency = DemoAgency.create(new NullProgressMonitor());
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);
		Campaign campaign = agency.getCampaigns().get(0);
		Evaluation evaluation = CampaignEvaluator.toEvaluation(
				CampaignEvaluator.evaluate(campaign), LocalDate.of(2026, 7, 2));

		AgencyEditing.execute(domain,
				CampaignCommands.evaluate(domain, agency, campaign, evaluation));

		assertSame(evaluation, campaign.getEvaluation(), "The campaign has its evaluation.");
		assertSame(campaign, evaluation.getCampaign(), "The evaluation knows its campaign.");
		domain.getCommandStack().undo();
		assertNull(campaign.getEvaluation(), "Undo removes the evaluation from the campaign.");
		assertFalse(agency.getEvaluations().contains(evaluation),
				"Undo removes the evaluation from the agency.");
	}

	@Test
	void acceptingAGoalChangeAddsAStageOrAGoal() {
		Agency agency = DemoAgency.create(new NullProgressMonitor());
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);
		StrategicGoal churn = agency.getGoals().get(0);
		Evaluation evaluation = CrmFactory.eINSTANCE.createEvaluation();
		GoalChange stage = change(churn, "0.15");
		GoalChange goal = change(null, "0.30");
		goal.setMetric(GoalMetric.CAMPAIGN_CONVERSION);
		goal.setDirection(GoalDirection.AT_LEAST);
		evaluation.getProposedChanges().add(stage);
		evaluation.getProposedChanges().add(goal);
		agency.getEvaluations().add(evaluation);
		int stages = churn.getStages().size();
		int goals = agency.getGoals().size();

		assertEquals(2, GoalCommands.openChanges(agency).size(), "Both changes are open.");
		AgencyEditing.execute(domain, GoalCommands.accept(domain, agency, stage));
		AgencyEditing.execute(domain, GoalCommands.accept(domain, agency, goal));

		assertEquals(stages + 1, churn.getStages().size(), "The goal has a new stage.");
		assertEquals(new BigDecimal("0.15"), churn.getStages().get(stages).getTargetValue(),
				"The new stage has the proposed target.");
		assertEquals(goals + 1, agency.getGoals().size(), "A change without a goal adds one.");
		assertEquals(GoalMetric.CAMPAIGN_CONVERSION, agency.getGoals().get(goals).getMetric(),
				"The new goal measures the proposed metric.");
		assertTrue(GoalCommands.openChanges(agency).isEmpty(), "No change is open any more.");

		domain.getCommandStack().undo();
		domain.getCommandStack().undo();

		assertEquals(stages, churn.getStages().size(), "Undo removes the stage.");
		assertEquals(goals, agency.getGoals().size(), "Undo removes the goal.");
		assertEquals(2, GoalCommands.openChanges(agency).size(), "Both changes are open again.");
	}

	private static GoalChange change(StrategicGoal goal, String target) {
		GoalChange change = CrmFactory.eINSTANCE.createGoalChange();
		change.setGoal(goal);
		change.setTargetValue(new BigDecimal(target));
		change.setDeadline(LocalDate.of(2027, 6, 30));
		change.setRationale("Next cycle");
		return change;
	}
}
