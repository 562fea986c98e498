package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.Purchases;

/**
 * Each customer's purchases within a look-back window: their number, their value and the day
 * of the last one. A buyer is a customer with at least one purchase in the window.
 */
public final class WindowTotals {

	/** Purchases in the window, per customer. */
	public final int[] counts;
	/** Value of the purchases in the window, per customer; {@code null} for no purchase. */
	public final BigDecimal[] values;
	/** Epoch day of the last purchase, per buyer. */
	public final int[] lastDays;
	/** The number of buyers. */
	public final int buyers;
	/** The value of all purchases in the window. */
	public final BigDecimal total;

	private WindowTotals(int[] counts, BigDecimal[] values, int[] lastDays, int buyers,
			BigDecimal total) {
		this.counts = counts;
		this.values = values;
		this.lastDays = lastDays;
		this.buyers = buyers;
		this.total = total;
	}

	/** The totals of a look-back window of so many days (0: all history), shared per context. */
	public static WindowTotals of(AnalysisContext context, int lookbackDays,
			IProgressMonitor monitor) {
		return context.shared(List.of(WindowTotals.class, lookbackDays), WindowTotals.class,
				() -> compute(context.purchases(), lookbackDays, monitor));
	}

	private static WindowTotals compute(Purchases purchases, int lookbackDays,
			IProgressMonitor monitor) {
		int n = purchases.customerCount();
		int from = Windows.from(purchases.asOfDay(), lookbackDays);
		int[] counts = new int[n];
		BigDecimal[] values = new BigDecimal[n];
		int[] lastDays = new int[n];
		int buyers = 0;
		BigDecimal total = BigDecimal.ZERO;
		for (int c = 0; c < n; c++) {
			Progress.check(monitor, c);
			int first = purchases.firstFrom(c, from);
			int end = purchases.end(c);
			counts[c] = end - first;
			if (counts[c] > 0) {
				values[c] = purchases.valueFrom(c, first);
				lastDays[c] = purchases.day(end - 1);
				total = total.add(values[c]);
				buyers++;
			}
		}
		return new WindowTotals(counts, values, lastDays, buyers, total);
	}

	/** Whether customer c bought within the window. */
	public boolean isBuyer(int c) {
		return counts[c] > 0;
	}
}
