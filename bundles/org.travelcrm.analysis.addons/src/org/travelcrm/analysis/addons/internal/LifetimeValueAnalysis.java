package org.travelcrm.analysis.addons.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ColumnType;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/**
 * A customer lifetime value estimate by a documented simple method, not a fitted model.
 * <p>
 * With asOf A, look-back L days (0 for all history) and activity window W days: the
 * observed span starts at the later of A - L and the earliest purchase in the window, and
 * lasts D days, Y = D / 365 years. Over the purchases of the span: average purchase value
 * = value / purchases; purchases per buyer per year = purchases / buyers / Y. The annual
 * churn rate is that of the last year: the base are the customers who bought within
 * [A - 365 - W, A - 365), the churned those of the base who did not buy within [A - W, A).
 * The expected lifetime is 1 / churn rate years, at most the cap (the cap when nobody
 * churned, none when the base is empty). Lifetime value = average purchase value x
 * purchases per buyer per year x expected lifetime, undiscounted; a customer's own
 * lifetime value is their value in the span / Y x expected lifetime. Quotients are
 * rounded half-up to ten places.
 */
@SuppressWarnings("nls")
public final class LifetimeValueAnalysis implements Analysis {

	public static final String ID = "org.travelcrm.analysis.addons.lifetimeValue"; //$NON-NLS-1$

	public static final String LOOKBACK_DAYS = "lookbackDays"; //$NON-NLS-1$
	public static final String ACTIVITY_WINDOW_DAYS = "activityWindowDays"; //$NON-NLS-1$
	public static final String MAX_LIFETIME_YEARS = "maxLifetimeYears"; //$NON-NLS-1$

	/** The table of the estimate's figures: one row per metric, by metric name. */
	public static final String SUMMARY = "summary"; //$NON-NLS-1$

	/** The table with one row stating the method with this run's figures. */
	public static final String METHOD = "method"; //$NON-NLS-1$

	/** The table of the customers with the highest lifetime value. */
	public static final String TOP_CUSTOMERS = "topCustomers"; //$NON-NLS-1$

	/** Per-customer columns. */
	public static final String ANNUAL_VALUE = "annualValue"; //$NON-NLS-1$
	public static final String LIFETIME_VALUE = "lifetimeValue"; //$NON-NLS-1$

	private static final int DAYS_PER_YEAR = 365;
	private static final int TOP = 20;

	@Override
	public AnalysisResult run(AnalysisRequest request, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Lifetime_task, 10);
		Purchases purchases = request.context().purchases();
		progress.split(2);
		int asOf = purchases.asOfDay();
		int lookback = request.parameters().integer(LOOKBACK_DAYS);
		int window = request.parameters().integer(ACTIVITY_WINDOW_DAYS);
		int cap = request.parameters().integer(MAX_LIFETIME_YEARS);
		int from = lookback <= 0 ? Integer.MIN_VALUE : asOf - lookback;
		int yearAgo = asOf - DAYS_PER_YEAR;

		int n = purchases.customerCount();
		BigDecimal[] ownValue = new BigDecimal[n];
		long buyers = 0;
		long count = 0;
		BigDecimal value = BigDecimal.ZERO;
		int earliest = Integer.MAX_VALUE;
		long base = 0;
		long churned = 0;
		SubMonitor customers = progress.split(6).setWorkRemaining(n);
		for (int c = 0; c < n; c++) {
			Cancellation.check(customers, c);
			int first = purchases.firstFrom(c, from);
			int end = purchases.end(c);
			if (first < end) {
				buyers++;
				count += end - first;
				ownValue[c] = purchases.valueFrom(c, first);
				value = value.add(ownValue[c]);
				earliest = Math.min(earliest, purchases.day(first));
			}
			if (boughtWithin(purchases, c, yearAgo - window, yearAgo)) {
				base++;
				if (!boughtWithin(purchases, c, asOf - window, asOf)) {
					churned++;
				}
			}
		}
		progress.split(1);

