package org.travelcrm.core.analysis;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** A whole calendar period: half-open [start, start of the next period). */
public enum Period {
	MONTH, QUARTER, YEAR;

	/** The first day of the period that contains the day. */
	public LocalDate start(LocalDate day) {
		return switch (this) {
		case MONTH -> day.withDayOfMonth(1);
		case QUARTER -> LocalDate.of(day.getYear(),
				(day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
		case YEAR -> day.withDayOfYear(1);
		};
	}

	/** The first day of the next period, given the first day of a period. */
	public LocalDate next(LocalDate start) {
		return switch (this) {
		case MONTH -> start.plusMonths(1);
		case QUARTER -> start.plusMonths(3);
		case YEAR -> start.plusYears(1);
		};
	}

	/** A short stable label of the period starting on a day: 2024-03, 2024-Q1 or 2024. */
	public String label(LocalDate start) {
		return switch (this) {
		case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue()); //$NON-NLS-1$
		case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR); //$NON-NLS-1$
		case YEAR -> Integer.toString(start.getYear());
		};
	}

	/**
	 * The boundaries b0 &lt; b1 &lt; ... (epoch days) of the whole periods [b(i), b(i+1)) the
	 * purchases cover: from the start of the period containing the earliest purchase through the
	 * end of the last period that ends on or before the as-of date; empty when there is no
	 * purchase or no whole period.
	 */
	public int[] wholePeriods(Purchases purchases) {
		int earliest = Integer.MAX_VALUE;
		for (int c = 0, n = purchases.customerCount(); c < n; c++) {
			if (purchases.count(c) > 0) {
				earliest = Math.min(earliest, purchases.day(purchases.start(c)));
			}
		}
		if (earliest == Integer.MAX_VALUE) {
			return new int[0];
		}
		List<Integer> days = new ArrayList<>();
		LocalDate start = start(LocalDate.ofEpochDay(earliest));
		days.add((int) start.toEpochDay());
		for (LocalDate next = next(start); next.toEpochDay() <= purchases.asOfDay();
				next = next(next)) {
			days.add((int) next.toEpochDay());
		}
		return days.size() < 2 ? new int[0] : days.stream().mapToInt(Integer::intValue).toArray();
	}
}
