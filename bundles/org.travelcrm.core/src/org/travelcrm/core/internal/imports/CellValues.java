package org.travelcrm.core.internal.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.travelcrm.core.internal.imports.CellFormats.Kind;

/**
 * The values of a workbook's cells written as a delimited file holds them, so that the import
 * reads both alike: numbers as Excel shows them, days and times in ISO 8601.
 */
@SuppressWarnings("nls")
final class CellValues {

	/** Excel shows and computes with 15 significant digits; the rest is binary noise. */
	private static final MathContext SHOWN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
	private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
	/** Day 0 of the 1900 date system from 1 March 1900 on, past the leap day 1900 never had. */
	private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
	/** Beyond any day Excel shows; its last is day 2,958,465, 31 December 9999. */
	private static final BigDecimal NO_DAY = BigDecimal.valueOf(3_000_000);
	/** 29 February 1900, which Excel counts though the calendar does not. */
	private static final int MISSING_LEAP_DAY = 60;
	private static final int LAST_YEAR = 9999;

	private CellValues() {
	}

	/**
	 * A number as Excel shows it in a general format, rounded to 15 significant digits without
	 * an exponent or trailing zeros ({@code 0.30000000000000004} is {@code 0.3}), or text that is
	 * no number as it is.
	 */
	static String number(String value) {
		if (isShortInteger(value)) {
			return value;
		}
		BigDecimal number = parse(value);
		if (number == null) {
			return value;
		}
		if (number.signum() == 0) {
			return "0";
		}
		return number.round(SHOWN_DIGITS).stripTrailingZeros().toPlainString();
	}

	/**
	 * A serial number of a cell styled as a day or a time in ISO form: {@code 2024-03-05},
	 * {@code 2024-03-05 10:30:00}, {@code 10:30:00} for a time format below one day, or
	 * {@code 36:00:00} for an elapsed time format.
	 *
	 * @param value the cell's number
	 * @param date1904 whether the workbook counts days from 1904 (older Mac workbooks)
	 * @param kind what the cell's format shows
	 * @return the day or time, or the number as such when it is no day Excel can show
	 */
	static String dayOrTime(String value, boolean date1904, Kind kind) {
		BigDecimal serial = parse(value);
		if (serial == null) {
			return value;
		}
		if (serial.signum() < 0 || serial.compareTo(NO_DAY) > 0) {
			return number(value);
		}
		long seconds = serial.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP)
				.longValue();
		if (kind == Kind.DURATION) {
			return duration(seconds);
		}
		long days = seconds / 86_400;
		int secondOfDay = (int) (seconds % 86_400);
		if (kind == Kind.TIME && days == 0) {
			return time(secondOfDay);
		}
		String day;
		if (date1904) {
			day = iso(DAY_ZERO_1904.plusDays(days));
		} else if (days == 0) {
			// Excel's 0 January 1900 and its 29 February 1900 are written as such: no calendar
			// reads them, so the import reports them instead of shifting them by a day.
			day = "1900-01-00";
		} else if (days == MISSING_LEAP_DAY) {
			day = "1900-02-29";
		} else {
			day = iso(DAY_ZERO_1900.plusDays(days < MISSING_LEAP_DAY ? days + 1 : days));
		}
		if (day == null) {
			return number(value);
		}
		return secondOfDay == 0 ? day : day + ' ' + time(secondOfDay);
	}

	/**
	 * A day written in ISO 8601 by a strict workbook ({@code t="d"}): the day, followed by the
	 * time of day unless it is midnight; a zone and fractions of a second are dropped.
	 */
	static String isoDay(String value) {
		String text = value.strip();
		int separator = text.indexOf('T');
		if (separator < 0) {
			return text;
		}
		int end = separator + 1;
		while (end < text.length() && (Character.isDigit(text.charAt(end))
				|| text.charAt(end) == ':')) {
			end++;
		}
		String time = text.substring(separator + 1, end);
		String day = text.substring(0, separator);
		return time.isEmpty() || time.replace("0", "").replace(":", "").isEmpty() ? day
				: day + ' ' + time;
	}

	private static boolean isShortInteger(String value) {
		int length = value.length();
		if (length == 0 || length > 15) {
			return false;
		}
		int start = value.charAt(0) == '-' ? 1 : 0;
		if (start == length || value.charAt(start) == '0' && length > start + 1) {
			return false;
		}
		for (int i = start; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return !value.equals("-0");
	}

	private static BigDecimal parse(String value) {
		try {
			return new BigDecimal(value.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** A day in ISO form, or {@code null} beyond the years Excel shows. */
	private static String iso(LocalDate day) {
		return day.getYear() > LAST_YEAR ? null : day.toString();
	}

	/** Elapsed time as hours, minutes and seconds: {@code 36:00:00} for a day and a half. */
	private static String duration(long seconds) {
		char[] rest = new char[6];
		rest[0] = ':';
		two(rest, 1, (int) (seconds / 60 % 60));
		rest[3] = ':';
		two(rest, 4, (int) (seconds % 60));
		long hours = seconds / 3600;
		return (hours < 10 ? "0" + hours : Long.toString(hours)) + new String(rest);
	}

	private static String time(int secondOfDay) {
		char[] text = new char[8];
		two(text, 0, secondOfDay / 3600);
		text[2] = ':';
		two(text, 3, secondOfDay / 60 % 60);
		text[5] = ':';
		two(text, 6, secondOfDay % 60);
		return new String(text);
	}

	private static void two(char[] text, int at, int value) {
		text[at] = (char) ('0' + value / 10);
		text[at + 1] = (char) ('0' + value % 10);
	}
}
