package org.travelcrm.core.analysis;

import java.time.LocalDate;

import org.travelcrm.model.Agency;

/**
 * One run of an analysis: which analysis, the data it runs on and the parameter values.
 *
 * @param analysisId the id the analysis was contributed with
 * @param context    the agency and as-of date, with the shared columnar views
 * @param parameters the values of the declared parameters
 */
public record AnalysisRequest(String analysisId, AnalysisContext context,
		AnalysisParameters parameters) {

	public Agency agency() {
		return context.agency();
	}

	public LocalDate asOf() {
		return context.asOf();
	}

	/** A result builder carrying the analysis id, as-of date and parameter values. */
	public AnalysisResult.Builder newResult() {
		return AnalysisResult.builder(analysisId, context.asOf(), parameters.asMap());
	}
}
