package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.core.analysis.ChartSeries;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/**
 * What each buyer and each tier contributes within the look-back window: revenue and margin
 * (amount - cost, over the purchases whose cost is known) against the share of customers, the
 * Lorenz and Pareto curves, and the Gini coefficient of the buyers' revenue.
 * <p>
 * Gini, with the n buyers' revenues x1 &le; ... &le; xn summing to S: (2 &Sigma; i xi - (n +
 * 1) S) / (n S); none when S is zero. The top-20 % share is the revenue share of the
 * ceil(0.2 n) buyers with the most revenue. The curves have 101 points, one per percent of
 * buyers.
 */
public final class ContributionAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.contribution"; //$NON-NLS-1$

	private static final int CURVE_STEPS = 100;

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		Tiering tiering = Tiering.of(request.context(), request.parameters(), monitor);
		WindowTotals totals = tiering.totals;
		int n = purchases.customerCount();
		int from = Windows.from(purchases.asOfDay(),
				request.parameters().integer(ParameterNames.LOOKBACK_DAYS));

		BigDecimal[] margins = new BigDecimal[n];
		BigDecimal totalMargin = BigDecimal.ZERO;
		for (int c = 0; c < n; c++) {
			Progress.check(monitor, c);
			if (!totals.isBuyer(c)) {
				continue;
			}
			BigDecimal margin = BigDecimal.ZERO;
			for (int k = purchases.firstFrom(c, from), end = purchases.end(c); k < end; k++) {
				if (purchases.cost(k) != null) {
					margin = margin.add(purchases.amount(k)).subtract(purchases.cost(k));
				}
			}
			margins[c] = margin;
			totalMargin = totalMargin.add(margin);
		}

		int tiers = tiering.classes.size();
		long[] customers = new long[tiers];
		BigDecimal[] revenue = new BigDecimal[tiers];
		BigDecimal[] margin = new BigDecimal[tiers];
		Arrays.fill(revenue, BigDecimal.ZERO);
		Arrays.fill(margin, BigDecimal.ZERO);
		BigDecimal[] ascending = new BigDecimal[totals.buyers];
		Object[][] values = new Object[4][n];
		int b = 0;
		for (int c = 0; c < n; c++) {
			if (!totals.isBuyer(c)) {
				continue;
			}
			int t = tiering.classes.indexOf(tiering.tiers[c]);
			customers[t]++;
			revenue[t] = revenue[t].add(totals.values[c]);
			margin[t] = margin[t].add(margins[c]);
			ascending[b++] = totals.values[c];
			values[0][c] = tiering.tiers[c];
			values[1][c] = totals.values[c];
			values[2][c] = Ratios.divide(totals.values[c], totals.total);
			values[3][c] = margins[c];
		}
		Arrays.sort(ascending);

		ResultTable.Builder byTier = table("byTier", Messages.Table_byTier, Columns.TIER, //$NON-NLS-1$
				Columns.CUSTOMERS, Columns.CUSTOMER_SHARE, Columns.REVENUE, Columns.REVENUE_SHARE,
				Columns.MARGIN, Columns.MARGIN_SHARE);
		for (int t = 0; t < tiers; t++) {
			byTier.row(tiering.classes.get(t), customers[t],
					Ratios.divide(customers[t], totals.buyers), revenue[t],
					Ratios.divide(revenue[t], totals.total), margin[t],
					Ratios.divide(margin[t], totalMargin));
		}
		BigDecimal[] cumulative = cumulative(ascending);
		ResultTable summary = table("summary", Messages.Table_contributionSummary, //$NON-NLS-1$
				Columns.BUYERS, Columns.REVENUE, Columns.MARGIN, Columns.GINI, Columns.TOP_SHARE)
				.row((long) totals.buyers, totals.total, totalMargin, gini(ascending, totals.total),
						topShare(cumulative, totals.total))
				.build();
		return request.newResult().table(summary).table(byTier.build())
				.series(lorenz(cumulative, totals.total))
				.series(pareto(cumulative, totals.total))
				.customers(customers(purchases, new Column[] { Columns.TIER, Columns.REVENUE,
						Columns.REVENUE_SHARE, Columns.MARGIN }, values))
				.build();
	}

	/** cumulative[i]: the sum of the i smallest values. */
	private static BigDecimal[] cumulative(BigDecimal[] ascending) {
		BigDecimal[] sums = new BigDecimal[ascending.length + 1];
		sums[0] = BigDecimal.ZERO;
		for (int i = 0; i < ascending.length; i++) {
			sums[i + 1] = sums[i].add(ascending[i]);
		}
		return sums;
	}

	static BigDecimal gini(BigDecimal[] ascending, BigDecimal total) {
		int n = ascending.length;
		if (n == 0 || total.signum() == 0) {
			return null;
		}
		BigDecimal weighted = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			weighted = weighted.add(ascending[i].multiply(BigDecimal.valueOf(i + 1L)));
		}
		BigDecimal numerator = weighted.multiply(BigDecimal.TWO)
				.subtract(total.multiply(BigDecimal.valueOf(n + 1L)));
		return Ratios.divide(numerator, total.multiply(BigDecimal.valueOf(n)));
	}

	private static BigDecimal topShare(BigDecimal[] cumulative, BigDecimal total) {
		int n = cumulative.length - 1;
		int top = BigDecimal.valueOf(n).multiply(new BigDecimal("0.2")) //$NON-NLS-1$
				.setScale(0, RoundingMode.CEILING).intValue();
		return Ratios.divide(total.subtract(cumulative[n - top]), total);
	}

	private static ChartSeries lorenz(BigDecimal[] cumulative, BigDecimal total) {
		int n = cumulative.length - 1;
		List<ChartPoint> points = new ArrayList<>();
		if (n > 0 && total.signum() != 0) {
			for (int step = 0; step <= CURVE_STEPS; step++) {
				int k = (int) ((long) step * n / CURVE_STEPS);
				points.add(point(step, Ratios.divide(cumulative[k], total)));
			}
		}
		return new ChartSeries("lorenz", Messages.Series_lorenz, ChartKind.LINE, points); //$NON-NLS-1$
	}

	private static ChartSeries pareto(BigDecimal[] cumulative, BigDecimal total) {
		int n = cumulative.length - 1;
		List<ChartPoint> points = new ArrayList<>();
		if (n > 0 && total.signum() != 0) {
			for (int step = 0; step <= CURVE_STEPS; step++) {
				int k = (int) ((long) step * n / CURVE_STEPS);
				points.add(point(step, Ratios.divide(total.subtract(cumulative[n - k]), total)));
			}
		}
		return new ChartSeries("pareto", Messages.Series_pareto, ChartKind.LINE, points); //$NON-NLS-1$
	}

	private static ChartPoint point(int step, BigDecimal y) {
		BigDecimal x = BigDecimal.valueOf(step).movePointLeft(2);
		return new ChartPoint(step + "%", x, y); //$NON-NLS-1$
	}
}
