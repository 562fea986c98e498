package org.travelcrm.core.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportFileException;

/**
 * An Excel workbook ({@code .xlsx}) whose first worksheet an import reads, row by row.
 * <p>
 * The sheet is found as Excel finds it: the package's relationships name the workbook part, the
 * workbook lists its sheets in tab order, and the workbook's relationships name each sheet's
 * part. The first visible worksheet is read (charts are no worksheets). Its rows are streamed
 * from the archive each time they are asked for; the shared strings, the cell styles that show
 * days and times, and the date system are read once.
 * <p>
 * Excel 97-2003 workbooks and password-protected workbooks are compound files, not zip
 * archives: they are refused with what to do instead.
 */
@SuppressWarnings("nls")
public final class Workbook {

	private static final byte[] COMPOUND_FILE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
			(byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final int MAX_RELATIONSHIPS_MB = 16;
	private static final int MAX_COLUMNS = 16_384;

	private final String fileName;
	private final WorkbookArchive archive;
	private final String sheetName;
	private final String sheetPart;
	private final List<String> sharedStrings;
	private final CellFormats formats;
	private final boolean date1904;

	private Workbook(String fileName, WorkbookArchive archive, Contents contents, Sheet sheet) {
		this.fileName = fileName;
		this.archive = archive;
		this.sheetName = sheet.name();
		this.sheetPart = sheet.part();
		this.sharedStrings = contents.sharedStrings;
		this.formats = contents.formats;
		this.date1904 = contents.date1904;
	}

	/** Whether a file is to be read as a workbook: a zip archive, or named {@code .xlsx}. */
	public static boolean isWorkbook(byte[] bytes, String fileName) {
		return WorkbookArchive.isZip(bytes)
				|| fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/**
	 * Refuses an Excel 97-2003 workbook ({@code .xls}) or a password-protected workbook, which
	 * are compound files; other files pass.
	 *
	 * @throws ImportFileException saying to save the file as {@code .xlsx} or CSV
	 */
	public static void refuseCompoundFile(byte[] bytes, String fileName)
			throws ImportFileException {
		if (bytes.length < COMPOUND_FILE.length) {
			return;
		}
		for (int i = 0; i < COMPOUND_FILE.length; i++) {
			if (bytes[i] != COMPOUND_FILE[i]) {
				return;
			}
		}
		// A protected workbook is an encrypted package inside a compound file.
		boolean encrypted = contains(bytes, "EncryptedPackage".getBytes(
				StandardCharsets.UTF_16LE));
		throw new ImportFileException(NLS.bind(encrypted ? Messages.Workbook_encrypted
				: Messages.Workbook_oldExcel, fileName));
	}

	/**
	 * Reads a workbook's structure, shared strings and styles.
	 *
	 * @throws ImportFileException when the file is no workbook, is damaged, has no worksheet or
	 *             breaks a limit against zip bombs
	 */
	public static Workbook read(String fileName, byte[] bytes) throws ImportFileException {
		WorkbookArchive archive = new WorkbookArchive(bytes, fileName);
		Map<String, byte[]> relationshipParts = new HashMap<>();
		archive.scan((name, content) -> {
			if (name.toLowerCase(Locale.ROOT).endsWith(".rels")) {
				relationshipParts.put(key(name), readSmall(content, fileName, name));
			}
			return true;
		});
		// The package's own relationships (_rels/.rels) name the workbook part.
		Map<String, Relationship> root = relationships(relationshipParts, "", fileName);
		String workbookPart = root.values().stream()
				.filter(r -> r.type().endsWith("/officeDocument")).map(Relationship::target)
				.findFirst().orElseThrow(() -> new ImportFileException(NLS.bind(
						Messages.Workbook_noWorkbook, fileName)));
		Map<String, Relationship> parts = relationships(relationshipParts, workbookPart,
				fileName);
		Contents contents = new Contents(fileName, workbookPart, parts);
		archive.scan(contents::read);
		if (!contents.workbookRead) {
			throw new ImportFileException(NLS.bind(Messages.Workbook_noWorkbook, fileName));
		}
		return new Workbook(fileName, archive, contents, contents.firstWorksheet());
	}

	/** The name of the sheet read, as its tab shows it. */
	public String sheetName() {
		return sheetName;
	}

	/**
	 * The rows of the sheet that hold a value, each with its sheet row number.
	 *
	 * @param width the number of fields every row has at least, empty ones added at the end
	 * @throws ImportFileException when the sheet's part is missing or no XML
	 */
	public RecordSource rows(int width) throws ImportFileException {
		InputStream content = archive.open(sheetPart);
		if (content == null) {
			throw new ImportFileException(NLS.bind(Messages.Workbook_missingPart, fileName,
					sheetPart));
		}
		return new SheetReader(this, WorkbookXml.open(content, fileName, sheetPart), width);
	}

	/** The letters of a column in a cell reference: A for the first, AA for the 27th. */
	public static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder(3);
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** A cell as Excel names it in formulas: {@code Sheet1!C17}, {@code 'My data'!C17}. */
	String cellName(int column, int row) {
		boolean plain = !sheetName.isEmpty() && !Character.isDigit(sheetName.charAt(0));
		for (int i = 0; i < sheetName.length() && plain; i++) {
			char c = sheetName.charAt(i);
			plain = Character.isLetterOrDigit(c) || c == '_' || c == '.';
		}
		String sheet = plain ? sheetName : "'" + sheetName.replace("'", "''") + "'";
		return sheet + '!' + columnLetters(column) + row;
	}

	/** The index of a cell reference's column ({@code C17} gives 2), or -1 when it has none. */
	static int columnIndex(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length()) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + c - 'A' + 1;
			if (column > MAX_COLUMNS) {
				return -1;
			}
			i++;
		}
		return column - 1;
	}

