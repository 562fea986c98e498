package org.travelcrm.analysis.addons.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;

/** A deliberately broken contributed analysis: it fails every time it runs. */
public final class ThrowingAnalysis implements Analysis {

	@Override
	public AnalysisResult run(AnalysisRequest request, IProgressMonitor monitor) {
		throw new IllegalStateException("This analysis is broken on purpose.");
	}
}
