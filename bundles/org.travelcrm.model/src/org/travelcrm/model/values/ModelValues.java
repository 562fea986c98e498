package org.travelcrm.model.values;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes the model's own data types (calendar days, money, instants) and shares equal
 * values between objects.
 * <p>
 * A large agency holds millions of dates and amounts, most of them repeated (a few thousand
 * distinct days, common prices), and all of them immutable. Sharing one instance per value
 * keeps the heap per booking small. Amounts keep their scale: 2.5 and 2.50 stay distinct, so
 * that a value is written back exactly as it was read.
 */
public final class ModelValues {

	/** Beyond this many distinct amounts, new ones are no longer shared. */
	private static final int MONEY_CACHE_LIMIT = 1 << 18;

	/** Beyond this many distinct labels, new ones are no longer shared. */
	private static final int LABEL_CACHE_LIMIT = 1 << 16;

	private static final Map<Integer, LocalDate> DATES = new ConcurrentHashMap<>();
	private static final Map<BigDecimal, BigDecimal> MONEY = new ConcurrentHashMap<>();
	private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

	private ModelValues() {
	}

	/** The shared instance of a calendar day; a day millions of years away is not shared. */
	public static LocalDate date(LocalDate day) {
		if (day == null) {
			return null;
		}
		long epochDay = day.toEpochDay();
		if (epochDay != (int) epochDay) {
			return day;
		}
		return DATES.computeIfAbsent((int) epochDay, key -> day);
	}

	/** The shared instance of a calendar day given as year, month and day. */
	public static LocalDate date(int year, int month, int dayOfMonth) {
		return date(LocalDate.of(year, month, dayOfMonth));
	}

	/** The shared instance of an amount of money. */
	public static BigDecimal money(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal shared = MONEY.get(amount);
		if (shared != null) {
			return shared;
		}
		if (MONEY.size() < MONEY_CACHE_LIMIT) {
			shared = MONEY.putIfAbsent(amount, amount);
		}
		return shared == null ? amount : shared;
	}

	/**
	 * The shared instance of a label: a short text from a small vocabulary such as a sales
	 * channel, a city or a country.
	 */
	public static String label(String text) {
		if (text == null) {
			return null;
		}
		String shared = LABELS.get(text);
		if (shared != null) {
			return shared;
		}
		if (LABELS.size() < LABEL_CACHE_LIMIT) {
			shared = LABELS.putIfAbsent(text, text);
		}
		return shared == null ? text : shared;
	}

	/**
	 * Reads a calendar day written as ISO {@code yyyy-MM-dd}.
	 *
	 * @throws IllegalArgumentException naming the text when it is no such day
	 */
	public static LocalDate parseDate(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return date(LocalDate.parse(text));
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("Not a calendar day (yyyy-MM-dd): " + text, e); //$NON-NLS-1$
		}
	}

	/**
	 * Reads an amount written in plain decimal notation.
	 *
	 * @throws IllegalArgumentException naming the text when it is no number
	 */
	public static BigDecimal parseMoney(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return money(new BigDecimal(text));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("Not a decimal amount: " + text, e); //$NON-NLS-1$
		}
	}

	/**
	 * Reads an instant written as ISO-8601 in UTC.
	 *
	 * @throws IllegalArgumentException naming the text when it is no instant
	 */
	public static Instant parseInstant(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return Instant.parse(text);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("Not an ISO-8601 instant: " + text, e); //$NON-NLS-1$
		}
	}

	/**
	 * Writes an amount so that {@link #parseMoney(String)} reads back the same number and
	 * scale: in plain notation, or with an exponent when its scale is negative ({@code 1E+5}).
	 */
	public static String format(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		return amount.scale() < 0 ? amount.toString() : amount.toPlainString();
	}

	/** Writes a calendar day as ISO {@code yyyy-MM-dd}. */
	public static String format(LocalDate day) {
		return day == null ? null : day.toString();
	}

	/** Writes an instant as ISO-8601 in UTC. */
	public static String format(Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
