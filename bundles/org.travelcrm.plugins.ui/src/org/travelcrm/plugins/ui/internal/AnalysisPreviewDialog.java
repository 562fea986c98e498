package org.travelcrm.plugins.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.core.demo.DemoAgency;

/**
 * Shows the tables of an installed analysis run on the demo agency with its default
 * parameters, so that a team sees a new plug-in work right after installing it. A broken
 * analysis is reported with its id instead.
 */
final class AnalysisPreviewDialog extends Dialog {

	private final AnalysisDescriptor descriptor;
	private Composite area;
	private Label status;

	AnalysisPreviewDialog(Shell parent, AnalysisDescriptor descriptor) {
		super(parent);
		this.descriptor = descriptor;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Preview_title, descriptor.name()));
		shell.setSize(1200, 560);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label description = new Label(area, SWT.WRAP);
		description.setText(descriptor.description());
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 1100;
		description.setLayoutData(wide);
		status = new Label(area, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText(Messages.Preview_running);
		compute();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void compute() {
		Job job = Job.create(NLS.bind(Messages.Preview_title, descriptor.name()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 10);
			try {
				AnalysisContext context = AnalysisContext.of(DemoAgency.create(progress.split(5)));
				AnalysisResult result = descriptor.run(context, Map.of(), progress.split(5));
				show(() -> tables(result));
			} catch (CoreException | RuntimeException e) {
				show(() -> status.setText(NLS.bind(Messages.Preview_broken, descriptor.id(),
						e.getMessage())));
				return new Status(IStatus.WARNING, descriptor.contributorId(),
						NLS.bind(Messages.Preview_broken, descriptor.id(), e.getMessage()), e);
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void show(Runnable update) {
		if (area.isDisposed()) {
			return;
		}
		area.getDisplay().asyncExec(() -> {
			if (!area.isDisposed()) {
				update.run();
				area.layout(true, true);
			}
		});
	}

	private void tables(AnalysisResult result) {
		status.setText(NLS.bind(Messages.Preview_asOf, result.asOf(), result.parameters()));
		CTabFolder folder = new CTabFolder(area, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (ResultTable each : result.tables()) {
			CTabItem tab = new CTabItem(folder, SWT.NONE);
			tab.setText(each.label());
			tab.setControl(table(folder, each));
		}
		if (folder.getItemCount() > 0) {
			folder.setSelection(0);
		}
	}

	private static Table table(Composite parent, ResultTable result) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL
				| SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		List<Column> columns = result.columns();
		for (Column column : columns) {
			TableColumn widget = new TableColumn(table, column.type().javaType() == String.class
					? SWT.LEFT : SWT.RIGHT);
			widget.setText(column.label());
		}
		for (List<Object> row : result.rows()) {
			String[] cells = new String[row.size()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cell(row.get(i));
			}
			new TableItem(table, SWT.NONE).setText(cells);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return table;
	}

	/** A value as read: decimals rounded half-up to two places, nothing for no value. */
	private static String cell(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.setScale(2, RoundingMode.HALF_UP).toPlainString();
		}
		return value.toString();
	}
}
