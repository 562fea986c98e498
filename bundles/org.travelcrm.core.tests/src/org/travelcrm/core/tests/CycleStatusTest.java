package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.AnalysisSnapshots;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.DataFingerprint;
import org.travelcrm.core.campaigns.CampaignEvaluator;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.process.CycleStatus;
import org.travelcrm.core.process.CycleStatus.StepState;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.StepStatus;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The status of each CRM cycle step is derived from the agency: the demo agency starts with
 * goals, data and a launched campaign done, and turns every step green once a snapshot of the
 * current data exists and the finished campaign is evaluated.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CycleStatusTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	@Test
	void anEmptyAgencyHasNothingDone() {
		Agency empty = CrmFactory.eINSTANCE.createAgency();

		List<StepState> states = CycleStatus.derive(empty);

		assertEquals(5, states.size(), "There are five steps.");
		states.forEach(state -> assertEquals(StepStatus.NOT_STARTED, state.status(),
				"Nothing is started in an empty agency: " + state));
	}

	@Test
	void theDemoAgencyTurnsEveryStepGreen() throws Exception {
		Agency demo = DemoAgency.create(NO_PROGRESS);

		assertEquals(List.of(StepStatus.DONE, StepStatus.DONE, StepStatus.NOT_STARTED,
				StepStatus.DONE, StepStatus.NOT_STARTED), statuses(demo),
				"Goals, data and marketing are done in the demo; analysis and evaluation are not.");

		AnalysisResult result = Analyses.builtIn().find("org.travelcrm.core.analysis.valueTier")
				.run(AnalysisContext.of(demo), Map.of(), NO_PROGRESS);
		demo.getSnapshots().add(AnalysisSnapshots.create(result, DataFingerprint.of(demo),
				Instant.parse("2026-07-02T08:00:00Z")));
		Campaign campaign = demo.getCampaigns().get(0);
		campaign.setEvaluation(CampaignEvaluator.toEvaluation(
				CampaignEvaluator.evaluate(campaign), LocalDate.of(2026, 7, 2)));
		demo.getEvaluations().add(campaign.getEvaluation());

		assertEquals(List.of(StepStatus.DONE, StepStatus.DONE, StepStatus.DONE, StepStatus.DONE,
				StepStatus.DONE), statuses(demo), "Every step should be done.");
	}

	@Test
	void aSnapshotOfOlderDataDoesNotCount() throws Exception {
		Agency demo = DemoAgency.create(NO_PROGRESS);
		AnalysisResult result = Analyses.builtIn().find("org.travelcrm.core.analysis.rfm")
				.run(AnalysisContext.of(demo), Map.of(), NO_PROGRESS);
		demo.getSnapshots().add(AnalysisSnapshots.create(result, DataFingerprint.of(demo),
				Instant.parse("2026-07-02T08:00:00Z")));

		demo.getBookings().get(0).setAmount(new BigDecimal("1.00"));

		assertEquals(StepStatus.IN_PROGRESS, CycleStatus.derive(demo).get(2).status(),
				"A snapshot of data that changed since should not count as current.");
	}

	private static List<StepStatus> statuses(Agency agency) {
		return CycleStatus.derive(agency).stream().map(StepState::status).toList();
	}
}
