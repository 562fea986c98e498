package org.travelcrm.ui.agency;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;

/**
 * Opens agencies: from a file the user picks, the built-in demo agency, or a new empty one.
 * Loading runs as a job; the agency opens in the workbench, with its customer list, once it is
 * read. A file that cannot be read is reported with the reason and left as it is.
 */
public final class AgencyOpening {

	private AgencyOpening() {
	}

	/** Asks for an agency file and opens it. */
	public static void openFile(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.AgencyOpening_openTitle);
		dialog.setFilterExtensions(new String[] { "*." + AgencyFiles.XMI_EXTENSION //$NON-NLS-1$
				+ ";*." + AgencyFiles.BINARY_EXTENSION, "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.AgencyOpening_filterAgencies,
				Messages.AgencyOpening_filterAll });
		String chosen = dialog.open();
		if (chosen != null) {
			openFile(Path.of(chosen), shell, agency -> {
			});
		}
	}

	/**
	 * Opens an agency file in a job, or brings it to front when it is open already; calls back
	 * on the UI thread with the open agency.
	 */
	public static void openFile(Path file, Shell shell, Consumer<OpenAgency> whenOpen) {
		if (!AgencyFiles.isAgencyFile(file)) {
			MessageDialog.openError(shell, Messages.AgencyOpening_failedTitle,
					NLS.bind(Messages.AgencyOpening_notAnAgencyFile, file));
			return;
		}
		AgencyStore store = AgencyFiles.store(file);
		OpenAgency open = OpenAgencies.getDefault().findByLocation(store.location());
		if (open != null) {
			OpenAgencies.getDefault().openCustomerList(open);
			whenOpen.accept(open);
			return;
		}
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		Job job = new Job(NLS.bind(Messages.AgencyOpening_loadJob, store.location())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Agency agency = store.load(SubMonitor.convert(monitor, getName(), 1).split(1));
					display.asyncExec(() -> opened(agency, store, OpenAgency.Origin.STORE,
							whenOpen));
				} catch (StoreException e) {
					display.asyncExec(() -> MessageDialog.openError(
							shell == null || shell.isDisposed() ? null : shell,
							Messages.AgencyOpening_failedTitle, e.getMessage()));
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/** Opens a fresh copy of the built-in demo agency, generated in a job. */
	public static void openDemo(Consumer<OpenAgency> whenOpen) {
		Display display = Display.getDefault();
		Job job = new Job(Messages.AgencyOpening_demoJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Agency agency = DemoAgency.create(SubMonitor.convert(monitor, getName(), 1)
						.split(1));
				display.asyncExec(() -> opened(agency, null, OpenAgency.Origin.DEMO, whenOpen));
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}

	/** Opens a new, empty agency. */
	public static OpenAgency newAgency() {
		Agency agency = CrmFactory.eINSTANCE.createAgency();
		agency.setName(Messages.AgencyOpening_newName);
		OpenAgency open = OpenAgencies.getDefault().open(agency, null, OpenAgency.Origin.NEW);
		OpenAgencies.getDefault().openCustomerList(open);
		return open;
	}

	private static void opened(Agency agency, AgencyStore store, OpenAgency.Origin origin,
			Consumer<OpenAgency> whenOpen) {
		OpenAgency open = OpenAgencies.getDefault().open(agency, store, origin);
		OpenAgencies.getDefault().openCustomerList(open);
		whenOpen.accept(open);
	}
}
