package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.core.analysis.ChartSeries;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/**
 * What the built-in analyses share: the progress steps (columnar views, classification,
 * result) and small helpers to build results.
 */
abstract class BuiltInAnalysis implements Analysis {

	@Override
	public final AnalysisResult run(AnalysisRequest request, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		progress.split(1);
		request.context().purchases();
		progress.split(1);
		request.context().surveys();
		return compute(request, progress.split(8));
	}

	/** Computes the result once the columnar views are built. */
	abstract AnalysisResult compute(AnalysisRequest request, SubMonitor monitor);

	static LocalDate date(int epochDay) {
		return LocalDate.ofEpochDay(epochDay);
	}

	static LocalDate firstPurchase(Purchases purchases, int c) {
		return purchases.count(c) == 0 ? null : date(purchases.day(purchases.start(c)));
	}

	static LocalDate lastPurchase(Purchases purchases, int c) {
		return purchases.count(c) == 0 ? null : date(purchases.day(purchases.end(c) - 1));
	}

	/** A table with these columns; add rows and build. */
	static ResultTable.Builder table(String name, String label, Column... columns) {
		ResultTable.Builder table = ResultTable.builder(name, label);
		for (Column column : columns) {
			table.column(column);
		}
		return table;
	}

	/** A bar, line or pie series from a table's label column and value column. */
	static ChartSeries series(String name, String label, ChartKind kind, ResultTable table,
			String labelColumn, String valueColumn) {
		List<ChartPoint> points = new ArrayList<>();
		int labels = table.columnIndex(labelColumn);
		int values = table.columnIndex(valueColumn);
		for (List<Object> row : table.rows()) {
			Object value = row.get(values);
			if (value != null) {
				BigDecimal y = value instanceof BigDecimal decimal ? decimal
						: BigDecimal.valueOf(((Long) value).longValue());
				points.add(new ChartPoint(String.valueOf(row.get(labels)), null, y));
			}
		}
		return new ChartSeries(name, label, kind, points);
	}

	/** Per-customer values with these columns and values, one array per column. */
	static CustomerValues customers(Purchases purchases, Column[] columns, Object[][] values) {
		CustomerValues.Builder builder = CustomerValues.builder(purchases.customerIds());
		for (int i = 0; i < columns.length; i++) {
			builder.column(columns[i], values[i]);
		}
		return builder.build();
	}
}
