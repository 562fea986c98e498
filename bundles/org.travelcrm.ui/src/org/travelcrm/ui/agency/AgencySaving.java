package org.travelcrm.ui.agency;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;

/**
 * Save and Save As of open agencies. The agency is checked first; when it has errors the user
 * is asked whether to save anyway. The write runs as a job with progress, and the agency becomes
 * clean only when the store kept all of it. A store that refuses the agency writes nothing and
 * says why.
 */
public final class AgencySaving {

	private static final int PROBLEMS_SHOWN = 8;

	/** Agencies whose save has begun and is not finished, questions to the user included. */
	private static final Set<OpenAgency> PENDING = new HashSet<>();

	private AgencySaving() {
	}

	/** Saves an agency where it is kept, or asks where when it was never saved. */
	public static void save(OpenAgency agency, Shell shell) {
		if (agency.getStore() == null) {
			saveAs(agency, shell);
		} else {
			saveTo(agency, agency.getStore(), shell);
		}
	}

	/** Asks for a file and saves the agency there; the agency is kept there from then on. */
	public static void saveAs(OpenAgency agency, Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.AgencySaving_saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*." + AgencyFiles.XMI_EXTENSION, //$NON-NLS-1$
				"*." + AgencyFiles.BINARY_EXTENSION }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.AgencySaving_filterXmi,
				Messages.AgencySaving_filterBinary });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		if (!AgencyFiles.isAgencyFile(file)) {
			String extension = dialog.getFilterIndex() == 1 ? AgencyFiles.BINARY_EXTENSION
					: AgencyFiles.XMI_EXTENSION;
			file = file.resolveSibling(file.getFileName() + "." + extension); //$NON-NLS-1$
		}
		saveTo(agency, AgencyFiles.store(file), shell);
	}

	/**
	 * Checks an agency and saves it to a store in a job. Returns at once; the agency reports
	 * {@link OpenAgency#isSaving()} until the job is done.
	 */
	public static void saveTo(OpenAgency agency, AgencyStore store, Shell shell) {
		start(agency, store, true, shell);
	}

	/**
	 * Saves an agency and returns only when the save is over, running the event loop meanwhile;
	 * for the workbench's own save on exit.
	 *
	 * @return whether the agency is clean afterwards
	 */
	public static boolean saveAndWait(OpenAgency agency, Shell shell) {
		save(agency, shell);
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		while (PENDING.contains(agency)) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return !agency.isDirty();
	}

	/** Whether a save of the agency has begun and is not over. */
	public static boolean isPending(OpenAgency agency) {
		return PENDING.contains(agency);
	}

	private static void start(OpenAgency agency, AgencyStore store, boolean validateFirst,
			Shell shell) {
		if (agency.isSaving() || agency.isClosed()) {
			return;
		}
		PENDING.add(agency);
		agency.beginSave();
		Command savedAt = agency.getCommandStack().getSavePointCandidate();
		SaveAgencyJob job = new SaveAgencyJob(agency, store, validateFirst);
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> finish(job, savedAt, shell));
			}
		});
		job.schedule();
	}

	private static void finish(SaveAgencyJob job, Command savedAt, Shell shell) {
		OpenAgency agency = job.agency();
		agency.endSave(job.written() ? job.target() : null, savedAt);
		PENDING.remove(agency);
		Shell parent = shell == null || shell.isDisposed() ? null : shell;
		if (job.failure() != null) {
			MessageDialog.openError(parent, Messages.AgencySaving_failedTitle,
					job.failure().getMessage());
		} else if (job.problems() != null && MessageDialog.openQuestion(parent,
				Messages.AgencySaving_problemsTitle, NLS.bind(Messages.AgencySaving_problems,
						agency.getLabel(), describe(job.problems())))) {
			start(agency, job.target(), false, shell);
		}
	}

	private static String describe(Diagnostic diagnostic) {
		List<Diagnostic> errors = diagnostic.getChildren().stream()
				.filter(child -> child.getSeverity() >= Diagnostic.ERROR).toList();
		StringBuilder text = new StringBuilder();
		for (Diagnostic error : errors.subList(0, Math.min(PROBLEMS_SHOWN, errors.size()))) {
			text.append("\u2022 ").append(error.getMessage()).append('\n'); //$NON-NLS-1$
		}
		if (errors.size() > PROBLEMS_SHOWN) {
			text.append(NLS.bind(Messages.AgencySaving_moreProblems,
					errors.size() - PROBLEMS_SHOWN));
		}
		return text.toString().trim();
	}
}
