package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisParameters;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.RfmSegment;

/**
 * Recency, frequency and monetary value of every buyer in the look-back window, scored 1 to 5
 * so that equal values always get equal scores.
 * <p>
 * R = days from the last purchase to the as-of date, F = purchases in the window, M = their
 * value. With n buyers, the F and M scores are 1 + floor(5 l / n) where l counts the buyers
 * with a strictly lower value; the R score counts the buyers with a strictly greater recency.
 */
public final class Rfm {

	/** Days since the last purchase, per customer; -1 for a customer who is no buyer. */
	public final int[] recency;
	public final byte[] recencyScores;
	public final byte[] frequencyScores;
	public final byte[] monetaryScores;
	/** The named segment per customer; {@code null} for a customer who is no buyer. */
	public final RfmSegment[] segments;
	public final WindowTotals totals;

	private Rfm(int[] recency, byte[] r, byte[] f, byte[] m, RfmSegment[] segments,
			WindowTotals totals) {
		this.recency = recency;
		this.recencyScores = r;
		this.frequencyScores = f;
		this.monetaryScores = m;
		this.segments = segments;
		this.totals = totals;
	}

	/** The scores under the parameters, shared per context. */
	public static Rfm of(AnalysisContext context, AnalysisParameters parameters,
			IProgressMonitor monitor) {
		int lookback = parameters.integer(ParameterNames.LOOKBACK_DAYS);
		return context.shared(List.of(Rfm.class, lookback), Rfm.class,
				() -> compute(context.asOfDay(), WindowTotals.of(context, lookback, monitor)));
	}

	private static Rfm compute(int asOfDay, WindowTotals totals) {
		int n = totals.counts.length;
		int buyers = totals.buyers;
		int[] recency = new int[n];
		int[] sortedRecency = new int[buyers];
		int[] sortedFrequency = new int[buyers];
		BigDecimal[] sortedMonetary = new BigDecimal[buyers];
		int b = 0;
		for (int c = 0; c < n; c++) {
			if (totals.isBuyer(c)) {
				recency[c] = asOfDay - totals.lastDays[c];
				sortedRecency[b] = recency[c];
				sortedFrequency[b] = totals.counts[c];
				sortedMonetary[b++] = totals.values[c];
			} else {
				recency[c] = -1;
			}
		}
		Arrays.sort(sortedRecency);
		Arrays.sort(sortedFrequency);
		Arrays.sort(sortedMonetary);

		byte[] r = new byte[n];
		byte[] f = new byte[n];
		byte[] m = new byte[n];
		RfmSegment[] segments = new RfmSegment[n];
		for (int c = 0; c < n; c++) {
			if (totals.isBuyer(c)) {
				int greater = buyers - countAtMost(sortedRecency, recency[c]);
				r[c] = score(greater, buyers);
				f[c] = score(countBelow(sortedFrequency, totals.counts[c]), buyers);
				m[c] = score(countBelow(sortedMonetary, totals.values[c]), buyers);
				segments[c] = RfmSegment.of(r[c], f[c], m[c]);
			}
		}
		return new Rfm(recency, r, f, m, segments, totals);
	}

	/** 1 + floor(5 counted / n). */
	static byte score(int counted, int n) {
		return (byte) (1 + (5L * counted) / n);
	}

	private static int countBelow(int[] ascending, int value) {
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending[middle] < value) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static int countAtMost(int[] ascending, int value) {
		return countBelow(ascending, value + 1);
	}

	private static int countBelow(BigDecimal[] ascending, BigDecimal value) {
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending[middle].compareTo(value) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** Whether customer c bought within the window. */
	public boolean isBuyer(int c) {
		return recency[c] >= 0;
	}

	/** The three scores as one text, for example {@code 545}. */
	public String scoreText(int c) {
		return "" + recencyScores[c] + frequencyScores[c] + monetaryScores[c]; //$NON-NLS-1$
	}
}
