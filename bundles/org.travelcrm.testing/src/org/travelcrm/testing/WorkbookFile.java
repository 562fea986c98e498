package org.travelcrm.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small Excel workbooks for import tests, part by part as Excel lays them out: the
 * first sheet with the rows given, stored as {@code sheet2.xml} and named through an absolute
 * relationship target; a second sheet in {@code sheet1.xml} that an import must not read;
 * shared strings after the sheets; and styles with day, time and number formats.
 */
public final class WorkbookFile {

	/** The general style. */
	public static final int GENERAL = 0;
	/** Built-in format 14, a short day. */
	public static final int DAY = 1;
	/** A custom format with day and time. */
	public static final int DAY_TIME = 2;
	/** A custom number format whose quoted text has day letters: still a number. */
	public static final int NUMBER_WITH_TEXT = 3;
	/** Built-in format 21, a time of day. */
	public static final int TIME = 4;

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String RELATIONSHIPS =
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String PACKAGE_RELATIONSHIPS =
			"http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String HEAD =
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private final String sheetName;
	private final StringBuilder rows = new StringBuilder();
	private final List<String> sharedStrings = new ArrayList<>();
	private final Map<String, byte[]> replaced = new LinkedHashMap<>();
	private boolean date1904;

	/** A cell as the sheet part writes it: its type attribute, style and content. */
	public record Cell(String type, int style, String content) {
	}

	public WorkbookFile(String sheetName) {
		this.sheetName = sheetName;
	}

	/** A string written into the cell itself rather than into the shared strings. */
	public static Cell inline(String text) {
		return new Cell("inlineStr", GENERAL, "<is><t>" + escape(text) + "</t></is>");
	}

	/** A number exactly as the sheet part spells it. */
	public static Cell number(String written) {
		return new Cell(null, GENERAL, "<v>" + written + "</v>");
	}

	/** A number shown through a style. */
	public static Cell styled(String written, int style) {
		return new Cell(null, style, "<v>" + written + "</v>");
	}

	/** A formula whose result is an error. */
	public static Cell error(String code) {
		return new Cell("e", GENERAL, "<f>1/0</f><v>" + escape(code) + "</v>");
	}

	/** A formula whose result is a text. */
	public static Cell formulaText(String text) {
		return new Cell("str", GENERAL, "<f>TRIM(\" x \")</f><v>" + escape(text) + "</v>");
	}

	public static Cell bool(boolean value) {
		return new Cell("b", GENERAL, "<v>" + (value ? 1 : 0) + "</v>");
	}

	/** A shared string of formatted runs with a phonetic guide that is no part of the text. */
	public static Cell richText(String... runs) {
		StringBuilder content = new StringBuilder();
		for (String run : runs) {
			content.append("<r><rPr><b/></rPr><t xml:space=\"preserve\">").append(escape(run))
					.append("</t></r>");
		}
		content.append("<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>");
		return new Cell("rich", GENERAL, content.toString());
	}

	/** Counts days from 1904 (older Mac workbooks) instead of 1900. */
	public WorkbookFile date1904() {
		this.date1904 = true;
		return this;
	}

