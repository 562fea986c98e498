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

/**
 * Value tiers ({@link Tiering}): the customer pyramid or the ABC classes, with the number of
 * buyers, their contribution and the lowest contribution in each tier.
 */
public final class ValueTierAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.valueTier"; //$NON-NLS-1$

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		Tiering tiering = Tiering.of(request.context(), request.parameters(), monitor);
		int n = purchases.customerCount();
		int tiers = tiering.classes.size();
		long[] customers = new long[tiers];
		BigDecimal[] revenue = new BigDecimal[tiers];
		BigDecimal[] lowest = new BigDecimal[tiers];
		Arrays.fill(revenue, BigDecimal.ZERO);
		Object[] tierNames = new Object[n];
		Object[] contributions = new Object[n];
		Object[] ranks = new Object[n];
		Object[] counts = new Object[n];
		for (int c = 0; c < n; c++) {
			if (tiering.tiers[c] == null) {
				continue;
			}
			int t = tiering.classes.indexOf(tiering.tiers[c]);
			BigDecimal contribution = tiering.totals.values[c];
			customers[t]++;
			revenue[t] = revenue[t].add(contribution);
			if (lowest[t] == null || contribution.compareTo(lowest[t]) < 0) {
				lowest[t] = contribution;
			}
			tierNames[c] = tiering.tiers[c];
			contributions[c] = contribution;
			ranks[c] = Long.valueOf(tiering.ranks[c]);
			counts[c] = Long.valueOf(tiering.totals.counts[c]);
		}
		ResultTable.Builder table = table("tiers", Messages.Table_tiers, Columns.TIER, //$NON-NLS-1$
				Columns.CUSTOMERS, Columns.CUSTOMER_SHARE, Columns.REVENUE, Columns.REVENUE_SHARE,
				Columns.LOWEST);
		for (int t = 0; t < tiers; t++) {
			table.row(tiering.classes.get(t), customers[t],
					Ratios.divide(customers[t], tiering.totals.buyers), revenue[t],
					Ratios.divide(revenue[t], tiering.totals.total), lowest[t]);
		}
		ResultTable built = table.build();
		return request.newResult().table(built)
				.series(series("customersByTier", Messages.Series_customersByTier, //$NON-NLS-1$
						ChartKind.BAR, built, Columns.TIER.name(), Columns.CUSTOMERS.name()))
				.series(series("revenueByTier", Messages.Series_revenueByTier, //$NON-NLS-1$
						ChartKind.BAR, built, Columns.TIER.name(), Columns.REVENUE.name()))
				.customers(customers(purchases,
						new Column[] { Columns.TIER, Columns.CONTRIBUTION, Columns.RANK,
								Columns.PURCHASES },
						new Object[][] { tierNames, contributions, ranks, counts }))
				.build();
	}
}
