package org.travelcrm.model.values;

import java.util.Optional;

/**
 * Decides whether a text can be kept in an agency file.
 * <p>
 * Agency files are XML, which cannot hold most control characters (U+0000 to U+001F except
 * tab, line feed and carriage return), the non-characters U+FFFE and U+FFFF, or half of a
 * surrogate pair. Text with such a character is refused where it enters the agency (editing,
 * import) and, as a last line of defence, before anything is written.
 */
public final class StorableText {

	private StorableText() {
	}

	/**
	 * Finds the first character of a text that an agency file cannot hold.
	 *
	 * @return the index of that character in the text, or empty when the text can be stored
	 */
	public static Optional<Integer> firstUnstorable(String text) {
		if (text == null) {
			return Optional.empty();
		}
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					return Optional.of(i);
				}
			} else if (c == 0xFFFE || c == 0xFFFF) {
				return Optional.of(i);
			} else if (Character.isHighSurrogate(c)) {
				if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return Optional.of(i);
				}
				i++;
			} else if (Character.isLowSurrogate(c)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/** The character at an index as {@code U+0007}, for messages. */
	public static String describe(String text, int index) {
		return String.format("U+%04X", (int) text.charAt(index)); //$NON-NLS-1$
	}
}
