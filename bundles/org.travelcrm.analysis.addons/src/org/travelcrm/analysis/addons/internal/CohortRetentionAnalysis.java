package org.travelcrm.analysis.addons.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.core.analysis.ChartSeries;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ColumnType;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.Period;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/**
 * The cohort retention matrix: buyers grouped by the whole calendar period of their first
 * purchase (their cohort), and for each later period the share of the cohort that made a
 * purchase in it.
 * <p>
 * Periods are half-open [S, E), from the period that contains the earliest purchase to the
 * last period that ends on or before the as-of date; a buyer whose first purchase lies in a
 * later, unfinished period belongs to no cohort. Offset 0 is the cohort's own period, so its
 * share is always 1; a cell whose period is not over by the as-of date is empty ({@code null}).
 * "Retained in a period" means "bought in it", not the engine's activity window: a customer
 * who skips a period and comes back counts again in the period of their return.
 */
public final class CohortRetentionAnalysis implements Analysis {

	public static final String ID = "org.travelcrm.analysis.addons.cohortRetention"; //$NON-NLS-1$

	/** The parameter naming the length of a period. */
	public static final String PERIOD = "period"; //$NON-NLS-1$

	/** The name of the table of shares; column {@code p}k holds offset k. */
	public static final String RETENTION = "retention"; //$NON-NLS-1$

	/** The name of the table of counts; column {@code p}k holds offset k. */
	public static final String ACTIVE = "active"; //$NON-NLS-1$

	/** The name of the series of the retention curve over all cohorts. */
	public static final String CURVE = "retentionCurve"; //$NON-NLS-1$

	/** The name of the per-customer column holding the cohort label. */
	public static final String COHORT = "cohort"; //$NON-NLS-1$

	@Override
	public AnalysisResult run(AnalysisRequest request, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Cohort_task, 10);
		Purchases purchases = request.context().purchases();
		progress.split(2);
		Period period = request.parameters().choice(PERIOD, Period.class);
		int[] boundaries = period.wholePeriods(purchases);
		int periods = Math.max(0, boundaries.length - 1);

		// active[i][j]: members of cohort i who bought in period j (j >= i).
		long[][] active = new long[periods][periods];
		String[] cohortOf = new String[purchases.customerCount()];
		SubMonitor customers = progress.split(6).setWorkRemaining(purchases.customerCount());
		for (int c = 0, n = purchases.customerCount(); c < n && periods > 0; c++) {
			Cancellation.check(customers, c);
			int start = purchases.start(c);
			int end = purchases.end(c);
			if (start == end) {
				continue;
			}
			int cohort = PeriodBoundaries.indexOf(boundaries, purchases.day(start));
			if (cohort < 0) {
				continue;
			}
			cohortOf[c] = period.label(LocalDate.ofEpochDay(boundaries[cohort]));
			int last = -1;
			for (int k = start; k < end; k++) {
				int j = PeriodBoundaries.indexOf(boundaries, purchases.day(k));
				if (j < 0) {
					break;
				}
				if (j != last) {
					active[cohort][j]++;
					last = j;
				}
			}
		}
		progress.split(1);
		return build(request, purchases, period, boundaries, active, cohortOf);
	}

	private static AnalysisResult build(AnalysisRequest request, Purchases purchases,
			Period period, int[] boundaries, long[][] active, String[] cohortOf) {
		int periods = active.length;
		ResultTable.Builder shares = ResultTable.builder(RETENTION, Messages.Cohort_retentionTable);
		ResultTable.Builder counts = ResultTable.builder(ACTIVE, Messages.Cohort_activeTable);
		for (ResultTable.Builder table : List.of(shares, counts)) {
			table.column(COHORT, Messages.Cohort_cohortColumn, ColumnType.TEXT)
					.column("start", Messages.Cohort_startColumn, ColumnType.DATE) //$NON-NLS-1$
					.column("customers", Messages.Cohort_customersColumn, ColumnType.INTEGER); //$NON-NLS-1$
		}
		for (int k = 0; k < periods; k++) {
			String label = NLS.bind(Messages.Cohort_offsetColumn, k);
			shares.column("p" + k, label, ColumnType.DECIMAL); //$NON-NLS-1$
			counts.column("p" + k, label, ColumnType.INTEGER); //$NON-NLS-1$
		}

		long[] curveActive = new long[periods];
		long[] curveBase = new long[periods];
		for (int i = 0; i < periods; i++) {
			LocalDate start = LocalDate.ofEpochDay(boundaries[i]);
			long size = active[i][i];
			Object[] shareRow = new Object[3 + periods];
			Object[] countRow = new Object[3 + periods];
			shareRow[0] = countRow[0] = period.label(start);
			shareRow[1] = countRow[1] = start;
			shareRow[2] = countRow[2] = size;
			for (int k = 0; i + k < periods; k++) {
				long count = active[i][i + k];
				countRow[3 + k] = count;
				shareRow[3 + k] = Decimals.divide(count, size);
				curveActive[k] += count;
				curveBase[k] += size;
			}
			shares.row(shareRow);
			counts.row(countRow);
		}

		List<ChartPoint> curve = new ArrayList<>();
		for (int k = 0; k < periods; k++) {
			BigDecimal share = Decimals.divide(curveActive[k], curveBase[k]);
			if (share != null) {
				curve.add(new ChartPoint(Integer.toString(k), BigDecimal.valueOf(k), share));
			}
		}
		CustomerValues values = CustomerValues.builder(purchases.customerIds())
				.column(new Column(COHORT, Messages.Cohort_cohortColumn, ColumnType.TEXT),
						cohortOf)
				.build();
		return request.newResult().table(shares.build()).table(counts.build())
				.series(new ChartSeries(CURVE, Messages.Cohort_curveSeries, ChartKind.LINE, curve))
				.customers(values).build();
	}
}
