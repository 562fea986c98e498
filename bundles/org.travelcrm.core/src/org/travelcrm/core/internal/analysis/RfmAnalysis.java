package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.util.Arrays;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.core.analysis.RfmSegment;

/** RFM scores and named segments ({@link Rfm}) of the buyers in the look-back window. */
public final class RfmAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.rfm"; //$NON-NLS-1$

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		Rfm rfm = Rfm.of(request.context(), request.parameters(), monitor);
		int n = purchases.customerCount();
		RfmSegment[] segments = RfmSegment.values();
		long[] customers = new long[segments.length];
		BigDecimal[] revenue = new BigDecimal[segments.length];
		Arrays.fill(revenue, BigDecimal.ZERO);
		Object[][] values = new Object[8][n];
		for (int c = 0; c < n; c++) {
			if (!rfm.isBuyer(c)) {
				continue;
			}
			int s = rfm.segments[c].ordinal();
			customers[s]++;
			revenue[s] = revenue[s].add(rfm.totals.values[c]);
			values[0][c] = Long.valueOf(rfm.recency[c]);
			values[1][c] = Long.valueOf(rfm.totals.counts[c]);
			values[2][c] = rfm.totals.values[c];
			values[3][c] = Long.valueOf(rfm.recencyScores[c]);
			values[4][c] = Long.valueOf(rfm.frequencyScores[c]);
			values[5][c] = Long.valueOf(rfm.monetaryScores[c]);
			values[6][c] = rfm.scoreText(c);
			values[7][c] = rfm.segments[c].name();
		}
		ResultTable.Builder table = table("segments", Messages.Table_rfmSegments, //$NON-NLS-1$
				Columns.RFM_SEGMENT, Columns.CUSTOMERS, Columns.CUSTOMER_SHARE, Columns.REVENUE,
				Columns.REVENUE_SHARE);
		for (RfmSegment segment : segments) {
			int s = segment.ordinal();
			table.row(segment.name(), customers[s], Ratios.divide(customers[s], rfm.totals.buyers),
					revenue[s], Ratios.divide(revenue[s], rfm.totals.total));
		}
		ResultTable built = table.build();
		return request.newResult().table(built)
				.series(series("customersBySegment", Messages.Series_customersBySegment, //$NON-NLS-1$
						ChartKind.BAR, built, Columns.RFM_SEGMENT.name(), Columns.CUSTOMERS.name()))
				.customers(customers(purchases,
						new Column[] { Columns.RECENCY, Columns.FREQUENCY, Columns.MONETARY,
								Columns.R, Columns.F, Columns.M, Columns.RFM_SCORE,
								Columns.RFM_SEGMENT },
						values))
				.build();
	}
}
