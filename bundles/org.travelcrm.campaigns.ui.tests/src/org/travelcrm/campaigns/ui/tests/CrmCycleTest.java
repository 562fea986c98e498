package org.travelcrm.campaigns.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.campaigns.ui.internal.GoalsView;
import org.travelcrm.campaigns.ui.internal.wizard.EvaluationWizard;
import org.travelcrm.campaigns.ui.internal.wizard.NewCampaignWizard;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.AnalysisSnapshots;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.DataFingerprint;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.core.process.CycleStatus.StepState;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.CycleStepKind;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.StepStatus;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.process.ui.internal.ProcessView;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyOpening;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * A trainer runs the CRM cycle on the demo agency in the workbench: the campaign wizard adds a
 * campaign with frozen members in one undoable step, the evaluation wizard evaluates the
 * finished demo campaign and its proposed goal change is accepted in the Goals view, and the
 * CRM Process view turns every step green.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CrmCycleTest {

	/** A wizard dialog a test can finish without a user. */
	private static final class Dialog extends WizardDialog {

		Dialog(IWizard wizard) {
			super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
			processEvents();
		}

		void finish() {
			finishPressed();
			processEvents();
		}
	}

	@AfterEach
	void closeAgencies() {
		for (OpenAgency agency : OpenAgencies.getDefault().getAll()) {
			OpenAgencies.getDefault().close(agency);
		}
		processEvents();
	}

	@Test
	void theCampaignWizardAddsACampaignWithFrozenMembersInOneUndoableStep() {
		OpenAgency demo = openDemo();
		int campaigns = demo.getAgency().getCampaigns().size();
		NewCampaignWizard wizard = new NewCampaignWizard(demo);
		Dialog dialog = new Dialog(wizard);
		dialog.open();
		processEvents();

		int members = wizard.getSegmentPage().memberCount();
		assertTrue(members > 0, "The demo segment has members, counted live.");
		assertFalse(wizard.getSegmentPage().guidanceText().isBlank(),
				"The segment page says how the members' tiers are best served.");
		dialog.next();
		wizard.getMixPage().fill("Two nights free on a Guilin river tour", "15%",
				"We miss you: your next trip is on us", "WeChat");
		dialog.next();
		dialog.next();
		wizard.getSchedulePage().setControlGroup(20, 42L);
		dialog.next();
		dialog.finish();

		Campaign added = wizard.getAddedCampaign();
		assertNotNull(added, "Finish adds the campaign.");
		assertEquals(campaigns + 1, demo.getAgency().getCampaigns().size(),
				"The agency has one more campaign.");
		assertEquals(members, added.getMembers().getMembers().size(),
				"The members are frozen as the segment had them.");
		assertEquals(Math.round(members * 0.2), added.getControlGroup().size(),
				"A fifth of the members are held back.");
		assertEquals(CampaignStatus.RUNNING, added.getStatus(), "The campaign is launched.");
		assertEquals(List.of("WeChat"), added.getChannels(), "The chosen channel is kept.");

		demo.getCommandStack().undo();

		assertEquals(campaigns, demo.getAgency().getCampaigns().size(),
				"One undo takes the campaign back.");
	}

	@Test
	void theFinishedDemoCampaignIsEvaluatedAndItsGoalChangeAccepted() throws Exception {
		OpenAgency demo = openDemo();
		Campaign campaign = demo.getAgency().getCampaigns().get(0);
		StrategicGoal goal = demo.getAgency().getGoals().get(0);
		int stages = goal.getStages().size();

		Evaluation evaluation = evaluate(demo, campaign);

		assertSame(evaluation, campaign.getEvaluation(), "The campaign has its evaluation.");
		assertEquals(campaign.getKpis().size(), evaluation.getMeasurements().size(),
				"Every KPI is measured.");
		assertEquals(1, evaluation.getProposedChanges().size(), "The goal change is proposed.");

		IWorkbenchPage page = page();
		PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_CAMPAIGNS,
				page.getWorkbenchWindow());
		GoalsView goals = (GoalsView) page().showView(WorkbenchIds.VIEW_GOALS);
		waitFor("the goals to be measured", () -> goals.currentValue(goal) != null);
		goals.accept(0);
		processEvents();

		assertEquals(stages + 1, goal.getStages().size(),
				"Accepting the proposed change adds a stage for the next cycle.");
		assertTrue(evaluation.getProposedChanges().get(0).isAccepted(),
				"The change is marked accepted.");
	}

	@Test
	void theTrainerButtonsScrollIntoSightInASmallWindow() throws Exception {
		openDemo();
		PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_PROCESS,
				page().getWorkbenchWindow());
		ProcessView process = (ProcessView) page().showView(WorkbenchIds.VIEW_PROCESS);
		Shell shell = page().getWorkbenchWindow().getShell();
		Point before = shell.getSize();
		try {
			shell.setSize(900, 520);
			processEvents();

			assertTrue(process.scrolls(), "In a small window the steps are taller than the view.");
			assertTrue(process.isReachable(process.getResetButton()),
					"The trainer's buttons can still be scrolled to, not cut off.");
		} finally {
			shell.setSize(before);
			processEvents();
		}
	}

	@Test
	void theProcessViewTurnsEveryStepGreen() throws Exception {
		OpenAgency demo = openDemo();
		PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_PROCESS,
				page().getWorkbenchWindow());
		ProcessView process = (ProcessView) page().showView(WorkbenchIds.VIEW_PROCESS);
		processEvents();
		assertEquals(StepStatus.NOT_STARTED, process.getStates().get(4).status(),
				"The finished demo campaign waits for its evaluation.");

		AnalysisResult tiers = Analyses.installed().find("org.travelcrm.core.analysis.valueTier")
				.run(AnalysisContext.of(demo.getAgency()), Map.of(), new NullProgressMonitor());
		AgencyEditing.execute(demo.getEditingDomain(), AddCommand.create(
				demo.getEditingDomain(), demo.getAgency(), CrmPackage.Literals.AGENCY__SNAPSHOTS,
				AnalysisSnapshots.create(tiers, DataFingerprint.of(demo.getAgency()),
						Instant.now())));
		evaluate(demo, demo.getAgency().getCampaigns().get(0));
		waitFor("every step to turn green", () -> process.getStates().stream()
				.map(StepState::status).allMatch(StepStatus.DONE::equals));

		process.openPlace(CycleStepKind.SET_GOALS);
		processEvents();
		assertNotNull(page().findView(WorkbenchIds.VIEW_GOALS),
				"The goals step opens the Goals view.");
	}

	private static Evaluation evaluate(OpenAgency agency, Campaign campaign) {
		EvaluationWizard wizard = new EvaluationWizard(agency, campaign);
		Dialog dialog = new Dialog(wizard);
		dialog.open();
		processEvents();
		dialog.next();
		wizard.getFindingsPage().fill("The win-back offer converted waverers.",
				"WeChat works better than e-mail.", 0, "15%", "Lower churn next cycle");
		dialog.finish();
		assertNotNull(wizard.getAddedEvaluation(), "Finish adds the evaluation.");
		return wizard.getAddedEvaluation();
	}

	private static OpenAgency openDemo() {
		AtomicReference<OpenAgency> opened = new AtomicReference<>();
		AgencyOpening.openDemo(opened::set);
		waitFor("the demo agency to open", () -> opened.get() != null);
		return opened.get();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < end, "Waited a minute for " + what + ".");
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		processEvents();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let layouts, paints and asynchronous updates run
		}
	}
}
