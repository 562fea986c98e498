package org.travelcrm.core.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportFileException;
import org.travelcrm.core.internal.imports.CellFormats.Kind;

/**
 * The rows of a worksheet part, streamed: each row that holds a value becomes a record numbered
 * with its sheet row, its cells in the columns their references name (missing cells are empty
 * fields), and its values written as a delimited file would hold them. A formula cell gives the
 * value Excel last computed; an error cell gives its error code, and its field a problem naming
 * the cell.
 */
@SuppressWarnings("nls")
final class SheetReader implements RecordSource {

	private final Workbook workbook;
	private final XMLStreamReader xml;
	private final int width;
	private final List<String> fields = new ArrayList<>();
	private final Map<Integer, String> problems = new HashMap<>();
	private int row;
	private boolean done;

	SheetReader(Workbook workbook, XMLStreamReader xml, int width) throws ImportFileException {
		this.workbook = workbook;
		this.xml = xml;
		this.width = width;
		try {
			done = true;
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT
						&& xml.getLocalName().equals("sheetData")) {
					done = false;
					break;
				}
			}
		} catch (XMLStreamException e) {
			throw failure(e);
		}
	}

	@Override
	public boolean next() throws ImportFileException {
		try {
			while (!done) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (xml.getLocalName().equals("row")) {
						readRow();
						if (!fields.isEmpty()) {
							while (fields.size() < width) {
								fields.add("");
							}
							return true;
						}
					} else {
						WorkbookXml.skip(xml);
					}
				} else if (event == XMLStreamConstants.END_ELEMENT
						|| event == XMLStreamConstants.END_DOCUMENT) {
					done = true;
				}
			}
			fields.clear();
			problems.clear();
			return false;
		} catch (XMLStreamException e) {
			throw failure(e);
		}
	}

	@Override
	public int line() {
		return row;
	}

	@Override
	public List<String> fields() {
		return fields;
	}

	@Override
	public String fieldProblem(int index) {
		return problems.isEmpty() ? null : problems.get(index);
	}

	/** Reads a row from its start to its end; trailing empty cells are dropped. */
	private void readRow() throws XMLStreamException, ImportFileException {
		fields.clear();
		problems.clear();
		String number = WorkbookXml.attribute(xml, "r");
		row = number == null ? row + 1 : parse(number, row + 1);
		int column = -1;
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (xml.getLocalName().equals("c")) {
					column = readCell(column);
				} else {
					WorkbookXml.skip(xml);
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
		}
		while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
			fields.remove(fields.size() - 1);
		}
	}

	/** Reads a cell from its start to its end and answers its column. */
	private int readCell(int previous) throws XMLStreamException, ImportFileException {
		String reference = WorkbookXml.attribute(xml, "r");
		int column = reference == null ? -1 : Workbook.columnIndex(reference);
		if (column < 0) {
			column = previous + 1;
		}
		String type = WorkbookXml.attribute(xml, "t");
		String style = WorkbookXml.attribute(xml, "s");
		String value = null;
		String inline = null;
		boolean formula = false;
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("v")) {
					value = xml.getElementText();
				} else if (name.equals("is")) {
					inline = WorkbookXml.richText(xml);
				} else {
					formula |= name.equals("f");
					WorkbookXml.skip(xml);
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
		}
		if (formula && value == null && inline == null) {
			// Written by a program that computes nothing: the value is not in the file.
			problems.put(column, NLS.bind(Messages.Workbook_formulaWithoutResult,
					workbook.cellName(column, row)));
		}
		String text = text(type, style, value, inline, column);
		if (!text.isEmpty()) {
			while (fields.size() <= column) {
				fields.add("");
			}
			fields.set(column, text);
		}
		return column;
	}

	/** A cell's value as text, by its type ({@code t}) and style ({@code s}). */
	private String text(String type, String style, String value, String inline, int column)
			throws ImportFileException {
		if (inline != null && (type == null || type.equals("inlineStr"))) {
			return inline;
		}
		if (value == null) {
			return "";
		}
		return switch (type == null ? "n" : type) {
			case "s" -> workbook.sharedString(value, column, row);
			case "str", "inlineStr" -> WorkbookXml.unescape(value);
			case "b" -> value.strip().equals("1") ? "TRUE" : "FALSE";
			case "e" -> {
				problems.put(column, NLS.bind(Messages.Workbook_errorCell,
						workbook.cellName(column, row), value));
				yield value;
			}
			case "d" -> CellValues.isoDay(value);
			default -> {
				Kind kind = style == null ? Kind.NUMBER
						: workbook.formats().kind(parse(style, 0));
				yield kind == Kind.NUMBER ? CellValues.number(value)
						: CellValues.dayOrTime(value, workbook.date1904(), kind);
			}
		};
	}

	private static int parse(String number, int otherwise) {
		try {
			return Integer.parseInt(number.strip());
		} catch (NumberFormatException e) {
			return otherwise;
		}
	}

	private ImportFileException failure(XMLStreamException e) {
		done = true;
		return WorkbookXml.failure(e, workbook.fileName(), workbook.sheetPart());
	}
}