	String fileName() {
		return fileName;
	}

	String sheetPart() {
		return sheetPart;
	}

	CellFormats formats() {
		return formats;
	}

	boolean date1904() {
		return date1904;
	}

	/**
	 * The text of a shared string.
	 *
	 * @throws ImportFileException when the workbook has no string of that index
	 */
	String sharedString(String index, int column, int row) throws ImportFileException {
		try {
			return sharedStrings.get(Integer.parseInt(index.strip()));
		} catch (NumberFormatException | IndexOutOfBoundsException e) {
			throw new ImportFileException(NLS.bind(Messages.Workbook_badSharedString,
					new Object[] { fileName, cellName(column, row), index }), e);
		}
	}

	/** A relationship of a part: what the target is, and the target's part name. */
	private record Relationship(String type, String target) {
	}

	/** A sheet of the workbook in tab order. */
	private record Sheet(String name, boolean hidden, String part) {
	}

	/** The relationships of a part, by id; none when the part has no relationships part. */
	private static Map<String, Relationship> relationships(Map<String, byte[]> parts,
			String source, String fileName) throws ImportFileException {
		int slash = source.lastIndexOf('/');
		String folder = source.substring(0, slash + 1);
		String name = folder + "_rels/" + source.substring(slash + 1) + ".rels";
		byte[] content = parts.get(key(name));
		Map<String, Relationship> relationships = new HashMap<>();
		if (content == null) {
			return relationships;
		}
		try {
			XMLStreamReader reader = WorkbookXml.open(new ByteArrayInputStream(content),
					fileName, name);
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT
						&& reader.getLocalName().equals("Relationship")
						&& !"External".equals(WorkbookXml.attribute(reader, "TargetMode"))) {
					String id = WorkbookXml.attribute(reader, "Id");
					String type = WorkbookXml.attribute(reader, "Type");
					String target = WorkbookXml.attribute(reader, "Target");
					if (id != null && type != null && target != null) {
						relationships.put(id, new Relationship(type, resolve(folder, target)));
					}
				}
			}
			return relationships;
		} catch (XMLStreamException e) {
			throw WorkbookXml.failure(e, fileName, name);
		}
	}

	/** The part name a relationship's target names, relative to its source's folder. */
	private static String resolve(String folder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : folder + target;
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				segments.pollLast();
			} else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return String.join("/", segments);
	}

	/** Part names are compared without regard to case. */
	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static byte[] readSmall(InputStream content, String fileName, String name)
			throws IOException {
		int limit = MAX_RELATIONSHIPS_MB << 20;
		byte[] bytes = content.readNBytes(limit + 1);
		if (bytes.length > limit) {
			throw new ImportFileException(NLS.bind(Messages.Workbook_partTooLarge,
					new Object[] { fileName, name, MAX_RELATIONSHIPS_MB }));
		}
		return bytes;
	}

	private static boolean contains(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** What a pass over the archive reads from the workbook, styles and shared strings parts. */
	private static final class Contents {

		private final String fileName;
		private final String workbookPart;
		private final String stylesPart;
		private final String sharedStringsPart;
		private final Map<String, Relationship> parts;
		private final List<Sheet> sheets = new ArrayList<>();
		List<String> sharedStrings = List.of();
		CellFormats formats = CellFormats.NONE;
		boolean date1904;
		boolean workbookRead;

		Contents(String fileName, String workbookPart, Map<String, Relationship> parts) {
			this.fileName = fileName;
			this.workbookPart = workbookPart;
			this.parts = parts;
			this.stylesPart = target(parts, "/styles");
			this.sharedStringsPart = target(parts, "/sharedStrings");
		}

		boolean read(String name, InputStream content) throws IOException {
			try {
				if (name.equalsIgnoreCase(workbookPart)) {
					XMLStreamReader reader = WorkbookXml.open(content, fileName, name);
					workbookRead = reader.getLocalName().equals("workbook");
					if (workbookRead) {
						readWorkbook(reader);
					}
				} else if (name.equalsIgnoreCase(stylesPart)) {
					formats = CellFormats.read(WorkbookXml.open(content, fileName, name));
				} else if (name.equalsIgnoreCase(sharedStringsPart)) {
					sharedStrings = readSharedStrings(WorkbookXml.open(content, fileName, name));
				}
				return true;
			} catch (XMLStreamException e) {
				throw WorkbookXml.failure(e, fileName, name);
			}
		}

		Sheet firstWorksheet() throws ImportFileException {
			Sheet first = null;
			for (Sheet sheet : sheets) {
				if (sheet.part() != null && !sheet.hidden()) {
					return sheet;
				}
				first = first == null && sheet.part() != null ? sheet : first;
			}
			if (first == null) {
				throw new ImportFileException(NLS.bind(Messages.Workbook_noWorksheet, fileName));
			}
			return first;
		}

		private void readWorkbook(XMLStreamReader reader) throws XMLStreamException {
			while (reader.hasNext()) {
				if (reader.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String element = reader.getLocalName();
				if (element.equals("workbookPr")) {
					String system = WorkbookXml.attribute(reader, "date1904");
					date1904 = "1".equals(system) || "true".equalsIgnoreCase(system);
				} else if (element.equals("sheet")) {
					Relationship target = parts.get(WorkbookXml.relationshipId(reader));
					String state = WorkbookXml.attribute(reader, "state");
					String name = WorkbookXml.attribute(reader, "name");
					boolean worksheet = target != null && target.type().endsWith("/worksheet");
					sheets.add(new Sheet(name == null ? "" : name,
							state != null && !state.equals("visible"),
							worksheet ? target.target() : null));
				}
			}
		}

		private static List<String> readSharedStrings(XMLStreamReader reader)
				throws XMLStreamException {
			List<String> strings = new ArrayList<>();
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT
						&& reader.getLocalName().equals("si")) {
					strings.add(WorkbookXml.richText(reader));
				}
			}
			return strings;
		}

		private static String target(Map<String, Relationship> parts, String typeEnd) {
			return parts.values().stream().filter(r -> r.type().endsWith(typeEnd))
					.map(Relationship::target).findFirst().orElse(null);
		}
	}
}
