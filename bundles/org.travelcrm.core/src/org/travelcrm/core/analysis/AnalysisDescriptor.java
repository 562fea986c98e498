package org.travelcrm.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * What is known of an analysis before its class is loaded: id, name, category, description,
 * declared parameters and the contributor, with a way to create the analysis on demand.
 */
public final class AnalysisDescriptor {

	/** Creates the analysis of a descriptor. */
	@FunctionalInterface
	public interface Factory {

		/**
		 * @throws CoreException when the analysis cannot be created, with the reason
		 */
		Analysis create() throws CoreException;
	}

	private final String id;
	private final String name;
	private final String category;
	private final String description;
	private final List<AnalysisParameter> parameters;
	private final String contributorId;
	private final Factory factory;

	public AnalysisDescriptor(String id, String name, String category, String description,
			List<AnalysisParameter> parameters, String contributorId, Factory factory) {
		this.id = Objects.requireNonNull(id);
		this.name = name == null ? id : name;
		this.category = category == null ? "" : category; //$NON-NLS-1$
		this.description = description == null ? "" : description; //$NON-NLS-1$
		this.parameters = List.copyOf(parameters);
		this.contributorId = contributorId;
		this.factory = Objects.requireNonNull(factory);
	}

	public String id() {
		return id;
	}

	/** The name in the current language. */
	public String name() {
		return name;
	}

	public String category() {
		return category;
	}

	public String description() {
		return description;
	}

	public List<AnalysisParameter> parameters() {
		return parameters;
	}

	/** The parameter with this name, or {@code null}. */
	public AnalysisParameter parameter(String parameterName) {
		for (AnalysisParameter parameter : parameters) {
			if (parameter.name().equals(parameterName)) {
				return parameter;
			}
		}
		return null;
	}

	/** The symbolic name of the bundle that contributed the analysis. */
	public String contributorId() {
		return contributorId;
	}

	/**
	 * Creates a new instance of the analysis.
	 *
	 * @throws CoreException when the contributed class cannot be created
	 */
	public Analysis createAnalysis() throws CoreException {
		return factory.create();
	}

	/**
	 * Resolves the parameters (given values, then the agency's analysis settings, then the
	 * defaults).
	 *
	 * @throws IllegalArgumentException when a given value names no parameter or does not fit
	 */
	public AnalysisParameters resolve(AnalysisContext context, Map<String, String> given) {
		return AnalysisParameters.resolve(parameters, context.agency().getAnalysisSettings().map(),
				given);
	}

	/**
	 * Creates the analysis and runs it.
	 *
	 * @param given   parameter values for this run; the others come from the agency's settings
	 *                or the defaults
	 * @param monitor the progress monitor; may be {@code null}
	 * @throws CoreException                                     when the analysis cannot be
	 *                                                           created
	 * @throws IllegalArgumentException                          when a parameter is wrong
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	public AnalysisResult run(AnalysisContext context, Map<String, String> given,
			IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Analysis_running, name),
				100);
		AnalysisParameters values = resolve(context, given);
		Analysis analysis = createAnalysis();
		return analysis.run(new AnalysisRequest(id, context, values), progress.split(100));
	}

	@Override
	public String toString() {
		return id + " (" + contributorId + ')'; //$NON-NLS-1$
	}
}