		Estimate estimate = new Estimate(buyers, count, value, buyers == 0 ? 0 : asOf - earliest,
				base, churned, cap);
		return build(request, purchases, estimate, ownValue);
	}

	private static boolean boughtWithin(Purchases purchases, int c, int fromDay, int toDay) {
		int k = purchases.firstFrom(c, fromDay);
		return k < purchases.end(c) && purchases.day(k) < toDay;
	}

	private static AnalysisResult build(AnalysisRequest request, Purchases purchases,
			Estimate estimate, BigDecimal[] ownValue) {
		ResultTable.Builder summary = ResultTable.builder(SUMMARY, Messages.Lifetime_summaryTable)
				.column("metric", Messages.Lifetime_metricColumn, ColumnType.TEXT) //$NON-NLS-1$
				.column("label", Messages.Lifetime_labelColumn, ColumnType.TEXT) //$NON-NLS-1$
				.column("value", Messages.Lifetime_valueColumn, ColumnType.DECIMAL); //$NON-NLS-1$
		summary.row("buyers", Messages.Lifetime_buyers, BigDecimal.valueOf(estimate.buyers()))
				.row("purchases", Messages.Lifetime_purchases, //$NON-NLS-1$
						BigDecimal.valueOf(estimate.purchases()))
				.row("observedYears", Messages.Lifetime_observedYears, estimate.observedYears()) //$NON-NLS-1$
				.row("averagePurchaseValue", Messages.Lifetime_averagePurchaseValue, //$NON-NLS-1$
						estimate.averagePurchaseValue())
				.row("purchasesPerBuyerPerYear", Messages.Lifetime_purchasesPerYear, //$NON-NLS-1$
						estimate.purchasesPerBuyerPerYear())
				.row("churnBase", Messages.Lifetime_churnBase, BigDecimal.valueOf(estimate.base()))
				.row("churned", Messages.Lifetime_churned, BigDecimal.valueOf(estimate.churned())) //$NON-NLS-1$
				.row("annualChurnRate", Messages.Lifetime_churnRate, estimate.churnRate()) //$NON-NLS-1$
				.row("expectedLifetimeYears", Messages.Lifetime_lifetime, estimate.lifetime()) //$NON-NLS-1$
				.row(LIFETIME_VALUE, Messages.Lifetime_value, estimate.lifetimeValue());

		ResultTable method = ResultTable.builder(METHOD, Messages.Lifetime_methodTable)
				.column("text", Messages.Lifetime_methodColumn, ColumnType.TEXT) //$NON-NLS-1$
				.row(Messages.Lifetime_method).row(statement(estimate)).build();

		int n = purchases.customerCount();
		BigDecimal[] annual = new BigDecimal[n];
		BigDecimal[] lifetime = new BigDecimal[n];
		List<Integer> ranked = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			if (ownValue[c] != null) {
				annual[c] = estimate.annualValue(ownValue[c]);
				lifetime[c] = estimate.lifetimeValueOf(ownValue[c]);
				ranked.add(c);
			}
		}
		ranked.sort(Comparator.comparing((Integer c) -> annual[c]).reversed()
				.thenComparing(c -> purchases.customerIds()[c],
						Comparator.nullsLast(Comparator.naturalOrder())));
		ResultTable.Builder top = ResultTable.builder(TOP_CUSTOMERS, Messages.Lifetime_topTable)
				.column("customer", Messages.Lifetime_customerColumn, ColumnType.TEXT) //$NON-NLS-1$
				.column("name", Messages.Lifetime_nameColumn, ColumnType.TEXT) //$NON-NLS-1$
				.column(ANNUAL_VALUE, Messages.Lifetime_annualValueColumn, ColumnType.DECIMAL)
				.column(LIFETIME_VALUE, Messages.Lifetime_lifetimeValueColumn, ColumnType.DECIMAL);
		for (int c : ranked.subList(0, Math.min(TOP, ranked.size()))) {
			top.row(purchases.customerIds()[c], purchases.customer(c).getName(), annual[c],
					lifetime[c]);
		}

		CustomerValues values = CustomerValues.builder(purchases.customerIds())
				.column(new Column(ANNUAL_VALUE, Messages.Lifetime_annualValueColumn,
						ColumnType.DECIMAL), annual)
				.column(new Column(LIFETIME_VALUE, Messages.Lifetime_lifetimeValueColumn,
						ColumnType.DECIMAL), lifetime)
				.build();
		return request.newResult().table(summary.build()).table(method).table(top.build())
				.customers(values).build();
	}

	/** The method with this run's figures, amounts rounded to two places for reading. */
	private static String statement(Estimate estimate) {
		if (estimate.lifetimeValue() == null) {
			return estimate.buyers() == 0 ? Messages.Lifetime_noBuyers : Messages.Lifetime_noBase;
		}
		return NLS.bind(Messages.Lifetime_statement, new Object[] {
				display(estimate.averagePurchaseValue()),
				display(estimate.purchasesPerBuyerPerYear()), display(estimate.lifetime()),
				display(estimate.lifetimeValue()), display(estimate.churnRate()) });
	}

	private static String display(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * The figures of one estimate.
	 *
	 * @param observedDays D, the length of the observed span in days
	 * @param cap          the longest expected lifetime in years
	 */
	private record Estimate(long buyers, long purchases, BigDecimal value, int observedDays,
			long base, long churned, int cap) {

		BigDecimal observedYears() {
			return Decimals.divide(observedDays, DAYS_PER_YEAR);
		}

		BigDecimal averagePurchaseValue() {
			return Decimals.divide(value, BigDecimal.valueOf(purchases));
		}

		BigDecimal purchasesPerBuyerPerYear() {
			return Decimals.divide(purchases * DAYS_PER_YEAR, buyers * observedDays);
		}

		BigDecimal churnRate() {
			return Decimals.divide(churned, base);
		}

		/** 1 / churn rate = base / churned years, at most the cap; none for an empty base. */
		BigDecimal lifetime() {
			if (base == 0) {
				return null;
			}
			BigDecimal limit = BigDecimal.valueOf(cap).setScale(Decimals.SCALE);
			BigDecimal years = Decimals.divide(base, churned);
			return years == null || years.compareTo(limit) > 0 ? limit : years;
		}

		/** A value in the span per year; none when the span is empty. */
		BigDecimal annualValue(BigDecimal spanValue) {
			return Decimals.divide(spanValue.multiply(BigDecimal.valueOf(DAYS_PER_YEAR)),
					BigDecimal.valueOf(observedDays));
		}

		BigDecimal lifetimeValue() {
			BigDecimal years = lifetime();
			if (years == null || buyers == 0) {
				return null;
			}
			BigDecimal yearly = value.multiply(BigDecimal.valueOf(DAYS_PER_YEAR));
			return Decimals.divide(yearly.multiply(years),
					BigDecimal.valueOf(buyers * observedDays));
		}

		BigDecimal lifetimeValueOf(BigDecimal spanValue) {
			BigDecimal years = lifetime();
			if (years == null) {
				return null;
			}
			return Decimals.divide(spanValue.multiply(BigDecimal.valueOf(DAYS_PER_YEAR))
					.multiply(years), BigDecimal.valueOf(observedDays));
		}
	}
}
