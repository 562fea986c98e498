package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Churn and retention follow DESIGN 4.6 over whole calendar periods [S, E): the base is active
 * at S, churned are not active at E, new and reactivated customers bought in the period; a
 * purchase on the last day of a period (at 23:30 local time, so booked on that day) belongs
 * to that period; only periods ending on or before the as-of date are reported.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ChurnTest {

	private static final Map<String, String> SIXTY_DAYS = Map.of("activityWindowDays", "60");

	private final TestAgency data = new TestAgency();

	@BeforeEach
	void lapsingAndLastDayCustomers() {
		IndividualTourist back = data.person("BACK");
		data.buy(back, "2024-01-10", "10");
		data.buy(back, "2024-05-20", "10");
		data.buy(data.organization("LAST"), "2024-03-31", "10");
		data.book(data.person("CANCELLED"), "2024-03-15", "10", BookingStatus.CANCELLED);
	}

	@Test
	void monthlyFiguresFollowTheDefinitions() {
		ResultTable months = data.run(TestAgency.CHURN, "2024-07-01", SIXTY_DAYS).table("periods");

		assertEquals(6, months.rows().size(), "January to June are whole months before July 1.");
		assertRow(months.row("2024-01"), 0, 0, 1, 0, 1);
		assertRow(months.row("2024-02"), 1, 0, 0, 0, 1);
		assertRow(months.row("2024-03"), 1, 1, 1, 0, 1);
		assertRow(months.row("2024-04"), 1, 0, 0, 0, 1);
		assertRow(months.row("2024-05"), 1, 1, 0, 1, 1);
		assertRow(months.row("2024-06"), 1, 0, 0, 0, 1);
		assertEquals(new BigDecimal("1.0000000000"), months.value(2, "churnRate"),
				"All of March's base churned.");
		assertEquals(null, months.value(0, "churnRate"), "An empty base has no churn rate.");
	}

	@Test
	void aPeriodThatEndsAfterTheAsOfDateIsLeftOut() {
		ResultTable months = data.run(TestAgency.CHURN, "2024-06-30", SIXTY_DAYS).table("periods");

		assertEquals(5, months.rows().size(), "June is not whole before June 30.");
	}

	@Test
	void quartersCountTheSameWay() {
		Map<String, String> quarters = Map.of("activityWindowDays", "60", "period", "QUARTER");
		ResultTable periods = data.run(TestAgency.CHURN, "2024-07-01", quarters).table("periods");

		assertEquals(List.of("2024-Q1", "2024-Q2"), List.of(periods.value(0, "period"),
				periods.value(1, "period")), "Two whole quarters.");
		assertRow(periods.row("2024-Q1"), 0, 0, 2, 0, 1);
		assertRow(periods.row("2024-Q2"), 1, 1, 0, 1, 1);
	}

	private static void assertRow(List<Object> row, long base, long churned, long fresh,
			long reactivated, long activeAtEnd) {
		String period = (String) row.get(0);
		assertEquals(base, row.get(3), "The base of " + period + " is right.");
		assertEquals(churned, row.get(4), "The churned of " + period + " are right.");
		assertEquals(base - churned, row.get(6), "The retained of " + period + " are right.");
		assertEquals(fresh, row.get(7), "The new customers of " + period + " are right.");
		assertEquals(reactivated, row.get(8), "The reactivated of " + period + " are right.");
		assertEquals(activeAtEnd, row.get(9), "The active at the end of " + period + " are right.");
	}
}
