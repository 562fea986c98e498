package org.travelcrm.model.values;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
 * An id is packed when the run of ASCII digits at its end is 1 to {@value #MAX_DIGITS} digits
 * long and the text before that run has at most {@value #MAX_PREFIX} characters, which is one
 * of the first {@value #MAX_SHARED_PREFIXES} such texts met. Any other id is kept whole.
 */
public final class NumberedIds {

	/** The most trailing digits packed; numbers of 17 digits need 57 bits. */
	public static final int MAX_DIGITS = 17;

	/**
	 * The longest text before the digits that is shared. Longer texts are seldom the same for
	 * many ids, so sharing them would only fill the pool of prefixes.
	 */
	public static final int MAX_PREFIX = 16;

	/**
	 * The most prefixes shared. Where every id has a prefix of its own, sharing saves nothing,
	 * and the pool stops growing; ids with new prefixes are then kept whole.
	 */
	public static final int MAX_SHARED_PREFIXES = 4096;

	private static final int WIDTH_SHIFT = 57;

	private static final long VALUE_MASK = (1L << WIDTH_SHIFT) - 1;

	private static final Map<String, String> PREFIXES = new ConcurrentHashMap<>();

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
	 * The text before the packed digits of an id, one string for all ids with that prefix.
	 *
	 * @param digits what {@link #digits(String)} returned for this id
	 * @return the prefix, or {@code null} when the id is kept whole: its digits are {@code 0},
	 *         or the pool of prefixes is full and does not hold this one
	 */
	public static String prefix(String id, long digits) {
		if (digits == 0) {
			return null;
		}
		int length = id.length() - width(digits);
		String last = lastPrefix;
		if (last.length() == length && id.startsWith(last)) {
			return last;
		}
		String text = id.substring(0, length);
		String prefix = PREFIXES.size() < MAX_SHARED_PREFIXES
				? PREFIXES.computeIfAbsent(text, Function.identity())
				: PREFIXES.get(text);
		if (prefix != null) {
			lastPrefix = prefix;
		}
		return prefix;
	}

	/**
	 * The id kept as {@code text} and {@code digits}.
	 *
	 * @param text the whole id when {@code digits} is {@code 0}, otherwise its prefix
	 * @param digits the packed digits, or {@code 0}
	 */
	public static String id(String text, long digits) {
		if (digits == 0 || text == null) {
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

	/**
	 * The hash code of the id kept as {@code text} and {@code digits}, equal to the
	 * {@link String#hashCode()} of the rebuilt id, computed without rebuilding it; {@code 0}
	 * without an id.
	 */
	public static int hash(String text, long digits) {
		if (text == null) {
			return 0;
		}
		if (digits == 0) {
			return text.hashCode();
		}
		// The hash of the digits alone, last digit first, and the power of 31 that shifts the
		// prefix's hash in front of them.
		int low = 0;
		int power = 1;
		long value = digits & VALUE_MASK;
		for (int i = width(digits); i > 0; i--) {
			low += ('0' + (int) (value % 10)) * power;
			power *= 31;
			value /= 10;
		}
		return text.hashCode() * power + low;
	}

	private static int width(long digits) {
		return (int) (digits >>> WIDTH_SHIFT);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
