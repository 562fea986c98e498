package org.travelcrm.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartSeries;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ColumnType;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.Agency;

/**
 * The analysis report: one self-contained HTML file with every analysis's charts (inline SVG)
 * and tables, as the command line and the workbench write it. Tables longer than
 * {@value #MAX_ROWS} rows show their first rows and say how many there are.
 */
@SuppressWarnings("nls")
public final class HtmlReport {

	/** Rows shown per table. */
	public static final int MAX_ROWS = 200;

	/**
	 * One analysis in the report.
	 *
	 * @param descriptor what the analysis is
	 * @param result     what it computed
	 */
	public record Section(AnalysisDescriptor descriptor, AnalysisResult result) {
	}

	private HtmlReport() {
	}

	/** The report as HTML text. */
	public static String write(Agency agency, LocalDate asOf, List<Section> sections) {
		StringBuilder html = new StringBuilder(1 << 16);
		String name = agency.getName() == null ? "" : agency.getName(); //$NON-NLS-1$
		String title = NLS.bind(Messages.Report_title, name);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(Messages.Report_language) //$NON-NLS-1$
				.append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>") //$NON-NLS-1$
				.append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE) //$NON-NLS-1$
				.append("</style>\n</head>\n<body>\n"); //$NON-NLS-1$
		html.append("<h1>").append(Html.escape(title)).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("<p class=\"facts\">").append(Html.escape(NLS.bind(Messages.Report_facts,
				new Object[] { asOf, agency.getCustomers().size(), agency.getBookings().size() })))
				.append("</p>\n<nav><ol>\n"); //$NON-NLS-1$
		for (int i = 0; i < sections.size(); i++) {
			html.append("<li><a href=\"#s").append(i).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Html.escape(sections.get(i).descriptor().name())).append("</a></li>\n"); //$NON-NLS-1$
		}
		html.append("</ol></nav>\n"); //$NON-NLS-1$
		for (int i = 0; i < sections.size(); i++) {
			section(html, i, sections.get(i));
		}
		return html.append("</body>\n</html>\n").toString(); //$NON-NLS-1$
	}

	private static void section(StringBuilder html, int index, Section section) {
		AnalysisDescriptor descriptor = section.descriptor();
		AnalysisResult result = section.result();
		html.append("<section id=\"s").append(index).append("\">\n<h2>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(Html.escape(descriptor.name())).append("</h2>\n"); //$NON-NLS-1$
		if (descriptor.description() != null && !descriptor.description().isBlank()) {
			html.append("<p>").append(Html.escape(descriptor.description())).append("</p>\n");
		}
		if (!result.parameters().isEmpty()) {
			html.append("<p class=\"parameters\">").append(Html.escape(Messages.Report_parameters));
			for (Map.Entry<String, String> parameter : result.parameters().entrySet()) {
				html.append(" <code>").append(Html.escape(parameter.getKey())).append('=') //$NON-NLS-1$
						.append(Html.escape(parameter.getValue())).append("</code>"); //$NON-NLS-1$
			}
			html.append("</p>\n"); //$NON-NLS-1$
		}
		for (ChartSeries series : result.series()) {
			html.append("<figure>").append(SvgChart.render(series)).append("<figcaption>")
					.append(Html.escape(series.label())).append("</figcaption></figure>\n"); //$NON-NLS-1$
		}
		for (ResultTable table : result.tables()) {
			table(html, table);
		}
		html.append("</section>\n"); //$NON-NLS-1$
	}

	private static void table(StringBuilder html, ResultTable table) {
		List<Column> columns = table.columns();
		html.append("<h3>").append(Html.escape(table.label())).append("</h3>\n<table>\n<thead><tr>");
		for (Column column : columns) {
			html.append("<th>").append(Html.escape(column.label())).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n"); //$NON-NLS-1$
		List<List<Object>> rows = table.rows();
		for (int r = 0; r < Math.min(rows.size(), MAX_ROWS); r++) {
			html.append("<tr>"); //$NON-NLS-1$
			List<Object> row = rows.get(r);
			for (int c = 0; c < columns.size(); c++) {
				boolean numeric = columns.get(c).type() == ColumnType.INTEGER
						|| columns.get(c).type() == ColumnType.DECIMAL;
				html.append(numeric ? "<td class=\"n\">" : "<td>") //$NON-NLS-1$ //$NON-NLS-2$
						.append(Html.escape(cell(row.get(c)))).append("</td>"); //$NON-NLS-1$
			}
			html.append("</tr>\n"); //$NON-NLS-1$
		}
		html.append("</tbody>\n</table>\n"); //$NON-NLS-1$
		if (rows.size() > MAX_ROWS) {
			html.append("<p class=\"more\">").append(Html.escape(NLS.bind(Messages.Report_moreRows,
					MAX_ROWS, rows.size()))).append("</p>\n"); //$NON-NLS-1$
		}
	}

	private static String cell(Object value) {
		if (value == null) {
			return "—"; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static final String STYLE = String.join("\n", //$NON-NLS-1$
			"body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;", //$NON-NLS-1$
			"margin:2em;color:#222}h1{font-size:1.6em}", //$NON-NLS-1$
			"h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}", //$NON-NLS-1$
			"table{border-collapse:collapse;margin:.5em 0 1.5em}", //$NON-NLS-1$
			"th,td{border:1px solid #ddd;padding:.25em .6em}", //$NON-NLS-1$
			"th{background:#f3f5f8;text-align:left}", //$NON-NLS-1$
			"td.n{text-align:right;font-variant-numeric:tabular-nums}", //$NON-NLS-1$
			"figure{margin:1em 0}figcaption{color:#555;font-size:.9em}", //$NON-NLS-1$
			".facts,.parameters,.more{color:#555}", //$NON-NLS-1$
			"code{background:#f3f3f3;padding:0 .3em;margin-right:.3em}", ""); //$NON-NLS-1$ //$NON-NLS-2$
}
