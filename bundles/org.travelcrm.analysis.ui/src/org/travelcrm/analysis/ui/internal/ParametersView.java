package org.travelcrm.analysis.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.travelcrm.analysis.ui.AnalysisCommands;
import org.travelcrm.analysis.ui.AnalysisPreferences;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisParameter;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.MigrationMatrix;
import org.travelcrm.core.analysis.WhatIf;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The parameters every analysis view runs with, kept as preferences: a valid change is stored
 * at once and the views recompute. "What if" compares the agency's saved settings with these
 * values (tier and loyalty migration) and saves them to the agency only when asked, undoably.
 */
public class ParametersView extends ViewPart {

	public static final String ID = "org.travelcrm.analysis.ui.views.parameters"; //$NON-NLS-1$

	private Label problem;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		field(parent, AnalysisPreferences.AS_OF, Messages.Parameters_asOf, this::checkDay);
		for (String name : AnalysisPreferences.PARAMETERS) {
			AnalysisParameter parameter = declared(name);
			String hint = parameter == null ? "" : parameter.defaultValue(); //$NON-NLS-1$
			Text text = field(parent, name, label(name), value -> parameter == null ? null
					: parameter.validate(value));
			text.setMessage(hint);
			if (parameter != null) {
				text.setToolTipText(parameter.description());
			}
		}
		problem = new Label(parent, SWT.WRAP);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Button whatIf = new Button(parent, SWT.PUSH);
		whatIf.setText(Messages.Parameters_whatIf);
		whatIf.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		whatIf.addListener(SWT.Selection, event -> whatIf());
	}

	@Override
	public void setFocus() {
		problem.getParent().setFocus();
	}

	private interface Check {
		/** A message saying what is wrong, or {@code null}. */
		String problem(String value);
	}

	private Text field(Composite parent, String key, String label, Check check) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(AnalysisPreferences.get(key));
		text.addListener(SWT.Modify, event -> {
			String value = text.getText().trim();
			String wrong = value.isEmpty() ? null : check.problem(value);
			problem.setText(wrong == null ? "" : NLS.bind(Messages.Parameters_invalid, label, //$NON-NLS-1$
					wrong));
			if (wrong == null && !value.equals(AnalysisPreferences.get(key))) {
				AnalysisPreferences.set(key, value);
			}
		});
		return text;
	}

	private String checkDay(String value) {
		try {
			LocalDate.parse(value);
			return null;
		} catch (DateTimeParseException e) {
			return Messages.Parameters_dayFormat;
		}
	}

	private static AnalysisParameter declared(String name) {
		for (AnalysisDescriptor descriptor : Analyses.installed().analyses()) {
			AnalysisParameter parameter = descriptor.parameter(name);
			if (parameter != null) {
				return parameter;
			}
		}
		return null;
	}

	private static String label(String name) {
		return switch (name) {
		case "activityWindowDays" -> Messages.Parameters_activityWindow; //$NON-NLS-1$
		case "newWindowDays" -> Messages.Parameters_newWindow; //$NON-NLS-1$
		case "lookbackDays" -> Messages.Parameters_lookback; //$NON-NLS-1$
		case "tierPolicy" -> Messages.Parameters_tierPolicy; //$NON-NLS-1$
		case "tierShares" -> Messages.Parameters_tierShares; //$NON-NLS-1$
		case "abcShares" -> Messages.Parameters_abcShares; //$NON-NLS-1$
		case "period" -> Messages.Parameters_period; //$NON-NLS-1$
		default -> name;
		};
	}

	/** Computes both migrations in a job, then offers to save the parameters to the agency. */
	private void whatIf() {
		List<OpenAgency> all = OpenAgencies.getDefault().getAll();
		if (all.isEmpty()) {
			return;
		}
		OpenAgency agency = all.get(all.size() - 1);
		Map<String, String> proposed = AnalysisPreferences.parameters();
		LocalDate asOf = AnalysisPreferences.asOf();
		Job job = Job.create(Messages.Parameters_whatIfJob, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Parameters_whatIfJob, 2);
			try {
				AnalysisContext context = asOf == null ? AnalysisContext.of(agency.getAgency())
						: AnalysisContext.of(agency.getAgency(), asOf);
				MigrationMatrix tiers = WhatIf.tiers(context, Map.of(), proposed,
						progress.split(1));
				MigrationMatrix loyalty = WhatIf.loyalty(context, Map.of(), proposed,
						progress.split(1));
				problem.getDisplay().asyncExec(() -> offer(agency, proposed, tiers, loyalty));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IllegalArgumentException e) {
				problem.getDisplay().asyncExec(() -> problem.setText(e.getMessage()));
			} catch (RuntimeException e) {
				ILog.of(ParametersView.class).error(Messages.Parameters_whatIfJob, e);
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void offer(OpenAgency agency, Map<String, String> proposed, MigrationMatrix tiers,
			MigrationMatrix loyalty) {
		if (problem.isDisposed() || agency.isClosed()) {
			return;
		}
		String text = NLS.bind(Messages.Parameters_whatIfSummary, new Object[] { tiers.moved(),
				matrixText(tiers), loyalty.moved(), matrixText(loyalty) });
		MessageDialog dialog = new MessageDialog(getSite().getShell(),
				Messages.Parameters_whatIfTitle, null, text, MessageDialog.QUESTION,
				new String[] { Messages.Parameters_apply, IDialogConstants.CLOSE_LABEL }, 1);
		if (dialog.open() == 0) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : AnalysisPreferences.PARAMETERS) {
				values.put(name, proposed.get(name));
			}
			agency.getEditingDomain().getCommandStack().execute(AnalysisCommands.applySettings(
					agency.getEditingDomain(), agency.getAgency(), values));
		}
	}

	/** The matrix as lines of "from → to: count" for the moves only. */
	static String matrixText(MigrationMatrix matrix) {
		StringBuilder text = new StringBuilder();
		for (String from : matrix.classes()) {
			for (String to : matrix.classes()) {
				long count = matrix.count(from, to);
				if (!from.equals(to) && count > 0) {
					text.append(NLS.bind(Messages.Parameters_move, new Object[] { from, to,
							count })).append('\n');
				}
			}
		}
		return text.isEmpty() ? Messages.Parameters_noMoves : text.toString();
	}
}
