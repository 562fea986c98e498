package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.util.Arrays;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.FrequencyClass;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/**
 * Purchase frequency classes ({@link Frequency}): how many customers are prospects, first-time,
 * repeat and multiple buyers, and what they bought.
 */
public final class FrequencyAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.frequency"; //$NON-NLS-1$

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		Frequency frequency = Frequency.of(request.context(), request.parameters(), monitor);
		int n = purchases.customerCount();
		FrequencyClass[] classes = FrequencyClass.values();
		long[] customers = new long[classes.length];
		long[] counts = new long[classes.length];
		BigDecimal[] revenue = new BigDecimal[classes.length];
		Arrays.fill(revenue, BigDecimal.ZERO);
		Object[] purchaseCounts = new Object[n];
		Object[] classNames = new Object[n];
		for (int c = 0; c < n; c++) {
			int k = frequency.classes[c].ordinal();
			customers[k]++;
			counts[k] += frequency.totals.counts[c];
			if (frequency.totals.values[c] != null) {
				revenue[k] = revenue[k].add(frequency.totals.values[c]);
			}
			purchaseCounts[c] = Long.valueOf(frequency.totals.counts[c]);
			classNames[c] = frequency.classes[c].name();
		}
		ResultTable.Builder table = table("classes", Messages.Table_frequencyClasses, //$NON-NLS-1$
				Columns.FREQUENCY_CLASS, Columns.CUSTOMERS, Columns.CUSTOMER_SHARE,
				Columns.PURCHASES, Columns.REVENUE, Columns.REVENUE_SHARE);
		for (FrequencyClass each : classes) {
			int k = each.ordinal();
			table.row(each.name(), customers[k], Ratios.divide(customers[k], n), counts[k],
					revenue[k], Ratios.divide(revenue[k], frequency.totals.total));
		}
		ResultTable built = table.build();
		return request.newResult().table(built)
				.series(series("customersByClass", Messages.Series_customersByClass, //$NON-NLS-1$
						ChartKind.BAR, built, Columns.FREQUENCY_CLASS.name(),
						Columns.CUSTOMERS.name()))
				.customers(customers(purchases,
						new Column[] { Columns.FREQUENCY_CLASS, Columns.PURCHASES },
						new Object[][] { classNames, purchaseCounts }))
				.build();
	}
}
