package org.travelcrm.customers.ui.internal.list;

import java.util.List;

/** Writes CSV lines as RFC 4180 has them: commas, quotes doubled, CRLF line ends. */
final class CsvLines {

	private CsvLines() {
	}

	static void append(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String field = fields.get(i);
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
					|| field.indexOf('\r') >= 0) {
				String quoted = field.replace("\"", "\"\""); //$NON-NLS-1$ //$NON-NLS-2$
				csv.append('"').append(quoted).append('"');
			} else {
				csv.append(field);
			}
		}
		csv.append("\r\n"); //$NON-NLS-1$
	}
}
