package org.travelcrm.process.ui.internal;

import org.travelcrm.model.CycleStepKind;
import org.travelcrm.model.StepStatus;

/** The words for each step of the cycle: its title, its button and the trainer's guide. */
final class Steps {

	private Steps() {
	}

	static String title(CycleStepKind step) {
		return switch (step) {
			case SET_GOALS -> Messages.Step_goals;
			case ORGANISE_DATA -> Messages.Step_data;
			case ANALYSE -> Messages.Step_analyse;
			case MARKET -> Messages.Step_market;
			case EVALUATE -> Messages.Step_evaluate;
		};
	}

	static String action(CycleStepKind step) {
		return switch (step) {
			case SET_GOALS -> Messages.Action_goals;
			case ORGANISE_DATA -> Messages.Action_data;
			case ANALYSE -> Messages.Action_analyse;
			case MARKET -> Messages.Action_market;
			case EVALUATE -> Messages.Action_evaluate;
		};
	}

	static String guide(CycleStepKind step) {
		return switch (step) {
			case SET_GOALS -> Messages.Guide_goals;
			case ORGANISE_DATA -> Messages.Guide_data;
			case ANALYSE -> Messages.Guide_analyse;
			case MARKET -> Messages.Guide_market;
			case EVALUATE -> Messages.Guide_evaluate;
		};
	}

	static String status(StepStatus status) {
		return switch (status) {
			case DONE -> Messages.Status_done;
			case IN_PROGRESS -> Messages.Status_inProgress;
			case NOT_STARTED -> Messages.Status_notStarted;
		};
	}
}
