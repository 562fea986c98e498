package org.travelcrm.analysis.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.travelcrm.analysis.ui.AnalysisCommands;
import org.travelcrm.analysis.ui.AnalysisPreferences;
import org.travelcrm.analysis.ui.model.ViewKind;
import org.travelcrm.analysis.ui.model.ViewModel;
import org.travelcrm.analysis.ui.model.ViewModel.HeatColour;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * A chart over a table of one analysis of the active agency. Recomputes in a job, a moment
 * after the agency or the analysis parameters change; the last job is cancelled when a newer
 * one starts, and only the newest result reaches the view. A double-click on a bar, point, cell
 * or row makes a segment of the customers behind it and opens the customer list.
 * <p>
 * The extension's class names the kind after a colon, for example
 * {@code AnalysisView:pyramid}; without one it is the generic view for any analysis.
 */
public class AnalysisView extends ViewPart implements IExecutableExtension {

	/** How long the agency must be still before the view recomputes, in milliseconds. */
	static final int DEBOUNCE_MILLIS = 300;

	private ViewKind kind = ViewKind.GENERIC;
	private final AtomicInteger generation = new AtomicInteger();
	private Job running;

	private OpenAgency agency;
	private String analysisId;
	private String tableName;
	private String seriesName;
	private HeatColour heatColour = HeatColour.COUNT;
	private ViewModel model;

	private Combo analysisChoice;
	private Combo tableChoice;
	private Combo seriesChoice;
	private Combo heatChoice;
	private Label status;
	private ChartPane chart;
	private TableViewer table;

