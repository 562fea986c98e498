package org.travelcrm.core.internal.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.travelcrm.core.imports.CsvFormat;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportFileException;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.ImportProfile.DecimalSeparator;
import org.travelcrm.core.imports.SourceFormat;
import org.travelcrm.core.imports.WorkbookFormat;

/**
 * A file read into memory, with its column names (from the header row, or {@code #1},
 * {@code #2} ... without one): a delimited text file, with its format detected where the
 * profile leaves it open, or an Excel workbook, whose first worksheet is read.
 * <p>
 * A workbook is recognised by its content (a zip archive) or its name ({@code .xlsx}); it has
 * no encoding or delimiter to detect, and its first row names the columns unless the profile
 * says otherwise. Excel 97-2003 and password-protected workbooks are refused.
 */
public final class SourceTable {

	private static final char[] DELIMITERS = { ',', ';', '\t' };
	private static final int SAMPLE_RECORDS = 50;

	private final String fileName;
	private final String text;
	private final Workbook workbook;
	private final SourceFormat format;
	private final boolean decimalComma;
	private final List<String> columns;

	private SourceTable(String fileName, String text, Workbook workbook, SourceFormat format,
			boolean decimalComma, List<String> columns) {
		this.fileName = fileName;
		this.text = text;
		this.workbook = workbook;
		this.format = format;
		this.decimalComma = decimalComma;
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
		Workbook.refuseCompoundFile(bytes, fileName);
		if (Workbook.isWorkbook(bytes, fileName)) {
			return ofWorkbook(fileName, bytes, profile);
		}
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
		CsvFormat format = new CsvFormat(decoded.charset(), decoded.byteOrderMark(), delimiter,
				header, decimalComma);
		return new SourceTable(fileName, text, null, format, decimalComma,
				columns(sample.isEmpty() ? List.of() : sample.get(0), header));
	}

	private static SourceTable ofWorkbook(String fileName, byte[] bytes, ImportProfile profile)
			throws IOException {
		Workbook workbook = Workbook.read(fileName, bytes);
		boolean header = profile.getHeader() == null || profile.getHeader();
		// Number cells come with a decimal point; only numbers typed as text may use a comma.
		boolean decimalComma = profile.getDecimalSeparator() == DecimalSeparator.COMMA;
		RecordSource rows = workbook.rows(0);
		List<String> first = rows.next() ? rows.fields() : List.of();
		return new SourceTable(fileName, null, workbook,
				new WorkbookFormat(workbook.sheetName(), header), decimalComma,
				columns(first, header));
	}

	/** The names of the columns: the first record's fields, or numbers without a header. */
	private static List<String> columns(List<String> first, boolean header) {
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < first.size(); i++) {
			columns.add(header ? first.get(i).trim() : "#" + (i + 1));
		}
		return List.copyOf(columns);
	}

	public String fileName() {
		return fileName;
	}

	public SourceFormat format() {
		return format;
	}

	/** Whether the file is a workbook rather than delimited text. */
	public boolean isWorkbook() {
		return workbook != null;
	}

	/** Whether a lone comma in a number separates the decimals. */
	public boolean decimalComma() {
		return decimalComma;
	}

	/** The column names, as profiles refer to them. */
	public List<String> columns() {
		return columns;
	}

	/**
	 * The records, the header row included; a workbook's rows have at least as many fields as
	 * there are columns.
	 *
	 * @throws ImportFileException when a workbook's sheet cannot be opened
	 */
	public RecordSource records() throws ImportFileException {
		return format instanceof CsvFormat csv ? new CsvParser(text, csv.delimiter(), fileName)
				: workbook.rows(columns.size());
	}

	/** The first records after the header, for a preview. */
	public List<List<String>> firstRows(int count) throws IOException {
		RecordSource records = records();
		List<List<String>> rows = new ArrayList<>();
		boolean skip = format.header();
		while (rows.size() < count && records.next()) {
			if (skip) {
				skip = false;
			} else {
				rows.add(List.copyOf(records.fields()));
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
