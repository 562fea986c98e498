package org.travelcrm.core.tests.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ColumnType;
import org.travelcrm.core.analysis.ResultTable;

/** An analysis contributed by the test bundle: counts the agency's customers. */
public class SampleAnalysis implements Analysis {

	@Override
	public AnalysisResult run(AnalysisRequest request, IProgressMonitor monitor) {
		return request.newResult()
				.table(ResultTable.builder("count", null)
						.column("customers", null, ColumnType.INTEGER)
						.row(request.context().purchases().customerCount()).build())
				.build();
	}
}
