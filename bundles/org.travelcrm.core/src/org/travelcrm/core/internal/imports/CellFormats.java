package org.travelcrm.core.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which cell styles of a workbook show numbers as days or times of day, as its styles part
 * ({@code xl/styles.xml}) says: each style of {@code <cellXfs>} names a number format, built in
 * by id or written out in {@code <numFmts>}.
 */
@SuppressWarnings("nls")
final class CellFormats {

	/** What a number format makes of a number. */
	enum Kind {
		/** A plain number. */
		NUMBER,
		/** A day, possibly with a time. */
		DATE,
		/** A time of day, without a day. */
		TIME,
		/** Elapsed time in hours, minutes or seconds ({@code [h]:mm}), never a day. */
		DURATION
	}

	/** The formats of styles that show a plain number: a workbook without a styles part. */
	static final CellFormats NONE = new CellFormats(new Kind[0]);

	private final Kind[] styles;

	private CellFormats(Kind[] styles) {
		this.styles = styles;
	}

	/** What the style with an index (a cell's {@code s}) makes of a number. */
	Kind kind(int style) {
		return style >= 0 && style < styles.length ? styles[style] : Kind.NUMBER;
	}

	/**
	 * Reads a styles part positioned on its root element.
	 *
	 * @throws XMLStreamException when the part is no well-formed XML
	 */
	static CellFormats read(XMLStreamReader reader) throws XMLStreamException {
		Map<Integer, String> codes = new HashMap<>();
		List<Integer> formatIds = new ArrayList<>();
		boolean inCellStyles = false;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				if (name.equals("numFmt")) {
					Integer id = number(WorkbookXml.attribute(reader, "numFmtId"));
					String code = WorkbookXml.attribute(reader, "formatCode");
					if (id != null && code != null) {
						codes.put(id, code);
					}
				} else if (name.equals("cellXfs")) {
					inCellStyles = true;
				} else if (name.equals("xf") && inCellStyles) {
					Integer id = number(WorkbookXml.attribute(reader, "numFmtId"));
					formatIds.add(id == null ? 0 : id);
				}
			} else if (event == XMLStreamConstants.END_ELEMENT
					&& reader.getLocalName().equals("cellXfs")) {
				inCellStyles = false;
			}
		}
		Kind[] styles = new Kind[formatIds.size()];
		for (int i = 0; i < styles.length; i++) {
			int id = formatIds.get(i);
			String code = codes.get(id);
			styles[i] = code != null ? ofCode(code) : builtIn(id);
		}
		return new CellFormats(styles);
	}

	/**
	 * What a built-in format makes of a number: 14-22 and 45-47 are the days and times of every
	 * language; 27-36 and 50-58 those of Chinese, Japanese and Korean workbooks.
	 */
	static Kind builtIn(int id) {
		if (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 31 || id == 36
				|| id >= 50 && id <= 54 || id == 57 || id == 58) {
			return Kind.DATE;
		}
		if (id >= 18 && id <= 21 || id >= 45 && id <= 47 || id >= 32 && id <= 35 || id == 55
				|| id == 56) {
			return Kind.TIME;
		}
		return Kind.NUMBER;
	}

	/**
	 * What a written-out format code makes of a number: a day when its first section has a
	 * year, day or month token outside quotes, escapes, brackets ({@code [Red]}, {@code [h]}) and
	 * the characters after {@code _} and {@code *}, a time when it has only hours, minutes
	 * ({@code m} next to {@code h} or {@code s}) or seconds.
	 */
	static Kind ofCode(String code) {
		List<Character> tokens = new ArrayList<>();
		boolean elapsed = false;
		int length = code.length();
		for (int i = 0; i < length; i++) {
			char c = code.charAt(i);
			switch (c) {
				case '"' -> i = end(code, i + 1, '"');
				case '[' -> {
					int close = end(code, i + 1, ']');
					char unit = elapsedUnit(code, i + 1, close);
					if (unit != 0) {
						elapsed = true;
						tokens.add(unit);
					}
					i = close;
				}
				case '\\', '_', '*' -> i++;
				case ';' -> i = length;
				default -> {
					char letter = Character.toLowerCase(c);
					if (code.regionMatches(true, i, "AM/PM", 0, 5)) {
						i += 4;
					} else if (code.regionMatches(true, i, "A/P", 0, 3)) {
						i += 2;
					} else if ("ymdhs".indexOf(letter) >= 0 && (tokens.isEmpty()
							|| tokens.get(tokens.size() - 1) != letter
							|| Character.toLowerCase(code.charAt(i - 1)) != letter)) {
						tokens.add(letter);
					}
				}
			}
		}
		boolean day = false;
		boolean time = false;
		for (int i = 0; i < tokens.size(); i++) {
			char token = tokens.get(i);
			boolean minutes = token == 'm' && (i > 0 && tokens.get(i - 1) == 'h'
					|| i + 1 < tokens.size() && tokens.get(i + 1) == 's');
			day |= token == 'y' || token == 'd' || token == 'm' && !minutes;
			time |= token == 'h' || token == 's' || minutes;
		}
		if (day) {
			return Kind.DATE;
		}
		return elapsed ? Kind.DURATION : time ? Kind.TIME : Kind.NUMBER;
	}

	/**
	 * The unit of an elapsed time in brackets ({@code [h]}, {@code [mm]}, {@code [ss]}), or 0
	 * for anything else in brackets, such as a colour or a locale.
	 */
	private static char elapsedUnit(String code, int from, int to) {
		if (to <= from || to >= code.length()) {
			return 0;
		}
		char unit = Character.toLowerCase(code.charAt(from));
		if ("hms".indexOf(unit) < 0) {
			return 0;
		}
		for (int i = from; i < to; i++) {
			if (Character.toLowerCase(code.charAt(i)) != unit) {
				return 0;
			}
		}
		return unit;
	}

	/** The index of the closing character, or the last index when there is none. */
	private static int end(String code, int from, char close) {
		int end = code.indexOf(close, from);
		return end < 0 ? code.length() - 1 : end;
	}

	private static Integer number(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
