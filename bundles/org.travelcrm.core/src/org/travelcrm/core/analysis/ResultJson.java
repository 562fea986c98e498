package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes an analysis result as canonical JSON: the same result always gives the same text.
 * <p>
 * Only what is the same in every language is written: names, types and values, never labels.
 * Objects keep a fixed key order, parameters are sorted by name, decimals are written in plain
 * notation with their scale, dates as ISO {@code yyyy-MM-dd} strings. Snapshots store this
 * text, so that a recomputation can be compared with it exactly.
 */
public final class ResultJson {

	private ResultJson() {
	}

	/** The canonical JSON of a result. */
	public static String write(AnalysisResult result) {
		StringBuilder out = new StringBuilder(1024);
		out.append("{\"analysis\":"); //$NON-NLS-1$
		string(out, result.analysisId());
		out.append(",\"asOf\":"); //$NON-NLS-1$
		value(out, result.asOf());
		out.append(",\"parameters\":{"); //$NON-NLS-1$
		boolean first = true;
		for (Map.Entry<String, String> entry : result.parameters().entrySet()) {
			first = comma(out, first);
			string(out, entry.getKey());
			out.append(':');
			string(out, entry.getValue());
		}
		out.append("},"); //$NON-NLS-1$
		tablesAndSeries(out, result);
		out.append(",\"customers\":"); //$NON-NLS-1$
		customers(out, result.customers());
		return out.append('}').toString();
	}

	/**
	 * The tables and chart series of a result as one JSON object, {@code {"tables":[...],
	 * "series":[...]}}, for reports that list per-customer values elsewhere.
	 */
	public static String writeTablesAndSeries(AnalysisResult result) {
		StringBuilder out = new StringBuilder(1024).append('{');
		tablesAndSeries(out, result);
		return out.append('}').toString();
	}

	/** A JSON string literal of a text, quoted and escaped as in every result. */
	public static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2);
		string(out, text);
		return out.toString();
	}

	private static void tablesAndSeries(StringBuilder out, AnalysisResult result) {
		out.append("\"tables\":["); //$NON-NLS-1$
		boolean first = true;
		for (ResultTable table : result.tables()) {
			first = comma(out, first);
			table(out, table);
		}
		out.append("],\"series\":["); //$NON-NLS-1$
		first = true;
		for (ChartSeries series : result.series()) {
			first = comma(out, first);
			series(out, series);
		}
		out.append(']');
	}

	private static void table(StringBuilder out, ResultTable table) {
		out.append("{\"name\":"); //$NON-NLS-1$
		string(out, table.name());
		out.append(",\"columns\":"); //$NON-NLS-1$
		columns(out, table.columns());
		out.append(",\"rows\":["); //$NON-NLS-1$
		boolean first = true;
		for (List<Object> row : table.rows()) {
			first = comma(out, first);
			out.append('[');
			boolean firstValue = true;
			for (Object each : row) {
				firstValue = comma(out, firstValue);
				value(out, each);
			}
			out.append(']');
		}
		out.append("]}"); //$NON-NLS-1$
	}

	private static void series(StringBuilder out, ChartSeries series) {
		out.append("{\"name\":"); //$NON-NLS-1$
		string(out, series.name());
		out.append(",\"kind\":"); //$NON-NLS-1$
		string(out, series.kind().name());
		out.append(",\"points\":["); //$NON-NLS-1$
		boolean first = true;
		for (ChartPoint point : series.points()) {
			first = comma(out, first);
			out.append('[');
			string(out, point.label());
			out.append(',');
			value(out, point.x());
			out.append(',');
			value(out, point.y());
			out.append(']');
		}
		out.append("]}"); //$NON-NLS-1$
	}

	private static void customers(StringBuilder out, CustomerValues customers) {
		out.append("{\"columns\":"); //$NON-NLS-1$
		columns(out, customers.columns());
		out.append(",\"rows\":["); //$NON-NLS-1$
		for (int row = 0; row < customers.size(); row++) {
			if (row > 0) {
				out.append(',');
			}
			out.append('[');
			string(out, customers.customerId(row));
			for (Column column : customers.columns()) {
				out.append(',');
				value(out, customers.value(row, column.name()));
			}
			out.append(']');
		}
		out.append("]}"); //$NON-NLS-1$
	}

	private static void columns(StringBuilder out, List<Column> columns) {
		out.append('[');
		boolean first = true;
		for (Column column : columns) {
			first = comma(out, first);
			out.append("{\"name\":"); //$NON-NLS-1$
			string(out, column.name());
			out.append(",\"type\":"); //$NON-NLS-1$
			string(out, column.type().name());
			out.append('}');
		}
		out.append(']');
	}

	private static boolean comma(StringBuilder out, boolean first) {
		if (!first) {
			out.append(',');
		}
		return false;
	}

	private static void value(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null"); //$NON-NLS-1$
		} else if (value instanceof BigDecimal decimal) {
			out.append(decimal.toPlainString());
		} else if (value instanceof Long number) {
			out.append(number.longValue());
		} else if (value instanceof LocalDate day) {
			string(out, day.toString());
		} else {
			string(out, value.toString());
		}
	}

	private static void string(StringBuilder out, String text) {
		if (text == null) {
			out.append("null"); //$NON-NLS-1$
			return;
		}
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
