package org.travelcrm.core.internal.analysis;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisParameters;
import org.travelcrm.core.analysis.FrequencyClass;
import org.travelcrm.core.analysis.ParameterNames;

/**
 * The purchase frequency class of every customer over the look-back window (0 days: all
 * history): no purchase {@code PROSPECT}, one {@code FIRST_TIME}, at least the multiple
 * threshold {@code MULTIPLE}, otherwise {@code REPEAT}.
 */
public final class Frequency {

	public final FrequencyClass[] classes;
	public final WindowTotals totals;

	private Frequency(FrequencyClass[] classes, WindowTotals totals) {
		this.classes = classes;
		this.totals = totals;
	}

	/** The classes under the parameters, shared per context. */
	public static Frequency of(AnalysisContext context, AnalysisParameters parameters,
			IProgressMonitor monitor) {
		int lookback = parameters.integer(ParameterNames.LOOKBACK_DAYS);
		int threshold = parameters.integer(ParameterNames.MULTIPLE_THRESHOLD);
		if (threshold < 2) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.Frequency_threshold, Integer.valueOf(threshold)));
		}
		return context.shared(List.of(Frequency.class, lookback, threshold), Frequency.class,
				() -> compute(WindowTotals.of(context, lookback, monitor), threshold));
	}

	private static Frequency compute(WindowTotals totals, int threshold) {
		FrequencyClass[] classes = new FrequencyClass[totals.counts.length];
		for (int c = 0; c < classes.length; c++) {
			int count = totals.counts[c];
			classes[c] = count == 0 ? FrequencyClass.PROSPECT
					: count == 1 ? FrequencyClass.FIRST_TIME
							: count >= threshold ? FrequencyClass.MULTIPLE : FrequencyClass.REPEAT;
		}
		return new Frequency(classes, totals);
	}
}
