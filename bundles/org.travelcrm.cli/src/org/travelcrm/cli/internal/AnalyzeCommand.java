package org.travelcrm.cli.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.ResultJson;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Organization;

/**
 * {@code analyze AGENCY-FILE ... --json OUT.json}: runs analyses and writes their results in the
 * stable JSON schema documented in README.md; {@code analyze --list} lists the analyses.
 */
@SuppressWarnings("nls")
final class AnalyzeCommand implements CliCommand {

	@Override
	public String name() {
		return "analyze"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.AnalyzeCommand_summary;
	}

	@Override
	public String help() {
		return Messages.AnalyzeCommand_help;
	}

	@Override
	public Set<String> flags() {
		return Set.of("list"); //$NON-NLS-1$
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		boolean list = arguments.flag("list"); //$NON-NLS-1$
		AnalysisRun run = new AnalysisRun(arguments);
		if (list) {
			arguments.finish(0);
			console.out().print(run.describe());
			return TravelCrmCli.OK;
		}
		Path file = Path.of(arguments.positional(0, "AGENCY-FILE")); //$NON-NLS-1$
		Path json = arguments.path("json"); //$NON-NLS-1$
		arguments.finish(1);

		SubMonitor progress = SubMonitor.convert(console.progress(),
				NLS.bind(Messages.AnalyzeCommand_task, file.getFileName()), 10);
		Agency agency = AgencyFileAccess.load(file, progress.split(3));
		AnalysisContext context = run.context(agency);
		Set<AnalysisDescriptor> needed = new LinkedHashSet<>(run.chosen());
		for (String id : List.of(AnalysisRun.FREQUENCY, AnalysisRun.LOYALTY,
				AnalysisRun.VALUE_TIER, AnalysisRun.RFM, AnalysisRun.CHURN)) {
			needed.add(run.find(id));
		}
		Map<String, AnalysisResult> results = run.run(context, new ArrayList<>(needed),
				progress.split(6), console);
		String text = write(agency, context, run.chosen(), results);
		try {
			Files.createDirectories(json.toAbsolutePath().getParent());
			Files.writeString(json, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new BadInputException(NLS.bind(Messages.Command_cannotWrite, json, e.getMessage()),
					e);
		}
		console.out().println(NLS.bind(Messages.AnalyzeCommand_written, new Object[] { json,
				context.asOf(), agency.getCustomers().size(), results.size() }));
		return TravelCrmCli.OK;
	}

	private static String write(Agency agency, AnalysisContext context,
			List<AnalysisDescriptor> chosen, Map<String, AnalysisResult> results) {
		StringBuilder out = new StringBuilder(1 << 16);
		out.append("{\n  \"asOf\": \"").append(context.asOf()).append("\",\n");
		out.append("  \"customers\": ["); //$NON-NLS-1$
		List<Customer> customers = new ArrayList<>(agency.getCustomers());
		customers.sort((a, b) -> compareIds(a.getExternalId(), b.getExternalId()));
		CustomerValues frequency = values(results, AnalysisRun.FREQUENCY);
		CustomerValues loyalty = values(results, AnalysisRun.LOYALTY);
		CustomerValues tier = values(results, AnalysisRun.VALUE_TIER);
		CustomerValues rfm = values(results, AnalysisRun.RFM);
		boolean first = true;
		for (Customer customer : customers) {
			String id = customer.getExternalId();
			out.append(first ? "\n    " : ",\n    "); //$NON-NLS-1$ //$NON-NLS-2$
			first = false;
			out.append("{\"id\": ").append(ResultJson.quote(id)); //$NON-NLS-1$
			out.append(", \"kind\": \"").append(customer instanceof Organization //$NON-NLS-1$
					? "ORGANIZATION" : "INDIVIDUAL").append('"'); //$NON-NLS-1$ //$NON-NLS-2$
			Long purchases = frequency.integer(id, "purchases"); //$NON-NLS-1$
			out.append(", \"purchases\": ").append(purchases == null ? 0 : purchases); //$NON-NLS-1$
			BigDecimal contribution = tier.decimal(id, "contribution"); //$NON-NLS-1$
			out.append(", \"contribution\": \"") //$NON-NLS-1$
					.append(contribution == null ? "0" : contribution.toPlainString()).append('"'); //$NON-NLS-1$
			out.append(", \"frequencyClass\": ") //$NON-NLS-1$
					.append(text(frequency.text(id, "frequencyClass"))); //$NON-NLS-1$
			out.append(", \"loyaltyClass\": ").append(text(loyalty.text(id, "loyaltyClass")));
			out.append(", \"valueTier\": ").append(text(tier.text(id, "tier"))); //$NON-NLS-1$ //$NON-NLS-2$
			out.append(", \"rfm\": ").append(rfm(rfm, id)).append('}'); //$NON-NLS-1$
		}
		out.append("\n  ],\n  \"churn\": ["); //$NON-NLS-1$
		churn(out, results.get(AnalysisRun.CHURN));
		out.append("\n  ],\n  \"analyses\": {"); //$NON-NLS-1$
		first = true;
		for (AnalysisDescriptor descriptor : chosen) {
			AnalysisResult result = results.get(descriptor.id());
			if (result == null) {
				continue;
			}
			out.append(first ? "\n    " : ",\n    ").append(ResultJson.quote(descriptor.id()))
					.append(": ").append(ResultJson.writeTablesAndSeries(result)); //$NON-NLS-1$
			first = false;
		}
		return out.append("\n  }\n}\n").toString(); //$NON-NLS-1$
	}

	private static void churn(StringBuilder out, AnalysisResult churn) {
		if (churn == null) {
			return;
		}
		ResultTable periods = churn.table("periods"); //$NON-NLS-1$
		boolean first = true;
		for (List<Object> row : periods.rows()) {
			out.append(first ? "\n    " : ",\n    "); //$NON-NLS-1$ //$NON-NLS-2$
			first = false;
			Object rate = row.get(periods.columnIndex("churnRate")); //$NON-NLS-1$
			out.append("{\"periodStart\": \"").append(row.get(periods.columnIndex("start")))
					.append("\", \"periodEnd\": \"").append(row.get(periods.columnIndex("end")))
					.append("\", \"base\": ").append(row.get(periods.columnIndex("base")))
					.append(", \"churned\": ").append(row.get(periods.columnIndex("churned")))
					.append(", \"rate\": ").append(rate == null ? "null" //$NON-NLS-1$ //$NON-NLS-2$
							: ((BigDecimal) rate).toPlainString())
					.append(", \"new\": ").append(row.get(periods.columnIndex("new"))) //$NON-NLS-1$ //$NON-NLS-2$
					.append(", \"reactivated\": ") //$NON-NLS-1$
					.append(row.get(periods.columnIndex("reactivated"))).append('}'); //$NON-NLS-1$
		}
	}

	private static String rfm(CustomerValues rfm, String id) {
		Long r = rfm.integer(id, "r"); //$NON-NLS-1$
		if (r == null) {
			return "null"; //$NON-NLS-1$
		}
		return "{\"r\": " + r + ", \"f\": " + rfm.integer(id, "f") + ", \"m\": "
				+ rfm.integer(id, "m") + ", \"segment\": " //$NON-NLS-1$ //$NON-NLS-2$
				+ text(rfm.text(id, "rfmSegment")) + '}'; //$NON-NLS-1$
	}

	private static CustomerValues values(Map<String, AnalysisResult> results, String id) {
		AnalysisResult result = results.get(id);
		return result == null ? CustomerValues.NONE : result.customers();
	}

	private static String text(String value) {
		return value == null ? "null" : ResultJson.quote(value); //$NON-NLS-1$
	}

	private static int compareIds(String a, String b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : -1) : 1;
		}
		return a.compareTo(b);
	}
}