	/**
	 * Adds a row with cell references: a {@code null} value leaves its cell out, a string is
	 * shared, numbers are written in general format, days and times with their styles.
	 */
	public WorkbookFile row(int number, Object... values) {
		rows.append("<row r=\"").append(number).append("\">");
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				Cell cell = cell(values[i]);
				rows.append("<c r=\"").append(column(i)).append(number).append('"');
				if (cell.style() != GENERAL) {
					rows.append(" s=\"").append(cell.style()).append('"');
				}
				if (cell.type() != null) {
					rows.append(" t=\"").append(cell.type()).append('"');
				}
				rows.append('>').append(cell.content()).append("</c>");
			}
		}
		rows.append("</row>");
		return this;
	}

	/** Adds a row exactly as written, for rows that {@link #row} cannot express. */
	public WorkbookFile rawRow(String xml) {
		rows.append(xml);
		return this;
	}

	/** Writes a part of its own in place of the one this class would write, or in addition. */
	public WorkbookFile part(String name, String content) {
		replaced.put(name, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** The serial number by which a workbook of a date system stores a day. */
	public static long serial(LocalDate day, boolean date1904) {
		return date1904 ? ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), day)
				: ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day);
	}

	public byte[] bytes() {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		put(parts, "[Content_Types].xml", contentTypes());
		put(parts, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS
				+ "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
				+ "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		put(parts, "xl/workbook.xml", workbook());
		put(parts, "xl/_rels/workbook.xml.rels", workbookRelationships());
		put(parts, "xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
				+ "<is><t>This sheet is not read</t></is></c></row>"));
		put(parts, "xl/worksheets/sheet2.xml", sheet(rows.toString()));
		put(parts, "xl/styles.xml", styles());
		put(parts, "xl/sharedStrings.xml", sharedStrings());
		parts.putAll(replaced);
		return zip(parts);
	}

	/** Zips parts in the order given. */
	public static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private Cell cell(Object value) {
		return switch (value) {
			case Cell cell when "rich".equals(cell.type()) -> shared(cell.content());
			case Cell cell -> cell;
			case String text -> shared("<t xml:space=\"preserve\">" + escape(text) + "</t>");
			case LocalDate day -> new Cell(null, DAY, "<v>" + serial(day, date1904) + "</v>");
			case LocalDateTime time -> new Cell(null, DAY_TIME, "<v>" + serial(time) + "</v>");
			case Number number -> number(number.toString());
			default -> throw new IllegalArgumentException("No cell for " + value);
		};
	}

	private String serial(LocalDateTime time) {
		BigDecimal fraction = BigDecimal.valueOf(time.toLocalTime().toSecondOfDay())
				.divide(BigDecimal.valueOf(86_400), 17, RoundingMode.HALF_UP);
		return BigDecimal.valueOf(serial(time.toLocalDate(), date1904)).add(fraction)
				.stripTrailingZeros().toPlainString();
	}

	private Cell shared(String content) {
		sharedStrings.add(content);
		return new Cell("s", GENERAL, "<v>" + (sharedStrings.size() - 1) + "</v>");
	}

	private static String column(int index) {
		String letters = "";
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters = (char) ('A' + (n - 1) % 26) + letters;
		}
		return letters;
	}

	private static String contentTypes() {
		String types = "application/vnd.openxmlformats-";
		String sheet = types + "officedocument.spreadsheetml.worksheet+xml";
		return HEAD
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"" + types
				+ "package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + types
				+ "officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + sheet + "\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"" + sheet + "\"/>"
				+ "</Types>";
	}

	private String workbook() {
		return HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
				+ (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
				+ "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId2\"/>"
				+ "<sheet name=\"Ignored\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>";
	}

	private static String workbookRelationships() {
		return HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
				+ relationship("rId1", "worksheet", "worksheets/sheet1.xml")
				+ relationship("rId2", "worksheet", "/xl/worksheets/sheet2.xml")
				+ relationship("rId3", "styles", "styles.xml")
				+ relationship("rId4", "sharedStrings", "sharedStrings.xml")
				+ "</Relationships>";
	}

	private static String relationship(String id, String type, String target) {
		return "<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIPS + "/" + type
				+ "\" Target=\"" + target + "\"/>";
	}

	private static String sheet(String rows) {
		return HEAD + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
				+ "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
				+ "<sheetData>" + rows + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" "
				+ "top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
	}

	private static String styles() {
		return HEAD + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
				+ "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/>"
				+ "<numFmt numFmtId=\"165\" formatCode=\"0&quot; days&quot;\"/></numFmts>"
				// A cell style format with a day: only cellXfs are the styles of cells.
				+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
				+ "<cellXfs count=\"5\"><xf numFmtId=\"0\" xfId=\"0\"/>"
				+ "<xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
				+ "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>"
				+ "<xf numFmtId=\"165\" xfId=\"0\" applyNumberFormat=\"1\"/>"
				+ "<xf numFmtId=\"21\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
				+ "</styleSheet>";
	}

	private String sharedStrings() {
		StringBuilder xml = new StringBuilder(HEAD).append("<sst xmlns=\"").append(MAIN)
				.append("\" count=\"").append(sharedStrings.size()).append("\" uniqueCount=\"")
				.append(sharedStrings.size()).append("\">");
		for (String content : sharedStrings) {
			xml.append("<si>").append(content).append("</si>");
		}
		return xml.append("</sst>").toString();
	}

	private static void put(Map<String, byte[]> parts, String name, String content) {
		parts.put(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
				.replace("\"", "&quot;");
	}
}
