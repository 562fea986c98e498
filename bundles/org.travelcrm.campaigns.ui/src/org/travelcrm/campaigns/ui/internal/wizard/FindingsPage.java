package org.travelcrm.campaigns.ui.internal.wizard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.campaigns.ui.internal.Format;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.StrategicGoal;

/**
 * What was learned: findings, lessons, and goal changes proposed for the next cycle (a new
 * stage with target and deadline for one of the agency's goals).
 */
public class FindingsPage extends WizardPage {

	private final Agency agency;
	private final java.util.List<GoalChange> changes = new ArrayList<>();
	private Text findings;
	private Text lessons;
	private Combo goal;
	private Text target;
	private Text deadline;
	private Text rationale;
	private List proposed;

	FindingsPage(Agency agency) {
		super("findings"); //$NON-NLS-1$
		this.agency = agency;
		setTitle(Messages.FindingsPage_title);
		setDescription(Messages.FindingsPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		findings = area(page, Messages.FindingsPage_findings);
		lessons = area(page, Messages.FindingsPage_lessons);
		Group change = new Group(page, SWT.NONE);
		change.setText(Messages.FindingsPage_proposeChange);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(change);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(change);
		MixPage.label(change, Messages.FindingsPage_goal);
		goal = new Combo(change, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(goal);
		for (StrategicGoal each : agency.getGoals()) {
			goal.add(each.getName() + " (" + Format.metricName(each.getMetric()) + ')'); //$NON-NLS-1$
		}
		if (goal.getItemCount() > 0) {
			goal.select(0);
		}
		target = MixPage.field(change, Messages.FindingsPage_target);
		deadline = MixPage.field(change, Messages.FindingsPage_deadline);
		deadline.setText(LocalDate.now().plusMonths(6).toString());
		rationale = MixPage.field(change, Messages.FindingsPage_rationale);
		Button add = new Button(change, SWT.PUSH);
		add.setText(Messages.FindingsPage_add);
		proposed = new List(change, SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 50).applyTo(proposed);
		add.addListener(SWT.Selection, event -> propose());
		setControl(page);
	}

	/** Records findings and lessons and proposes a change of a goal, as a user typing does. */
	public void fill(String found, String learned, int goalIndex, String targetText,
			String rationaleText) {
		findings.setText(found);
		lessons.setText(learned);
		goal.select(goalIndex);
		target.setText(targetText);
		rationale.setText(rationaleText);
		propose();
	}

	/** The goal changes proposed so far. */
	public java.util.List<GoalChange> proposedChanges() {
		return java.util.List.copyOf(changes);
	}

	void applyTo(Evaluation evaluation) {
		evaluation.setFindings(findings.getText().trim());
		evaluation.setLessons(lessons.getText().trim());
		evaluation.getProposedChanges().addAll(changes);
	}

	private void propose() {
		int index = goal.getSelectionIndex();
		if (index < 0) {
			setErrorMessage(Messages.FindingsPage_noGoal);
			return;
		}
		StrategicGoal chosen = agency.getGoals().get(index);
		BigDecimal value = Format.parse(chosen.getMetric(), target.getText());
		LocalDate day;
		try {
			day = LocalDate.parse(deadline.getText().trim());
		} catch (DateTimeParseException e) {
			setErrorMessage(Messages.SchedulePage_badDate);
			return;
		}
		if (value == null) {
			setErrorMessage(Messages.KpiPage_badTarget);
			return;
		}
		setErrorMessage(null);
		GoalChange change = CrmFactory.eINSTANCE.createGoalChange();
		change.setGoal(chosen);
		change.setMetric(chosen.getMetric());
		change.setDirection(chosen.getDirection());
		change.setTargetValue(value);
		change.setDeadline(day);
		change.setRationale(rationale.getText().trim());
		changes.add(change);
		proposed.add(chosen.getName() + ": " + Format.directionName(chosen.getDirection()) //$NON-NLS-1$
				+ ' ' + Format.metric(chosen.getMetric(), value) + ", " + Format.date(day)); //$NON-NLS-1$
		target.setText(""); //$NON-NLS-1$
	}

	private static Text area(Composite parent, String label) {
		MixPage.label(parent, label);
		Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 55).applyTo(text);
		return text;
	}
}
