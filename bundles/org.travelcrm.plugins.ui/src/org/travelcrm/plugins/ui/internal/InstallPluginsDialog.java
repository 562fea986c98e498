package org.travelcrm.plugins.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.plugins.FeatureInfo;
import org.travelcrm.plugins.PluginException;
import org.travelcrm.plugins.PluginInstaller;
import org.travelcrm.plugins.RepositoryLocation;
import org.travelcrm.plugins.UnsignedContentException;
import org.travelcrm.plugins.UnsignedContentPolicy;

/**
 * Installs and removes analysis plug-ins: takes a p2 repository (folder, zip or address),
 * lists its features with versions, installs the checked ones through p2 after confirming
 * unsigned content, removes installed ones, and offers a restart after a change. It also
 * lists the analyses running now and previews one on the demo agency.
 * <p>
 * Reading and installing run as jobs; the dialog stays responsive and shows what happens.
 */
final class InstallPluginsDialog extends Dialog {

	private Text repository;
	private Table available;
	private Table installed;
	private Table analyses;
	private Label status;
	private final List<Button> actions = new ArrayList<>();

	InstallPluginsDialog(Shell parent) {
		super(parent);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Dialog_title);
		shell.setSize(900, 720);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(4, false));

		new Label(area, SWT.NONE).setText(Messages.Dialog_repository);
		repository = new Text(area, SWT.BORDER);
		repository.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		repository.setMessage(Messages.Dialog_repositoryHint);
		button(area, Messages.Dialog_folder, this::chooseFolder);
		button(area, Messages.Dialog_zip, this::chooseZip);

		available = section(area, Messages.Dialog_available, SWT.CHECK, Messages.Column_feature,
				Messages.Column_version, Messages.Column_name);
		Composite availableButtons = buttonRow(area);
		actions.add(button(availableButtons, Messages.Dialog_show, this::showRepository));
		actions.add(button(availableButtons, Messages.Dialog_install, this::install));

		installed = section(area, Messages.Dialog_installed, SWT.NONE, Messages.Column_feature,
				Messages.Column_version, Messages.Column_name);
		actions.add(button(buttonRow(area), Messages.Dialog_uninstall, this::uninstall));

		analyses = section(area, Messages.Dialog_analyses, SWT.NONE, Messages.Column_analysis,
				Messages.Column_category, Messages.Column_plugin);
		actions.add(button(buttonRow(area), Messages.Dialog_preview, this::preview));

		status = new Label(area, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		refreshInstalled();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
		super.buttonPressed(buttonId);
	}

	private Table section(Composite area, String title, int style, String... columns) {
		Label label = new Label(area, SWT.NONE);
		label.setText(title);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | style);
		table.setHeaderVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		data.heightHint = 90;
		table.setLayoutData(data);
		int[] widths = { 300, 180, 300 };
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(columns[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	private static Composite buttonRow(Composite area) {
		Composite row = new Composite(area, SWT.NONE);
		row.setLayout(new GridLayout(1, true));
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		return row;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		String folder = dialog.open();
		if (folder != null) {
			repository.setText(folder);
			showRepository();
		}
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
		String zip = dialog.open();
		if (zip != null) {
			repository.setText(zip);
			showRepository();
		}
	}

	private void showRepository() {
		String given = repository.getText();
		run(NLS.bind(Messages.Dialog_reading, given), monitor -> {
			try (RepositoryLocation location = RepositoryLocation.of(given)) {
				List<FeatureInfo> features = PluginInstaller.ofRunningProduct()
						.available(location, monitor);
				inUi(() -> {
					fill(available, features);
					setStatus(NLS.bind(Messages.Dialog_found, features.size(), given));
				});
			}
		});
	}

	private void install() {
		String given = repository.getText();
		List<String> ids = new ArrayList<>();
		for (TableItem item : available.getItems()) {
			if (item.getChecked()) {
				ids.add(item.getText(0));
			}
		}
		if (ids.isEmpty()) {
			setStatus(Messages.Dialog_nothingChecked);
			return;
		}
		Display display = getShell().getDisplay();
		UnsignedContentPolicy confirm = unsigned -> {
			AtomicBoolean accepted = new AtomicBoolean();
			display.syncExec(() -> accepted.set(MessageDialog.openConfirm(getShell(),
					Messages.Dialog_unsignedTitle, NLS.bind(Messages.Dialog_unsigned,
							String.join("\n", unsigned))))); //$NON-NLS-1$
			return accepted.get();
		};
		run(NLS.bind(Messages.Dialog_installing, String.join(", ", ids)), monitor -> { //$NON-NLS-1$
			try (RepositoryLocation location = RepositoryLocation.of(given)) {
				List<FeatureInfo> done = PluginInstaller.ofRunningProduct().install(location, ids,
						confirm, monitor);
				inUi(() -> changed(NLS.bind(Messages.Dialog_didInstall, names(done))));
			}
		});
	}

	private void uninstall() {
		TableItem[] selection = installed.getSelection();
		if (selection.length == 0) {
			setStatus(Messages.Dialog_nothingSelected);
			return;
		}
		String id = selection[0].getText(0);
		run(NLS.bind(Messages.Dialog_uninstalling, id), monitor -> {
			List<FeatureInfo> done = PluginInstaller.ofRunningProduct().uninstall(List.of(id),
					monitor);
			inUi(() -> changed(NLS.bind(Messages.Dialog_didUninstall, names(done))));
		});
	}

	private void preview() {
		TableItem[] selection = analyses.getSelection();
		if (selection.length == 0) {
			setStatus(Messages.Dialog_nothingSelected);
			return;
		}
		AnalysisDescriptor descriptor = (AnalysisDescriptor) selection[0].getData();
		new AnalysisPreviewDialog(getShell(), descriptor).open();
	}

	private void changed(String message) {
		setStatus(message);
		refreshInstalled();
		if (MessageDialog.openQuestion(getShell(), Messages.Dialog_restartTitle,
				message + "\n\n" + Messages.Dialog_restart)) { //$NON-NLS-1$
			close();
			PlatformUI.getWorkbench().restart();
		}
	}

	private void refreshInstalled() {
		List<AnalysisDescriptor> running = Analyses.installed().analyses();
		analyses.removeAll();
		for (AnalysisDescriptor descriptor : running) {
			TableItem item = new TableItem(analyses, SWT.NONE);
			item.setText(new String[] { descriptor.name(), descriptor.category(),
					descriptor.contributorId() });
			item.setData(descriptor);
		}
		try {
			fill(installed, PluginInstaller.ofRunningProduct().installed());
		} catch (PluginException e) {
			installed.removeAll();
			setStatus(e.getMessage());
			actions.forEach(button -> button.setEnabled(button.getText()
					.equals(Messages.Dialog_preview)));
		}
	}

	private static void fill(Table table, List<FeatureInfo> features) {
		table.removeAll();
		for (FeatureInfo feature : features) {
			TableItem item = new TableItem(table, SWT.NONE);
			String name = feature.partOfProduct() ? NLS.bind(Messages.Dialog_partOfProduct,
					feature.name()) : feature.name();
			item.setText(new String[] { feature.id(), feature.version(), name });
		}
	}

	private static String names(List<FeatureInfo> features) {
		List<String> names = new ArrayList<>();
		features.forEach(feature -> names.add(feature.name() + ' ' + feature.version()));
		return String.join(", ", names); //$NON-NLS-1$
	}

	/** Work of the dialog that may fail for a reason the user can act on. */
	@FunctionalInterface
	private interface Work {
		void run(IProgressMonitor monitor) throws PluginException;
	}

	/** Runs work as a job, with the buttons off meanwhile and its failure shown. */
	private void run(String task, Work work) {
		setStatus(task);
		actions.forEach(button -> button.setEnabled(false));
		Job job = Job.create(task, monitor -> {
			try {
				work.run(monitor);
			} catch (UnsignedContentException e) {
				inUi(() -> setStatus(e.getMessage()));
			} catch (PluginException e) {
				inUi(() -> {
					setStatus(e.getMessage());
					MessageDialog.openError(getShell(), Messages.Dialog_title, e.getMessage());
				});
			} catch (OperationCanceledException e) {
				inUi(() -> setStatus(Messages.Dialog_cancelled));
			} catch (RuntimeException e) {
				ILog.of(InstallPluginsDialog.class).log(new Status(IStatus.ERROR,
						"org.travelcrm.plugins.ui", task, e)); //$NON-NLS-1$
				inUi(() -> setStatus(NLS.bind(Messages.Dialog_internalError, task)));
			} finally {
				inUi(() -> actions.forEach(button -> button.setEnabled(true)));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private void inUi(Runnable update) {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			if (status != null && !status.isDisposed()) {
				update.run();
			}
		});
	}

	private void setStatus(String text) {
		status.setText(text);
		status.getParent().layout(true);
	}
}
