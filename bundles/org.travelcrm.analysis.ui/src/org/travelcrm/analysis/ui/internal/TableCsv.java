package org.travelcrm.analysis.ui.internal;

import java.util.List;

import org.travelcrm.analysis.ui.model.ViewModel;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ResultTable;

/** A result table as CSV for spreadsheets: a header of labels, values as shown, RFC 4180. */
@SuppressWarnings("nls")
final class TableCsv {

	private TableCsv() {
	}

	static String write(ResultTable table) {
		StringBuilder csv = new StringBuilder("\uFEFF"); //$NON-NLS-1$
		List<Column> columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			csv.append(i == 0 ? "" : ",").append(quote(columns.get(i).label())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		csv.append("\r\n"); //$NON-NLS-1$
		for (List<Object> row : table.rows()) {
			for (int i = 0; i < columns.size(); i++) {
				csv.append(i == 0 ? "" : ",").append(quote(ViewModel.cellText(row.get(i),
						columns.get(i))));
			}
			csv.append("\r\n"); //$NON-NLS-1$
		}
		return csv.toString();
	}

	private static String quote(String text) {
		if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
			return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}
}
