package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.imports.ImportProfile.DateOrder;
import org.travelcrm.core.imports.TwoDigitYears;
import org.travelcrm.core.internal.imports.DateReader;
import org.travelcrm.core.internal.imports.DateReader.DateProblem;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Dates are read in the forms exports use (ISO, M/D/YYYY, D.M.YYYY, month names, Chinese, split
 * over three columns), with or without a time; two-digit years follow the field's policy or are
 * refused, and impossible days are refused with the text in the message.
 */
@ExtendWith(FailOnLoggedErrors.class)
class DateReaderTest {

	private final DateReader bookings = new DateReader(DateOrder.MDY, TwoDigitYears.RECENT, 2026);

	@Test
	void readsTheCommonForms() throws DateProblem {
		LocalDate day = LocalDate.of(2011, 10, 31);
		assertEquals(day, bookings.read("2011-10-31"), "ISO is read.");
		assertEquals(day, bookings.read("2011-10-31T10:42:00"), "ISO with a time is read.");
		assertEquals(day, bookings.read("10/31/2011 10:42"), "M/D/YYYY with a time is read.");
		assertEquals(day, bookings.read("31.10.2011"), "D.M.YYYY is read.");
		assertEquals(day, bookings.read("2011/10/31"), "Y/M/D is read.");
		assertEquals(day, bookings.read("2011\u5E7410\u670831\u65E5"), "A Chinese date is read.");
		assertEquals(day, bookings.read("31 Oct 2011"), "D Mon YYYY is read.");
		assertEquals(day, bookings.read("October 31, 2011"), "Month D, YYYY is read.");
	}

	@Test
	void readsSlashDatesDayFirstWhenTheProfileSaysSo() throws DateProblem {
		DateReader dayFirst = new DateReader(DateOrder.DMY, TwoDigitYears.RECENT, 2026);

		assertEquals(LocalDate.of(2024, 4, 3), dayFirst.read("3/4/2024"),
				"With D/M/Y, 3/4/2024 is the third of April.");
	}

	@Test
	void resolvesTwoDigitYearsByTheFieldsPolicy() throws DateProblem {
		DateReader births = new DateReader(DateOrder.MDY, TwoDigitYears.PAST, 2026);

		assertEquals(LocalDate.of(2030, 1, 5), bookings.read("1/5/30"),
				"A booking date may lie a few years ahead.");
		assertEquals(LocalDate.of(1999, 1, 5), bookings.read("1/5/99"),
				"A booking date far ahead is taken from the last century.");
		assertEquals(LocalDate.of(1930, 1, 5), births.read("1/5/30"),
				"A birth date is never in the future.");
		assertEquals(LocalDate.of(2024, 3, 7), births.read("7.3.24"),
				"A recent birth date stays in this century.");
	}

	@Test
	void refusesTwoDigitYearsWhenThePolicySaysSo() {
		DateReader strict = new DateReader(DateOrder.MDY, TwoDigitYears.REFUSE, 2026);

		DateProblem problem = assertThrows(DateProblem.class, () -> strict.read("1/5/30"),
				"A two-digit year is refused.");
		assertTrue(problem.getMessage().contains("1/5/30"),
				"The message quotes the date: " + problem.getMessage());
	}

	@Test
	void readsDatesSplitOverThreeColumns() throws DateProblem {
		assertEquals(LocalDate.of(2015, 7, 1), bookings.read("2015", "July", "1"),
				"A month name is read.");
		assertEquals(LocalDate.of(2015, 7, 1), bookings.read("2015", "7", "1"),
				"A month number is read.");
		assertEquals(LocalDate.of(2015, 7, 1), bookings.read("2015", "7\u6708", "1"),
				"A Chinese month is read.");
	}

	@Test
	void refusesDaysThatDoNotExist() {
		assertThrows(DateProblem.class, () -> bookings.read("2/30/2024"),
				"February has no 30th.");
		assertThrows(DateProblem.class, () -> bookings.read("13/1/2024"),
				"There is no 13th month.");
		assertThrows(DateProblem.class, () -> bookings.read("tomorrow"),
				"Words are no date.");
	}
}
