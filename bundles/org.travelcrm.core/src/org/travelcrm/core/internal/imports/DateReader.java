package org.travelcrm.core.internal.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportProfile.DateOrder;
import org.travelcrm.core.imports.TwoDigitYears;
import org.travelcrm.model.values.ModelValues;

/**
 * Reads calendar days as exports write them, for one field: ISO {@code 2024-03-05},
 * {@code 2024/3/5}, {@code 2024年3月5日}, {@code M/D/YYYY} (or D/M/YYYY as the profile says),
 * {@code D.M.YYYY}, {@code 5 Mar 2024}, {@code Mar 5, 2024}, each optionally followed by a time,
 * which is ignored. A two-digit year is resolved by the field's policy.
 * <p>
 * Equal texts are read once: exports repeat the same few thousand days.
 */
public final class DateReader {

	private static final int CACHE_LIMIT = 1 << 14;
	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
			"jul", "aug", "sep", "oct", "nov", "dec");

	private final DateOrder slashOrder;
	private final TwoDigitYears twoDigitYears;
	private final int referenceYear;
	private final Map<String, LocalDate> cache = new HashMap<>();

	/** A date that could not be read, with the reason in the user's language. */
	public static final class DateProblem extends Exception {

		private static final long serialVersionUID = 1L;

		DateProblem(String message) {
			super(message, null, false, false);
		}
	}

	public DateReader(DateOrder slashOrder, TwoDigitYears twoDigitYears, int referenceYear) {
		this.slashOrder = slashOrder;
		this.twoDigitYears = twoDigitYears;
		this.referenceYear = referenceYear;
	}

	/**
	 * Reads a day.
	 *
	 * @param text trimmed, not empty
	 * @throws DateProblem saying why the text is no day
	 */
	public LocalDate read(String text) throws DateProblem {
		LocalDate cached = cache.get(text);
		if (cached != null) {
			return cached;
		}
		LocalDate day = parse(text);
		if (cache.size() < CACHE_LIMIT) {
			cache.put(text, day);
		}
		return day;
	}

	/**
	 * Reads a day split over three columns.
	 *
	 * @param year a year of four or two digits
	 * @param month a month number or an English month name (full or abbreviated)
	 * @param day a day of the month
	 */
	public LocalDate read(String year, String month, String day) throws DateProblem {
		String text = year + '|' + month + '|' + day;
		LocalDate cached = cache.get(text);
		if (cached != null) {
			return cached;
		}
		int monthNumber = monthOf(month);
		if (monthNumber < 0) {
			boolean chinese = !month.isEmpty() && isDateMark(month.charAt(month.length() - 1));
			monthNumber = number(chinese ? month.substring(0, month.length() - 1) : month, text);
		}
		LocalDate result = of(fullYear(year, text), monthNumber, number(day, text), text);
		if (cache.size() < CACHE_LIMIT) {
			cache.put(text, result);
		}
		return result;
	}

	private LocalDate parse(String text) throws DateProblem {
		String[] tokens = new String[3];
		char separator = tokenize(text, tokens);
		if (tokens[2] == null) {
			throw new DateProblem(NLS.bind(Messages.Date_unknownForm, text));
		}
		int monthName = monthOf(tokens[0]) >= 0 ? 0 : monthOf(tokens[1]) >= 0 ? 1 : -1;
		if (monthName == 0) {
			// Mar 5, 2024
			return of(fullYear(tokens[2], text), monthOf(tokens[0]), number(tokens[1], text), text);
		}
		if (monthName == 1) {
			// 5 Mar 2024, 5-Mar-24, or 2024-Mar-05
			if (tokens[0].length() == 4) {
				return of(fullYear(tokens[0], text), monthOf(tokens[1]), number(tokens[2], text),
						text);
			}
			return of(fullYear(tokens[2], text), monthOf(tokens[1]), number(tokens[0], text), text);
		}
		if (tokens[0].length() == 4) {
			return of(fullYear(tokens[0], text), number(tokens[1], text), number(tokens[2], text),
					text);
		}
		boolean dayFirst = separator == '.' || slashOrder == DateOrder.DMY;
		int first = number(tokens[0], text);
		int second = number(tokens[1], text);
		int year = fullYear(tokens[2], text);
		return dayFirst ? of(year, second, first, text) : of(year, first, second, text);
	}

	/**
	 * Splits the date part into three tokens of letters or digits and answers the separator
	 * between the first two. Whatever follows the third token (a time) is ignored.
	 */
	private static char tokenize(String text, String[] tokens) {
		int count = 0;
		int i = 0;
		int length = text.length();
		char separator = 0;
		while (i < length && count < 3) {
			char c = text.charAt(i);
			if (isDigit(c) || Character.isLetter(c) && !isDateMark(c)) {
				int start = i;
				boolean digits = isDigit(c);
				while (i < length && (digits ? isDigit(text.charAt(i))
						: Character.isLetter(text.charAt(i)) && !isDateMark(text.charAt(i)))) {
					i++;
				}
				tokens[count++] = text.substring(start, i);
			} else {
				if (count == 1 && separator == 0) {
					separator = c;
				}
				i++;
			}
		}
		return separator;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** 年, 月 and 日 separate the parts of a Chinese date. */
	private static boolean isDateMark(char c) {
		return c == '\u5E74' || c == '\u6708' || c == '\u65E5';
	}

	private static int monthOf(String token) {
		if (token.length() < 3 || !Character.isLetter(token.charAt(0))) {
			return -1;
		}
		String prefix = token.substring(0, 3).toLowerCase(Locale.ROOT);
		int index = MONTHS.indexOf(prefix);
		return index < 0 ? -1 : index + 1;
	}

	private static int number(String token, String text) throws DateProblem {
		if (token.isEmpty() || token.length() > 4 || !isDigit(token.charAt(0))) {
			throw new DateProblem(NLS.bind(Messages.Date_unknownForm, text));
		}
		int value = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!isDigit(c)) {
				throw new DateProblem(NLS.bind(Messages.Date_unknownForm, text));
			}
			value = value * 10 + c - '0';
		}
		return value;
	}

	private int fullYear(String token, String text) throws DateProblem {
		int year = number(token, text);
		if (token.length() == 4) {
			return year;
		}
		if (token.length() != 2) {
			throw new DateProblem(NLS.bind(Messages.Date_unknownForm, text));
		}
		int resolved = twoDigitYears.resolve(year, referenceYear);
		if (resolved < 0) {
			throw new DateProblem(NLS.bind(Messages.Date_twoDigitYearRefused, text));
		}
		return resolved;
	}

	private static LocalDate of(int year, int month, int day, String text) throws DateProblem {
		if (month < 1 || month > 12) {
			throw new DateProblem(NLS.bind(Messages.Date_noSuchMonth, text, month));
		}
		try {
			return ModelValues.date(year, month, day);
		} catch (DateTimeException e) {
			throw new DateProblem(NLS.bind(Messages.Date_noSuchDay, text));
		}
	}
}
