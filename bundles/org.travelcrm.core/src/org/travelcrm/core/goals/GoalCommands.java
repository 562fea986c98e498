package org.travelcrm.core.goals;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.StrategicGoal;

/**
 * Commands on goals, each one undoable step: accepting a goal change an evaluation proposed
 * for the next cycle.
 */
public final class GoalCommands {

	private GoalCommands() {
	}

	/** The proposed goal changes of every evaluation that are not accepted yet. */
	public static List<GoalChange> openChanges(Agency agency) {
		return agency.getEvaluations().stream()
				.map(Evaluation::getProposedChanges)
				.flatMap(List::stream)
				.filter(change -> !change.isAccepted())
				.toList();
	}

	/**
	 * Accepts a proposed change: a new stage (target value and deadline) for the goal it names,
	 * or a new goal with that stage when it names none; the change is marked accepted.
	 */
	public static Command accept(EditingDomain domain, Agency agency, GoalChange change) {
		CrmPackage crm = CrmPackage.eINSTANCE;
		CompoundCommand command = new CompoundCommand(Messages.GoalCommands_accept);
		GoalStage stage = CrmFactory.eINSTANCE.createGoalStage();
		stage.setTargetValue(change.getTargetValue());
		stage.setDeadline(change.getDeadline());
		stage.setNote(change.getRationale());
		StrategicGoal goal = change.getGoal();
		if (goal == null) {
			StrategicGoal created = CrmFactory.eINSTANCE.createStrategicGoal();
			created.setName(Messages.GoalCommands_newGoal);
			created.setMetric(change.getMetric());
			created.setDirection(change.getDirection());
			created.getStages().add(stage);
			command.append(AddCommand.create(domain, agency, crm.getAgency_Goals(), created));
		} else {
			command.append(AddCommand.create(domain, goal, crm.getStrategicGoal_Stages(), stage));
		}
		command.append(SetCommand.create(domain, change, crm.getGoalChange_Accepted(),
				Boolean.TRUE));
		return command;
	}
}
