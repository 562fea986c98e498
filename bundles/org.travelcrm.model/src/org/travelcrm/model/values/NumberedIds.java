package org.travelcrm.model.values;

/**
 * Keeps numbered external ids such as {@code B0001234} or {@code SO-2026-000123} in little
 * memory: the text before the trailing digits, which is the same for most ids of an agency and
 * is shared, and the digits packed into a {@code long}.
 * <p>
 * An agency has about ten times more bookings than customers, and the booking number is the
 * only text of a booking that differs from booking to booking. Held as a string, it costs a
 * string and its byte array, about 48 bytes for eight characters; packed, it costs the eight
 * bytes of a {@code long}. Ids are rebuilt on every read, character for character: leading
 * zeros, full-width digits and ids without trailing digits come back as they were given.
 * <p>
 * An id is packed when it ends in 1 to {@value #MAX_DIGITS} ASCII digits and the text before
 * them has at most {@value #MAX_PREFIX} characters. Any other id is kept whole, and its packed
 * digits are {@code 0}.
 */
public final class NumberedIds {

	/** The most trailing digits packed; 10<sup>17</sup> needs 57 bits. */
	public static final int MAX_DIGITS = 17;

	/**
	 * The longest text before the digits that is shared. Longer texts are seldom the same for
	 * many ids, so sharing them would only fill the string pool.
	 */
	public static final int MAX_PREFIX = 16;

	private static final int WIDTH_SHIFT = 57;

	private static final long VALUE_MASK = (1L << WIDTH_SHIFT) - 1;

	/**
	 * The prefix shared last. Ids arrive in runs with one prefix (a file, an import), so most
	 * of them find it here without creating a string. Racing threads at worst miss it.
	 */
	private static volatile String lastPrefix = ""; //$NON-NLS-1$

	private NumberedIds() {
	}

	/**
	 * The trailing digits of an id, packed with their count.
	 *
	 * @return the packed digits, never {@code 0} for an id that is packed; {@code 0} when the
	 *         id (also {@code null}) is kept whole
	 */
	public static long digits(String id) {
		if (id == null) {
			return 0;
		}
		int end = id.length();
		int start = end;
		while (start > 0 && end - start < MAX_DIGITS + 1 && isAsciiDigit(id.charAt(start - 1))) {
			start--;
		}
		int width = end - start;
		if (width == 0 || width > MAX_DIGITS || start > MAX_PREFIX) {
			return 0;
		}
		long value = 0;
		for (int i = start; i < end; i++) {
			value = value * 10 + (id.charAt(i) - '0');
		}
		return (long) width << WIDTH_SHIFT | value;
	}

	/**
	 * The part of an id that is kept as text: the id itself when {@code digits} is {@code 0},
	 * otherwise the text before its trailing digits, shared with every other id that starts
	 * with the same text.
	 *
	 * @param digits what {@link #digits(String)} returned for this id
	 */
	public static String text(String id, long digits) {
		if (digits == 0) {
			return id;
		}
		int length = id.length() - width(digits);
		String last = lastPrefix;
		if (last.length() == length && id.startsWith(last)) {
			return last;
		}
		String prefix = id.substring(0, length).intern();
		lastPrefix = prefix;
		return prefix;
	}

	/**
	 * The id kept as {@code text} and {@code digits}.
	 *
	 * @param text what {@link #text(String, long)} returned
	 * @param digits what {@link #digits(String)} returned
	 */
	public static String id(String text, long digits) {
		if (digits == 0) {
			return text;
		}
		int width = width(digits);
		int length = text.length();
		StringBuilder id = new StringBuilder(length + width).append(text);
		id.setLength(length + width);
		long value = digits & VALUE_MASK;
		for (int i = length + width - 1; i >= length; i--) {
			id.setCharAt(i, (char) ('0' + value % 10));
			value /= 10;
		}
		return id.toString();
	}

	private static int width(long digits) {
		return (int) (digits >>> WIDTH_SHIFT);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
