package org.travelcrm.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.report.CustomerCsv;
import org.travelcrm.core.segments.SegmentEvaluator;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Segment;

/**
 * {@code export AGENCY-FILE --customers OUT.csv [--segment NAME]}: writes customers with their
 * contact fields and computed classes as CSV for spreadsheet programs.
 */
@SuppressWarnings("nls")
final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ExportCommand_summary;
	}

	@Override
	public String help() {
		return Messages.ExportCommand_help;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		Path file = Path.of(arguments.positional(0, "AGENCY-FILE")); //$NON-NLS-1$
		Path csv = arguments.path("customers"); //$NON-NLS-1$
		String segmentName = arguments.option("segment"); //$NON-NLS-1$
		AnalysisRun run = new AnalysisRun(arguments);
		arguments.finish(1);

		SubMonitor progress = SubMonitor.convert(console.progress(),
				NLS.bind(Messages.ExportCommand_task, file.getFileName()), 10);
		Agency agency = AgencyFileAccess.load(file, progress.split(3));
		AnalysisContext context = run.context(agency);
		List<? extends Customer> customers = agency.getCustomers();
		if (segmentName != null) {
			Segment segment = agency.getSegments().stream()
					.filter(s -> segmentName.equals(s.getName())).findFirst()
					.orElseThrow(() -> new BadInputException(NLS.bind(
							Messages.ExportCommand_noSegment, segmentName, names(agency))));
			customers = new SegmentEvaluator(context, Map.of()).members(segment, progress.split(2));
		}
		Map<String, AnalysisResult> results = run.run(context, List.of(
				run.find(AnalysisRun.FREQUENCY), run.find(AnalysisRun.LOYALTY),
				run.find(AnalysisRun.VALUE_TIER), run.find(AnalysisRun.RFM)), progress.split(4),
				console);
		try {
			Files.createDirectories(csv.toAbsolutePath().getParent());
			try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				CustomerCsv.write(customers, results, out);
			}
		} catch (IOException e) {
			throw new BadInputException(NLS.bind(Messages.Command_cannotWrite, csv, e.getMessage()),
					e);
		}
		console.out().println(NLS.bind(Messages.ExportCommand_written, csv, customers.size()));
		return TravelCrmCli.OK;
	}

	private static String names(Agency agency) {
		List<String> names = new ArrayList<>();
		agency.getSegments().forEach(s -> names.add('"' + s.getName() + '"'));
		return names.isEmpty() ? Messages.ExportCommand_noSegments : String.join(", ", names);
	}
}
