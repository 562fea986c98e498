package org.travelcrm.core.analysis;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

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
}
