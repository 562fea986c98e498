package org.travelcrm.analysis.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.travelcrm.analysis.ui.AnalysisPreferences;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.report.HtmlReport;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Analysis &gt; Analysis Report: every installed analysis of the last opened agency in one HTML
 * file, the same report the command line writes, computed in a job.
 */
public class ReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		List<OpenAgency> all = OpenAgencies.getDefault().getAll();
		if (all.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Report_title, Messages.Report_noAgency);
			return null;
		}
		OpenAgency agency = all.get(all.size() - 1);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions("*.html"); //$NON-NLS-1$
		dialog.setFileName("analysis-report.html"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			write(agency, Path.of(file), shell);
		}
		return null;
	}

	/** Writes the report in a job; a failure is shown to the user. */
	public static Job write(OpenAgency agency, Path file, Shell shell) {
		LocalDate chosen = AnalysisPreferences.asOf();
		Job job = Job.create(Messages.Report_jobName, monitor -> {
			List<AnalysisDescriptor> analyses = Analyses.installed().analyses();
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Report_jobName,
					analyses.size() + 1);
			try {
				AnalysisContext context = chosen == null ? AnalysisContext.of(agency.getAgency())
						: AnalysisContext.of(agency.getAgency(), chosen);
				List<HtmlReport.Section> sections = new ArrayList<>();
				for (AnalysisDescriptor descriptor : analyses) {
					sections.add(new HtmlReport.Section(descriptor, descriptor.run(context,
							AnalysisPreferences.parametersFor(descriptor), progress.split(1))));
				}
				Files.writeString(file, HtmlReport.write(agency.getAgency(), context.asOf(),
						sections), StandardCharsets.UTF_8);
				progress.split(1);
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | CoreException | RuntimeException e) {
				shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell,
						Messages.Report_title, NLS.bind(Messages.Report_failed, file,
								e.getMessage())));
				ILog.of(ReportHandler.class).error(Messages.Report_jobName, e);
				return Status.OK_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