	private final CommandStackListener stackListener = event -> Display.getDefault()
			.asyncExec(() -> schedule(DEBOUNCE_MILLIS));
	private final IPreferenceChangeListener preferenceListener = event -> Display.getDefault()
			.asyncExec(() -> schedule(DEBOUNCE_MILLIS));
	private final OpenAgencies.Listener agencies = new OpenAgencies.Listener() {
		@Override
		public void opened(OpenAgency opened) {
			follow(opened);
		}

		@Override
		public void closed(OpenAgency closed) {
			if (closed == agency) {
				List<OpenAgency> all = OpenAgencies.getDefault().getAll();
				follow(all.isEmpty() ? null : all.get(all.size() - 1));
			}
		}
	};
	private final ISelectionListener selectionListener = this::selectionChanged;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName,
			Object data) {
		super.setInitializationData(config, propertyName, data);
		if (data instanceof String key) {
			kind = ViewKind.ofKey(key);
		}
		analysisId = kind.analysisId();
		tableName = kind.firstTable();
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		createChoices(parent);
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart = new ChartPane(sash);
		chart.onClick(this::chartClicked);
		table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
				| SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(event -> openCustomersOfRow(
				table.getTable().getSelectionIndex()));
		sash.setWeights(3, 2);
		createActions();
		OpenAgencies.getDefault().addListener(agencies);
		AnalysisPreferences.addListener(preferenceListener);
		getSite().getPage().addPostSelectionListener(selectionListener);
		List<OpenAgency> all = OpenAgencies.getDefault().getAll();
		follow(all.isEmpty() ? null : all.get(all.size() - 1));
	}

	/** What the view shows now, or {@code null} before the first result. */
	public ViewModel getModel() {
		return model;
	}

	public ViewKind getKind() {
		return kind;
	}

	/** The agency the view follows, or {@code null}. */
	public OpenAgency getAgency() {
		return agency;
	}

	/** Whether a computation is waiting or running. */
	public boolean isComputing() {
		Job job = running;
		return job != null && job.getState() != Job.NONE;
	}

	/** Shows another table of the result (and, in the generic view, another analysis). */
	public void showTable(String name) {
		tableName = name;
		rebuild();
	}

	/** Makes a segment of the customers behind a table row and opens the customer list. */
	public void openCustomersOfRow(int row) {
		if (model == null || model.table() == null || row < 0) {
			return;
		}
		List<Object> values = model.table().rows().get(row);
		openSegment(String.valueOf(values.get(0)), model.customersOfRow(row));
	}

	/** Makes a segment of the customers behind a chart category (or heat map cell). */
	public void openCustomersOfChart(int category, int heatRow) {
		chartClicked(category, heatRow);
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		generation.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
		getSite().getPage().removePostSelectionListener(selectionListener);
		AnalysisPreferences.removeListener(preferenceListener);
		OpenAgencies.getDefault().removeListener(agencies);
		if (agency != null) {
			agency.removeCommandStackListener(stackListener);
		}
		super.dispose();
	}

	private void createChoices(Composite parent) {
		Composite choices = new Composite(parent, SWT.NONE);
		choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(0, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		choices.setLayout(layout);
		if (kind == ViewKind.GENERIC) {
			analysisChoice = combo(choices);
			List<AnalysisDescriptor> all = Analyses.installed().analyses();
			for (AnalysisDescriptor descriptor : all) {
				analysisChoice.add(descriptor.name());
			}
			if (!all.isEmpty()) {
				analysisChoice.select(0);
				analysisId = all.get(0).id();
			}
			analysisChoice.addListener(SWT.Selection, event -> {
				analysisId = all.get(analysisChoice.getSelectionIndex()).id();
				tableName = null;
				seriesName = null;
				schedule(0);
			});
			seriesChoice = combo(choices);
			seriesChoice.addListener(SWT.Selection, event -> {
				seriesName = model.seriesNames().get(seriesChoice.getSelectionIndex());
				rebuild();
			});
		}
		tableChoice = combo(choices);
		tableChoice.addListener(SWT.Selection, event -> showTable(
				model.tableNames().get(tableChoice.getSelectionIndex())));
		if (kind == ViewKind.RFM) {
			heatChoice = combo(choices);
			heatChoice.setItems(Messages.AnalysisView_heatCount, Messages.AnalysisView_heatMonetary);
			heatChoice.select(0);
			heatChoice.addListener(SWT.Selection, event -> {
				heatColour = HeatColour.values()[heatChoice.getSelectionIndex()];
				rebuild();
			});
		}
	}

	private static Combo combo(Composite parent) {
		((GridLayout) parent.getLayout()).numColumns++;
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	private void createActions() {
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(action(Messages.AnalysisView_refresh, () -> schedule(0)));
		menu.add(action(Messages.AnalysisView_openCustomers, () -> openCustomersOfRow(
				table.getTable().getSelectionIndex())));
		menu.add(action(Messages.AnalysisView_exportCsv, this::exportCsv));
		menu.add(action(Messages.AnalysisView_exportPng, this::exportPng));
		menu.add(action(Messages.AnalysisView_saveSnapshot, this::saveSnapshot));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured)
				|| structured.isEmpty()) {
			return;
		}
		EObject object = Adapters.adapt(structured.getFirstElement(), EObject.class);
		OpenAgency selected = object == null ? null : OpenAgencies.getDefault().find(object);
		if (selected != null && selected != agency) {
			follow(selected);
		}
	}

	private void follow(OpenAgency next) {
		if (agency != null) {
			agency.removeCommandStackListener(stackListener);
		}
		agency = next;
		if (agency != null) {
			agency.addCommandStackListener(stackListener);
			setContentDescription(agency.getLabel());
		} else {
			setContentDescription(Messages.AnalysisView_noAgency);
		}
		schedule(0);
	}

	/** Starts a computation after a pause, cancelling the one before. */
	private void schedule(int delay) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		if (running != null) {
			running.cancel();
		}
		int ticket = generation.incrementAndGet();
		AnalysisDescriptor descriptor = analysisId == null ? null
				: Analyses.installed().find(analysisId);
		if (agency == null || agency.isClosed() || descriptor == null) {
			model = null;
			table.setInput(List.of());
			status.setText(agency == null ? Messages.AnalysisView_noAgency
					: NLS.bind(Messages.AnalysisView_notInstalled, analysisId));
			return;
		}
		running = new Recompute(descriptor, agency, AnalysisPreferences.asOf(),
				AnalysisPreferences.parametersFor(descriptor), ticket);
		running.setUser(false);
		IWorkbenchSiteProgressService progress = getSite()
				.getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(running, delay, true);
		} else {
			running.schedule(delay);
		}
	}

	private final class Recompute extends Job {

		private final AnalysisDescriptor descriptor;
		private final OpenAgency open;
		private final LocalDate asOf;
		private final Map<String, String> parameters;
		private final int ticket;

		Recompute(AnalysisDescriptor descriptor, OpenAgency open, LocalDate asOf,
				Map<String, String> parameters, int ticket) {
			super(NLS.bind(Messages.AnalysisView_jobName, descriptor.name()));
			this.descriptor = descriptor;
			this.open = open;
			this.asOf = asOf;
			this.parameters = parameters;
			this.ticket = ticket;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
			try {
				AnalysisContext context = asOf == null ? AnalysisContext.of(open.getAgency())
						: AnalysisContext.of(open.getAgency(), asOf);
				AnalysisResult result = descriptor.run(context, parameters, progress.split(1));
				progress.split(1);
				hand(() -> show(result));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (CoreException e) {
				ILog.of(AnalysisView.class).log(e.getStatus());
				hand(() -> status.setText(NLS.bind(Messages.AnalysisView_failed,
						e.getStatus().getMessage())));
				return Status.OK_STATUS;
			} catch (ConcurrentModificationException e) {
				hand(() -> schedule(DEBOUNCE_MILLIS));
				return Status.OK_STATUS;
			} catch (IllegalArgumentException e) {
				hand(() -> status.setText(NLS.bind(Messages.AnalysisView_badParameters,
						e.getMessage())));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				ILog.of(AnalysisView.class).error(getName(), e);
				hand(() -> status.setText(NLS.bind(Messages.AnalysisView_failed,
						e.getMessage())));
				return Status.OK_STATUS;
			}
		}

		private void hand(Runnable update) {
			Display display = table.getControl().getDisplay();
			display.asyncExec(() -> {
				if (ticket == generation.get() && !table.getControl().isDisposed()) {
					update.run();
				}
			});
		}
	}

	private void show(AnalysisResult result) {
		model = ViewModel.of(kind, result, tableName, seriesName, heatColour);
		status.setText(NLS.bind(Messages.AnalysisView_asOf, result.asOf()));
		refreshWidgets();
	}

	private void rebuild() {
		if (model != null) {
			model = ViewModel.of(kind, model.result(), tableName, seriesName, heatColour);
			refreshWidgets();
		}
	}

	private void refreshWidgets() {
		ResultTable shown = model.table();
		fillChoice(tableChoice, model.tableNames(), shown == null ? null : shown.name(),
				model.result());
		if (seriesChoice != null) {
			seriesChoice.setItems(model.result().series().stream().map(s -> s.label())
					.toArray(String[]::new));
			if (model.series() != null) {
				seriesChoice.select(model.seriesNames().indexOf(model.series().name()));
			}
		}
		chart.show(model.chart());
		showTableRows(shown);
		chart.getParent().getParent().layout(true, true);
	}

	private static void fillChoice(Combo choice, List<String> names, String selected,
			AnalysisResult result) {
		String[] labels = names.stream().map(name -> result.table(name).label())
				.toArray(String[]::new);
		choice.setItems(labels);
		choice.select(Math.max(0, names.indexOf(selected)));
		choice.setVisible(names.size() > 1);
		((GridData) choice.getLayoutData()).exclude = names.size() <= 1;
	}

	private void showTableRows(ResultTable shown) {
		Table widget = table.getTable();
		widget.setRedraw(false);
		try {
			for (TableColumn column : widget.getColumns()) {
				column.dispose();
			}
			if (shown == null) {
				table.setInput(List.of());
				return;
			}
			List<Column> columns = shown.columns();
			for (int i = 0; i < columns.size(); i++) {
				int index = i;
				Column column = columns.get(i);
				TableViewerColumn viewerColumn = new TableViewerColumn(table, alignment(column));
				viewerColumn.getColumn().setText(column.label());
				viewerColumn.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return ViewModel.cellText(((List<?>) element).get(index), column);
					}
				});
			}
			table.setInput(shown.rows());
			for (TableColumn column : widget.getColumns()) {
				column.pack();
			}
		} finally {
			widget.setRedraw(true);
		}
	}

	private static int alignment(Column column) {
		return switch (column.type()) {
		case INTEGER, DECIMAL -> SWT.RIGHT;
		default -> SWT.LEFT;
		};
	}

	private void chartClicked(int category, int heatRow) {
		if (model == null) {
			return;
		}
		List<String> ids = heatRow >= 0 ? model.customersOfCell(heatRow, category)
				: model.customersOfCategory(category);
		String label = heatRow >= 0 ? model.chart().lines().get(heatRow).label() + " " //$NON-NLS-1$
				+ model.chart().categories().get(category)
				: model.chart().categories().get(category);
		if (heatRow < 0 && model.table() != null && category < model.table().rows().size()) {
			table.setSelection(new StructuredSelection(model.table().rows().get(category)));
		}
		openSegment(label, ids);
	}

	private void openSegment(String label, List<String> ids) {
		if (ids.isEmpty()) {
			status.setText(Messages.AnalysisView_noCustomers);
			return;
		}
		String name = NLS.bind(Messages.AnalysisView_segmentName, getPartName(), label);
		Command command = AnalysisCommands.addSegment(agency.getEditingDomain(),
				agency.getAgency(), name, NLS.bind(Messages.AnalysisView_segmentDescription,
						ids.size(), model.result().asOf()), model.result(), ids);
		agency.getEditingDomain().getCommandStack().execute(command);
		status.setText(NLS.bind(Messages.AnalysisView_segmentCreated, name, ids.size()));
		OpenAgencies.getDefault().openCustomerList(agency);
	}

	private void exportCsv() {
		if (model == null || model.table() == null) {
			return;
		}
		String file = askFile(model.table().name() + ".csv", "*.csv"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file == null) {
			return;
		}
		try {
			Files.writeString(Path.of(file), TableCsv.write(model.table()),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.AnalysisView_exportFailed,
					NLS.bind(Messages.AnalysisView_exportFailedDetail, file, e.getMessage()));
		}
	}

	private void exportPng() {
		if (model == null) {
			return;
		}
		String file = askFile(kind.key() + ".png", "*.png"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file == null) {
			return;
		}
		Image image = chart.snapshot();
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file, SWT.IMAGE_PNG);
		} catch (SWTException e) {
			MessageDialog.openError(getSite().getShell(), Messages.AnalysisView_exportFailed,
					NLS.bind(Messages.AnalysisView_exportFailedDetail, file, e.getMessage()));
		} finally {
			image.dispose();
		}
	}

	private void saveSnapshot() {
		if (model == null || agency == null) {
			return;
		}
		agency.getEditingDomain().getCommandStack().execute(AnalysisCommands.addSnapshot(
				agency.getEditingDomain(), agency.getAgency(), model.result()));
		status.setText(Messages.AnalysisView_snapshotSaved);
	}

	private String askFile(String name, String extension) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFileName(name);
		dialog.setFilterExtensions(extension);
		dialog.setOverwrite(true);
		return dialog.open();
	}

	/** The message line above the chart, as the user reads it. */
	public String getStatusText() {
		return status.getText();
	}
}
