package org.travelcrm.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisCatalog;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisParameter;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.Period;
import org.travelcrm.model.Agency;

/**
 * The options shared by the commands that run analyses ({@code --as-of}, {@code --analysis},
 * {@code --period}, {@code --param}), and running the chosen analyses on an agency.
 */
final class AnalysisRun {

	/** Prefix of the built-in analyses' ids; the command line accepts ids without it. */
	static final String BUILT_IN_PREFIX = "org.travelcrm.core.analysis."; //$NON-NLS-1$

	static final String FREQUENCY = BUILT_IN_PREFIX + "frequency"; //$NON-NLS-1$
	static final String LOYALTY = BUILT_IN_PREFIX + "loyalty"; //$NON-NLS-1$
	static final String VALUE_TIER = BUILT_IN_PREFIX + "valueTier"; //$NON-NLS-1$
	static final String RFM = BUILT_IN_PREFIX + "rfm"; //$NON-NLS-1$
	static final String CHURN = BUILT_IN_PREFIX + "churn"; //$NON-NLS-1$

	private final AnalysisCatalog catalog = Analyses.installed();
	private LocalDate asOf;
	private final List<AnalysisDescriptor> chosen = new ArrayList<>();
	private final Map<String, String> parameters = new LinkedHashMap<>();

	/** Reads the analysis options from the arguments. */
	AnalysisRun(Arguments arguments) throws UsageException {
		String day = arguments.option("as-of"); //$NON-NLS-1$
		if (day != null) {
			try {
				asOf = LocalDate.parse(day.trim());
			} catch (DateTimeParseException e) {
				throw new UsageException(NLS.bind(Messages.AnalysisRun_badDate, day));
			}
		}
		String ids = arguments.option("analysis"); //$NON-NLS-1$
		if (ids == null) {
			chosen.addAll(catalog.analyses());
		} else {
			for (String id : ids.split(",")) { //$NON-NLS-1$
				chosen.add(find(id.trim()));
			}
		}
		String period = arguments.option("period"); //$NON-NLS-1$
		if (period != null) {
			String upper = period.trim().toUpperCase(Locale.ROOT);
			if (Arrays.stream(Period.values()).noneMatch(p -> p.name().equals(upper))) {
				throw new UsageException(NLS.bind(Messages.AnalysisRun_badPeriod, period));
			}
			parameters.put("period", upper); //$NON-NLS-1$
		}
		for (String assignment : arguments.all("param")) { //$NON-NLS-1$
			int equals = assignment.indexOf('=');
			if (equals <= 0) {
				throw new UsageException(NLS.bind(Messages.AnalysisRun_badParam, assignment));
			}
			parameters.put(assignment.substring(0, equals).trim(),
					assignment.substring(equals + 1).trim());
		}
		for (String name : parameters.keySet()) {
			if (catalog.analyses().stream().noneMatch(d -> d.parameter(name) != null)) {
				throw new UsageException(NLS.bind(Messages.AnalysisRun_unknownParam, name));
			}
		}
	}

	AnalysisCatalog catalog() {
		return catalog;
	}

	List<AnalysisDescriptor> chosen() {
		return chosen;
	}

	AnalysisContext context(Agency agency) {
		return asOf == null ? AnalysisContext.of(agency) : AnalysisContext.of(agency, asOf);
	}

	/**
	 * Runs analyses on one context, each with the parameters it declares.
	 *
	 * @throws BadInputException when a parameter value is refused by an analysis
	 */
	Map<String, AnalysisResult> run(AnalysisContext context, List<AnalysisDescriptor> analyses,
			IProgressMonitor monitor, Console console) throws BadInputException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.AnalysisRun_running,
				analyses.size());
		Map<String, AnalysisResult> results = new LinkedHashMap<>();
		for (AnalysisDescriptor descriptor : analyses) {
			Map<String, String> given = new LinkedHashMap<>();
			parameters.forEach((name, value) -> {
				if (descriptor.parameter(name) != null) {
					given.put(name, value);
				}
			});
			try {
				descriptor.resolve(context, given);
			} catch (IllegalArgumentException e) {
				throw new BadInputException(NLS.bind(Messages.AnalysisRun_refused, descriptor.id(),
						e.getMessage()), e);
			}
			try {
				results.put(descriptor.id(), descriptor.run(context, given, progress.split(1)));
			} catch (CoreException e) {
				// A broken plug-in analysis is skipped; the others still run.
				console.err().println(NLS.bind(Messages.AnalysisRun_broken, descriptor.id(),
						e.getStatus().getMessage()));
			} catch (OperationCanceledException e) {
				throw e;
			} catch (RuntimeException | LinkageError e) {
				// An analysis that fails while it runs is skipped too, and its failure is kept
				// in the log for its authors.
				String message = NLS.bind(Messages.AnalysisRun_broken, descriptor.id(),
						NLS.bind(Messages.AnalysisRun_failed, e));
				console.err().println(message);
				ILog.of(AnalysisRun.class).log(new Status(IStatus.WARNING,
						descriptor.contributorId(), message, e));
			}
		}
		return results;
	}

	/** The analysis with this id, or a built-in one named without its prefix. */
	AnalysisDescriptor find(String id) throws UsageException {
		AnalysisDescriptor found = catalog.find(id);
		if (found == null) {
			found = catalog.find(BUILT_IN_PREFIX + id);
		}
		if (found == null) {
			throw new UsageException(NLS.bind(Messages.AnalysisRun_unknownAnalysis, id));
		}
		return found;
	}

	/** The analyses' list for {@code --list}: each id, name and parameters with defaults. */
	String describe() {
		StringBuilder text = new StringBuilder();
		for (AnalysisDescriptor descriptor : catalog.analyses()) {
			text.append(descriptor.id()).append("  ").append(descriptor.name()).append('\n'); //$NON-NLS-1$
			if (descriptor.description() != null && !descriptor.description().isBlank()) {
				text.append("    ").append(descriptor.description()).append('\n'); //$NON-NLS-1$
			}
			for (AnalysisParameter parameter : descriptor.parameters()) {
				text.append(String.format("    --param %s=%s   %s%n", parameter.name(), //$NON-NLS-1$
						parameter.defaultValue(), parameter.description()));
			}
		}
		return text.toString();
	}
}
