package org.travelcrm.campaigns.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.travelcrm.campaigns.ui.AgencyTracker;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.core.goals.GoalCommands;
import org.travelcrm.core.goals.GoalProgress;
import org.travelcrm.model.Agency;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The goals editor (step 1 of the cycle): each goal's stages with target value and deadline,
 * the metric's current value computed live from the analyses, and the goal changes proposed by
 * evaluations, which Accept adopts for the next cycle as one undoable command.
 */
public class GoalsView extends ViewPart {

	private AgencyTracker tracker;
	private Table stages;
	private Table changes;
	private Button accept;
	private final List<GoalStage> rows = new ArrayList<>();
	private final List<GoalChange> open = new ArrayList<>();
	private Map<StrategicGoal, BigDecimal> current = Map.of();
	private Job measuring;

	@Override
	public void createPartControl(Composite parent) {
		Composite view = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(view);
		stages = table(view, Messages.GoalsView_goal, Messages.GoalsView_metric,
				Messages.GoalsView_target, Messages.GoalsView_deadline, Messages.GoalsView_current,
				Messages.GoalsView_reached);
		Label proposed = new Label(view, SWT.NONE);
		proposed.setText(Messages.GoalsView_proposed);
		changes = table(view, Messages.GoalsView_goal, Messages.GoalsView_metric,
				Messages.GoalsView_target, Messages.GoalsView_deadline,
				Messages.GoalsView_rationale);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(changes);
		accept = new Button(view, SWT.PUSH);
		accept.setText(Messages.GoalsView_accept);
		accept.addListener(SWT.Selection, event -> acceptSelected());
		changes.addListener(SWT.Selection, event -> accept.setEnabled(
				changes.getSelectionIndex() >= 0));
		tracker = new AgencyTracker(this::refresh);
		refresh();
	}

	/** The current value shown for a goal, for tests; {@code null} while unknown. */
	public BigDecimal currentValue(StrategicGoal goal) {
		return current.get(goal);
	}

	/** The table of stages, for tests. */
	public Table getStages() {
		return stages;
	}

	/** Accepts the proposed change in a row, as the Accept button does. */
	public void accept(int row) {
		changes.setSelection(row);
		acceptSelected();
	}

	/** Whether the current values are being computed. */
	public boolean isMeasuring() {
		return measuring != null && measuring.getState() != Job.NONE;
	}

	@Override
	public void setFocus() {
		stages.setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}

	private void refresh() {
		if (stages.isDisposed()) {
			return;
		}
		OpenAgency agency = tracker.current();
		setContentDescription(agency == null ? Messages.Actions_noAgency : agency.getLabel());
		rows.clear();
		open.clear();
		if (agency != null) {
			agency.getAgency().getGoals().forEach(goal -> rows.addAll(goal.getStages()));
			open.addAll(GoalCommands.openChanges(agency.getAgency()));
			measure(agency.getAgency());
		}
		fill();
	}

	private void fill() {
		stages.removeAll();
		for (GoalStage stage : rows) {
			StrategicGoal goal = (StrategicGoal) stage.eContainer();
			BigDecimal value = current.get(goal);
			new TableItem(stages, SWT.NONE).setText(new String[] { goal.getName(),
				Format.metricName(goal.getMetric()) + qualifier(goal),
				Format.directionName(goal.getDirection()) + ' '
						+ Format.metric(goal.getMetric(), stage.getTargetValue()),
				Format.date(stage.getDeadline()), Format.metric(goal.getMetric(), value),
				value == null ? "" : GoalProgress.reached(goal, stage, value) //$NON-NLS-1$
						? Messages.GoalsView_yes : Messages.GoalsView_no });
		}
		changes.removeAll();
		for (GoalChange change : open) {
			new TableItem(changes, SWT.NONE).setText(new String[] {
				change.getGoal() == null ? Messages.GoalsView_newGoal : change.getGoal().getName(),
				Format.metricName(change.getMetric()),
				Format.directionName(change.getDirection()) + ' '
						+ Format.metric(change.getMetric(), change.getTargetValue()),
				Format.date(change.getDeadline()),
				change.getRationale() == null ? "" : change.getRationale() }); //$NON-NLS-1$
		}
		accept.setEnabled(changes.getSelectionIndex() >= 0);
	}

	private void measure(Agency agency) {
		if (measuring != null) {
			measuring.cancel();
		}
		List<StrategicGoal> goals = List.copyOf(agency.getGoals());
		Display display = stages.getDisplay();
		measuring = new Job(Messages.GoalsView_measuring) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, getName(), goals.size() + 1);
				GoalProgress goalProgress = new GoalProgress(AnalysisContext.of(agency),
						Analyses.installed());
				Map<StrategicGoal, BigDecimal> values = new HashMap<>();
				try {
					for (StrategicGoal goal : goals) {
						BigDecimal value = goalProgress.current(goal, progress.split(1));
						if (value != null) {
							values.put(goal, value);
						}
					}
				} catch (CoreException e) {
					return e.getStatus();
				}
				display.asyncExec(() -> {
					if (!stages.isDisposed()) {
						current = values;
						fill();
					}
				});
				return Status.OK_STATUS;
			}
		};
		measuring.setSystem(true);
		measuring.schedule();
	}

	private void acceptSelected() {
		int index = changes.getSelectionIndex();
		OpenAgency agency = tracker.current();
		if (index < 0 || index >= open.size() || agency == null) {
			return;
		}
		AgencyEditing.execute(agency.getEditingDomain(), GoalCommands.accept(
				agency.getEditingDomain(), agency.getAgency(), open.get(index)));
	}

	private static String qualifier(StrategicGoal goal) {
		return goal.getQualifier() == null || goal.getQualifier().isBlank() ? "" //$NON-NLS-1$
				: NLS.bind(Messages.GoalsView_qualifier, goal.getQualifier());
	}

	private static Table table(Composite parent, String... headings) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (String heading : headings) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(heading);
			column.setWidth(120);
		}
		return table;
	}
}
