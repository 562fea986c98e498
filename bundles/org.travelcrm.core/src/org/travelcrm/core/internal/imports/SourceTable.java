package org.travelcrm.core.internal.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.travelcrm.core.imports.CsvFormat;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportProfile;

/**
 * A delimited text file read into memory, with its format detected where the profile leaves it
 * open, and its column names (from the header row, or {@code #1}, {@code #2} ... without one).
 */
public final class SourceTable {

	private static final char[] DELIMITERS = { ',', ';', '\t' };
	private static final int SAMPLE_RECORDS = 50;

	private final String fileName;
	private final String text;
	private final CsvFormat format;
	private final List<String> columns;

	private SourceTable(String fileName, String text, CsvFormat format, List<String> columns) {
		this.fileName = fileName;
		this.text = text;
		this.format = format;
		this.columns = columns;
	}

	/** Reads and inspects a file. */
	public static SourceTable open(Path file, ImportProfile profile) throws IOException {
		String fileName = file.getFileName().toString();
		return of(fileName, Files.readAllBytes(file), profile);
	}

	/** Inspects a file's bytes. */
	public static SourceTable of(String fileName, byte[] bytes, ImportProfile profile)
			throws IOException {
		DecodedText decoded = DecodedText.decode(bytes, fileName, profile.getCharset());
		String text = decoded.text();
		char delimiter = profile.getDelimiter() != null ? profile.getDelimiter()
				: detectDelimiter(text, fileName);
		List<List<String>> sample = sample(text, delimiter, fileName);
		boolean header = profile.getHeader() != null ? profile.getHeader()
				: looksLikeHeader(sample);
		boolean decimalComma = switch (profile.getDecimalSeparator()) {
			case COMMA -> true;
			case POINT -> false;
			case AUTO -> delimiter != ',' && usesDecimalComma(sample, header);
		};
		List<String> columns = new ArrayList<>();
		int width = sample.isEmpty() ? 0 : sample.get(0).size();
		for (int i = 0; i < width; i++) {
			columns.add(header ? sample.get(0).get(i).trim() : "#" + (i + 1));
		}
		CsvFormat format = new CsvFormat(decoded.charset(), decoded.byteOrderMark(), delimiter,
				header, decimalComma);
		return new SourceTable(fileName, text, format, List.copyOf(columns));
	}

	public String fileName() {
		return fileName;
	}

	public CsvFormat format() {
		return format;
	}

	/** The column names, as profiles refer to them. */
	public List<String> columns() {
		return columns;
	}

	/** A parser over the records, the header row included. */
	public CsvParser parser() {
		return new CsvParser(text, format.delimiter(), fileName);
	}

	/** The first records after the header, for a preview. */
	public List<List<String>> firstRows(int count) throws IOException {
		CsvParser parser = parser();
		List<List<String>> rows = new ArrayList<>();
		boolean skip = format.header();
		while (rows.size() < count && parser.next()) {
			if (skip) {
				skip = false;
			} else {
				rows.add(List.copyOf(parser.fields()));
			}
		}
		return rows;
	}

	/**
	 * The delimiter that splits the first records into the most equal numbers of fields, more
	 * than one: commas, semicolons and tabs inside quotes do not count.
	 */
	private static char detectDelimiter(String text, String fileName) throws IOException {
		char best = ',';
		long bestScore = -1;
		for (char candidate : DELIMITERS) {
			List<List<String>> records = sample(text, candidate, fileName);
			if (records.isEmpty() || records.get(0).size() < 2) {
				continue;
			}
			int width = records.get(0).size();
			long consistent = records.stream().filter(r -> r.size() == width).count();
			long score = consistent * 1000 / records.size() * 1000 + width;
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		return best;
	}

	private static List<List<String>> sample(String text, char delimiter, String fileName)
			throws IOException {
		CsvParser parser = new CsvParser(text, delimiter, fileName);
		List<List<String>> records = new ArrayList<>();
		while (records.size() < SAMPLE_RECORDS && parser.next()) {
			records.add(List.copyOf(parser.fields()));
		}
		return records;
	}

	/**
	 * A first record is a header when none of its fields is a number or a date, and either one
	 * of them names a known field or a later record has a number or a date in some column.
	 */
	private static boolean looksLikeHeader(List<List<String>> sample) {
		if (sample.isEmpty()) {
			return false;
		}
		boolean namesAField = false;
		for (String value : sample.get(0)) {
			if (isNumberOrDate(value)) {
				return false;
			}
			for (ImportField field : ImportField.values()) {
				namesAField |= field.matchesHeader(value);
			}
		}
		if (namesAField) {
			return true;
		}
		for (List<String> record : sample.subList(1, sample.size())) {
			for (String value : record) {
				if (isNumberOrDate(value)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isNumberOrDate(String value) {
		String text = value.trim();
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(Character.isDigit(c) || ".,-/: +".indexOf(c) >= 0)) {
				return false;
			}
		}
		return true;
	}

	/** Whether numbers in the sample look like 1.234,50 or 12,5 rather than 1,234.50. */
	private static boolean usesDecimalComma(List<List<String>> sample, boolean header) {
		int comma = 0;
		int point = 0;
		for (List<String> record : sample.subList(header && !sample.isEmpty() ? 1 : 0,
				sample.size())) {
			for (String value : record) {
				switch (Decimals.separatorOf(value.trim())) {
					case COMMA -> comma++;
					case POINT -> point++;
					default -> {
						// Neither: an integer or no number at all.
					}
				}
			}
		}
		return comma > point;
	}
}
