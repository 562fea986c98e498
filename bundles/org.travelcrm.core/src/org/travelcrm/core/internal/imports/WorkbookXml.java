package org.travelcrm.core.internal.imports;

import java.io.InputStream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportFileException;

/**
 * Reads the XML parts of a workbook safely: a part never brings a DOCTYPE, a DTD or an external
 * entity into play, and elements are matched by local name, so that transitional and strict
 * workbooks read alike.
 */
@SuppressWarnings("nls")
final class WorkbookXml {

	private WorkbookXml() {
	}

	/**
	 * Opens a part and moves to its root element.
	 *
	 * @throws ImportFileException when the part is no XML or declares a DOCTYPE
	 */
	static XMLStreamReader open(InputStream content, String fileName, String part)
			throws ImportFileException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(content);
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					throw new ImportFileException(NLS.bind(Messages.Workbook_doctype, fileName,
							part));
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					return reader;
				}
			}
			throw new ImportFileException(NLS.bind(Messages.Workbook_badXml, new Object[] {
					fileName, part, 1, Messages.Workbook_emptyPart }));
		} catch (XMLStreamException e) {
			throw failure(e, fileName, part);
		}
	}

	/**
	 * The exception to throw for a part that cannot be read: the limit or damage found in the
	 * archive beneath it, or the place and reason of the XML error.
	 */
	static ImportFileException failure(XMLStreamException e, String fileName, String part) {
		for (Throwable cause = e; cause != null; cause = causeOf(cause)) {
			if (cause instanceof ImportFileException archiveProblem) {
				return archiveProblem;
			}
		}
		Location location = e.getLocation();
		int line = location == null ? 1 : Math.max(1, location.getLineNumber());
		String reason = e.getMessage() == null ? e.toString() : e.getMessage();
		// The message repeats "ParseError at [row,col]:" before the reason.
		int reasonStart = reason.indexOf("Message: ");
		if (reasonStart >= 0) {
			reason = reason.substring(reasonStart + "Message: ".length());
		}
		return new ImportFileException(NLS.bind(Messages.Workbook_badXml, new Object[] {
				fileName, part, line, reason.strip() }), e);
	}

	private static Throwable causeOf(Throwable e) {
		if (e.getCause() != null || !(e instanceof XMLStreamException xml)) {
			return e.getCause();
		}
		return xml.getNestedException() == e ? null : xml.getNestedException();
	}

	/** The value of an attribute without a namespace, or {@code null}. */
	static String attribute(XMLStreamReader reader, String name) {
		int count = reader.getAttributeCount();
		for (int i = 0; i < count; i++) {
			if (reader.getAttributeLocalName(i).equals(name)) {
				String namespace = reader.getAttributeNamespace(i);
				if (namespace == null || namespace.isEmpty()) {
					return reader.getAttributeValue(i);
				}
			}
		}
		return null;
	}

	/** The relationship id of an element ({@code r:id}), or {@code null}. */
	static String relationshipId(XMLStreamReader reader) {
		int count = reader.getAttributeCount();
		for (int i = 0; i < count; i++) {
			String namespace = reader.getAttributeNamespace(i);
			if (reader.getAttributeLocalName(i).equals("id") && namespace != null
					&& namespace.contains("relationships")) {
				return reader.getAttributeValue(i);
			}
		}
		return null;
	}

	/**
	 * The text of a shared or inline string positioned on its start ({@code <si>} or
	 * {@code <is>}): its {@code <t>} elements, plain or in rich text runs, without the phonetic
	 * guides of {@code <rPh>}; moves to the element's end.
	 */
	static String richText(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				if (name.equals("t")) {
					text.append(reader.getElementText());
				} else if (name.equals("rPh")) {
					skip(reader);
				} else {
					depth++;
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return unescape(text);
	}

	/** Moves from an element's start to its end, past everything inside. */
	static void skip(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * Text with Excel's escapes of characters XML cannot hold resolved: {@code _x000D_} is a
	 * carriage return, {@code _x005F_} an underscore that would otherwise start an escape.
	 */
	static String unescape(CharSequence text) {
		int length = text.length();
		StringBuilder out = null;
		int copied = 0;
		for (int i = 0; i + 6 < length; i++) {
			if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_') {
				int code = hex(text, i + 2);
				if (code >= 0) {
					if (out == null) {
						out = new StringBuilder(length);
					}
					out.append(text, copied, i).append((char) code);
					i += 6;
					copied = i + 1;
				}
			}
		}
		if (out == null) {
			return text.toString();
		}
		return out.append(text, copied, length).toString();
	}

	/** The value of four hexadecimal digits, or -1. */
	private static int hex(CharSequence text, int start) {
		int value = 0;
		for (int i = start; i < start + 4; i++) {
			int digit = Character.digit(text.charAt(i), 16);
			if (digit < 0) {
				return -1;
			}
			value = value * 16 + digit;
		}
		return value;
	}
}
