package org.travelcrm.core.internal.analysis;

import java.time.LocalDate;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.Period;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/**
 * Churn and retention per whole calendar period, from the period that contains the earliest
 * purchase to the last period that ends on or before the as-of date.
 * <p>
 * A customer is active at day d when they bought within [d - W, d). For a period [S, E): the
 * base is the customers active at S; churned are those of the base not active at E; the churn
 * rate is churned / base (none for an empty base); retained = base - churned; new customers
 * made their first purchase in the period; reactivated customers were not active at S, bought
 * before S and bought in the period; active at end counts the customers active at E.
 */
public final class ChurnAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.churn"; //$NON-NLS-1$

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		int window = request.parameters().integer(ParameterNames.ACTIVITY_WINDOW_DAYS);
		Period period = request.parameters().choice(ParameterNames.PERIOD, Period.class);
		int[] boundaries = period.wholePeriods(purchases);
		int periods = Math.max(0, boundaries.length - 1);
		long[] base = new long[periods];
		long[] churned = new long[periods];
		long[] fresh = new long[periods];
		long[] reactivated = new long[periods];
		long[] activeAtEnd = new long[periods];

		// lastBefore[j]: the customer's last purchase day before boundary j, if any.
		int[] lastBefore = new int[boundaries.length];
		for (int c = 0, n = purchases.customerCount(); c < n && periods > 0; c++) {
			Progress.check(monitor, c);
			int start = purchases.start(c);
			int end = purchases.end(c);
			if (start == end || purchases.day(start) >= boundaries[periods]) {
				continue;
			}
			int firstDay = purchases.day(start);
			int k = start;
			for (int j = 0; j < boundaries.length; j++) {
				while (k < end && purchases.day(k) < boundaries[j]) {
					k++;
				}
				lastBefore[j] = k == start ? Integer.MIN_VALUE : purchases.day(k - 1);
			}
			for (int i = 0; i < periods; i++) {
				boolean activeAtStart = active(lastBefore[i], boundaries[i], window);
				boolean activeLater = active(lastBefore[i + 1], boundaries[i + 1], window);
				boolean boughtInPeriod = lastBefore[i + 1] >= boundaries[i];
				if (activeAtStart) {
					base[i]++;
					if (!activeLater) {
						churned[i]++;
					}
				} else if (boughtInPeriod && firstDay < boundaries[i]) {
					reactivated[i]++;
				}
				if (firstDay >= boundaries[i] && firstDay < boundaries[i + 1]) {
					fresh[i]++;
				}
				if (activeLater) {
					activeAtEnd[i]++;
				}
			}
		}

		ResultTable.Builder table = table("periods", Messages.Table_churn, Columns.PERIOD, //$NON-NLS-1$
				Columns.START, Columns.END, Columns.BASE, Columns.CHURNED, Columns.CHURN_RATE,
				Columns.RETAINED, Columns.NEW, Columns.REACTIVATED, Columns.ACTIVE_AT_END);
		for (int i = 0; i < periods; i++) {
			LocalDate start = date(boundaries[i]);
			table.row(period.label(start), start, date(boundaries[i + 1]), base[i], churned[i],
					Ratios.divide(churned[i], base[i]), base[i] - churned[i], fresh[i],
					reactivated[i], activeAtEnd[i]);
		}
		ResultTable built = table.build();
		return request.newResult().table(built)
				.series(series("churnRate", Messages.Series_churnRate, ChartKind.LINE, built, //$NON-NLS-1$
						Columns.PERIOD.name(), Columns.CHURN_RATE.name()))
				.series(series("activeCustomers", Messages.Series_activeCustomers, //$NON-NLS-1$
						ChartKind.LINE, built, Columns.PERIOD.name(), Columns.ACTIVE_AT_END.name()))
				.build();
	}

	private static boolean active(int lastPurchaseBefore, int day, int window) {
		return lastPurchaseBefore != Integer.MIN_VALUE && lastPurchaseBefore >= day - window;
	}
}
