package org.travelcrm.core.internal.imports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportFileException;

/**
 * Splits decoded text into records: fields separated by one delimiter character, optionally
 * quoted with {@code "}, a doubled quote standing for one, and quoted fields holding delimiters
 * and line breaks. Records end at {@code \n}, {@code \r\n} or {@code \r}.
 * <p>
 * Each record knows the file line it starts on, counted across line breaks inside quoted
 * fields. Lines that are entirely empty are no records. A quote inside an unquoted field is
 * kept as a character, as spreadsheet programs do; a quoted field that never ends is an error
 * of the file.
 */
public final class CsvParser implements RecordSource {

	private final String text;
	private final int length;
	private final char delimiter;
	private final String fileName;
	private final List<String> fields = new ArrayList<>();
	private final StringBuilder quoted = new StringBuilder();
	private int position;
	private int line = 1;
	private int recordLine;

	public CsvParser(String text, char delimiter, String fileName) {
		this.text = text;
		this.length = text.length();
		this.delimiter = delimiter;
		this.fileName = fileName;
	}

	/**
	 * Reads the next record.
	 *
	 * @return {@code false} at the end of the text
	 * @throws ImportFileException when a quoted field is not closed before the end
	 */
	@Override
	public boolean next() throws ImportFileException {
		fields.clear();
		while (position < length) {
			char c = text.charAt(position);
			if (c == '\n' || c == '\r') {
				endOfLine(c);
				continue;
			}
			recordLine = line;
			readRecord();
			return true;
		}
		return false;
	}

	@Override
	public List<String> fields() {
		return fields;
	}

	@Override
	public int line() {
		return recordLine;
	}

	private void readRecord() throws ImportFileException {
		while (true) {
			boolean lastField = position < length && text.charAt(position) == '"'
					? readQuoted()
					: readPlain();
			if (lastField) {
				return;
			}
		}
	}

	/** Reads an unquoted field; answers whether it ended the record. */
	private boolean readPlain() {
		int start = position;
		while (position < length) {
			char c = text.charAt(position);
			if (c == delimiter) {
				fields.add(text.substring(start, position));
				position++;
				return false;
			}
			if (c == '\n' || c == '\r') {
				fields.add(text.substring(start, position));
				endOfLine(c);
				return true;
			}
			position++;
		}
		fields.add(text.substring(start, position));
		return true;
	}

	/** Reads a quoted field; answers whether it ended the record. */
	private boolean readQuoted() throws ImportFileException {
		int openedOn = line;
		position++;
		quoted.setLength(0);
		int start = position;
		while (true) {
			int quote = text.indexOf('"', position);
			if (quote < 0) {
				throw new ImportFileException(NLS.bind(Messages.Csv_unclosedQuote, fileName,
						openedOn));
			}
			countLines(position, quote);
			if (quote + 1 < length && text.charAt(quote + 1) == '"') {
				quoted.append(text, start, quote + 1);
				position = quote + 2;
				start = position;
				continue;
			}
			quoted.append(text, start, quote);
			position = quote + 1;
			break;
		}
		// Characters between the closing quote and the delimiter belong to the field.
		while (position < length) {
			char c = text.charAt(position);
			if (c == delimiter) {
				fields.add(quoted.toString());
				position++;
				return false;
			}
			if (c == '\n' || c == '\r') {
				fields.add(quoted.toString());
				endOfLine(c);
				return true;
			}
			quoted.append(c);
			position++;
		}
		fields.add(quoted.toString());
		return true;
	}

	private void countLines(int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n')) {
				line++;
			}
		}
	}

	private void endOfLine(char c) {
		position++;
		if (c == '\r' && position < length && text.charAt(position) == '\n') {
			position++;
		}
		line++;
	}
}
