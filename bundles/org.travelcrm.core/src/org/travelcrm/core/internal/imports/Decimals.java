package org.travelcrm.core.internal.imports;

import java.math.BigDecimal;

import org.travelcrm.core.imports.ImportProfile.DecimalSeparator;

/**
 * Reads decimal numbers as spreadsheets and exports write them: with a decimal point or a
 * decimal comma, with group separators (point, comma, apostrophe, spaces), with a currency sign
 * or a leading plus.
 */
public final class Decimals {

	private Decimals() {
	}

	/**
	 * Reads a number.
	 *
	 * @param text trimmed, not empty
	 * @param decimalComma whether a lone comma separates the decimals
	 * @return the number, or {@code null} when the text is none
	 */
	public static BigDecimal parse(String text, boolean decimalComma) {
		if (isPlain(text)) {
			try {
				return new BigDecimal(text);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		StringBuilder digits = new StringBuilder(text.length());
		int lastPoint = text.lastIndexOf('.');
		int lastComma = text.lastIndexOf(',');
		char decimal;
		if (lastPoint >= 0 && lastComma >= 0) {
			decimal = lastPoint > lastComma ? '.' : ',';
		} else {
			decimal = decimalComma ? ',' : '.';
		}
		boolean sign = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			} else if (c == decimal) {
				digits.append('.');
			} else if ((c == '-' || c == '\u2212') && digits.isEmpty() && !sign) {
				digits.append('-');
				sign = true;
			} else if (c == '+' && digits.isEmpty() && !sign) {
				sign = true;
			} else if (!isIgnorable(c)) {
				return null;
			}
		}
		try {
			return new BigDecimal(digits.toString());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The decimal separator a number seems to use: POINT, COMMA, or AUTO for "cannot say". */
	static DecimalSeparator separatorOf(String text) {
		int point = text.lastIndexOf('.');
		int comma = text.lastIndexOf(',');
		if (point < 0 && comma < 0 || parse(text, comma > point) == null) {
			return DecimalSeparator.AUTO;
		}
		if (point >= 0 && comma >= 0) {
			return point > comma ? DecimalSeparator.POINT : DecimalSeparator.COMMA;
		}
		int separator = Math.max(point, comma);
		int decimals = text.length() - separator - 1;
		boolean once = text.indexOf(text.charAt(separator)) == separator;
		if (!once || decimals == 3) {
			// 1,234 or 1.234.567: a group separator, which says nothing alone.
			return DecimalSeparator.AUTO;
		}
		return comma >= 0 ? DecimalSeparator.COMMA : DecimalSeparator.POINT;
	}

	private static boolean isPlain(String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9' || c == '.' || c == '-' && i == 0)) {
				return false;
			}
		}
		return length > 0;
	}

	/** Group separators, spaces and currency signs. */
	private static boolean isIgnorable(char c) {
		return c == ',' || c == '.' || c == '\'' || c == ' ' || c == '\u00A0' || c == '\u202F'
				|| c == '\u2009' || c == '$' || c == '\u00A5' || c == '\uFFE5' || c == '\u20AC'
				|| c == '\u00A3' || c == '\u5143';
	}
}
