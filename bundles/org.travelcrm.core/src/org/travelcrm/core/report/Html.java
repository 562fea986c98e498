package org.travelcrm.core.report;

/**
 * Escaping text for HTML and SVG.
 */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&#39;"); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
