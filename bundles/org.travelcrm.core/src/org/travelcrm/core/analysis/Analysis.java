package org.travelcrm.core.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * An analysis of an agency's customers.
 * <p>
 * Contributed through the extension point {@code org.travelcrm.core.analyses}, which declares
 * its id, name, category, description and parameters; the class only computes. An analysis
 * must not change the agency, must report progress to the monitor, and must check for
 * cancellation at least every few hundred milliseconds.
 */
public interface Analysis {

	/**
	 * Computes the analysis.
	 *
	 * @param request the context, the resolved parameter values and a result builder
	 * @param monitor the progress monitor; may be {@code null}
	 * @return the result, built from {@link AnalysisRequest#newResult()}
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	AnalysisResult run(AnalysisRequest request, IProgressMonitor monitor);
}
