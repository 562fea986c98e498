package org.travelcrm.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.report.HtmlReport;
import org.travelcrm.model.Agency;

/**
 * {@code report AGENCY-FILE --html OUT.html}: writes one self-contained HTML report with charts
 * and tables for every analysis.
 */
final class ReportCommand implements CliCommand {

	@Override
	public String name() {
		return "report"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ReportCommand_summary;
	}

	@Override
	public String help() {
		return Messages.ReportCommand_help;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		Path file = Path.of(arguments.positional(0, "AGENCY-FILE")); //$NON-NLS-1$
		Path html = arguments.path("html"); //$NON-NLS-1$
		AnalysisRun run = new AnalysisRun(arguments);
		arguments.finish(1);

		SubMonitor progress = SubMonitor.convert(console.progress(),
				NLS.bind(Messages.ReportCommand_task, file.getFileName()), 10);
		Agency agency = AgencyFileAccess.load(file, progress.split(3));
		AnalysisContext context = run.context(agency);
		Map<String, AnalysisResult> results = run.run(context, run.chosen(), progress.split(6),
				console);
		List<HtmlReport.Section> sections = new ArrayList<>();
		for (AnalysisDescriptor descriptor : run.chosen()) {
			AnalysisResult result = results.get(descriptor.id());
			if (result != null) {
				sections.add(new HtmlReport.Section(descriptor, result));
			}
		}
		try {
			Files.createDirectories(html.toAbsolutePath().getParent());
			Files.writeString(html, HtmlReport.write(agency, context.asOf(), sections),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new BadInputException(NLS.bind(Messages.Command_cannotWrite, html, e.getMessage()),
					e);
		}
		console.out().println(NLS.bind(Messages.ReportCommand_written, new Object[] { html,
				context.asOf(), sections.size() }));
		return TravelCrmCli.OK;
	}
}
