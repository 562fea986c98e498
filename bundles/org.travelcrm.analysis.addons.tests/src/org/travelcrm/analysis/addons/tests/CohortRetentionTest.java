package org.travelcrm.analysis.addons.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.analysis.addons.internal.CohortRetentionAnalysis;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The cohort retention matrix groups buyers by the whole period of their first purchase and
 * counts, per later period, the members who bought in it; unfinished periods, cancelled
 * bookings and cells after the as-of date count nowhere.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CohortRetentionTest {

	private static final String AS_OF = "2024-10-15";
	private static final BigDecimal ONE = new BigDecimal("1.0000000000");
	private static final BigDecimal HALF = new BigDecimal("0.5000000000");

	private final AddonAgency data = new AddonAgency();

	@BeforeEach
	void fiveBuyersOverThreeQuarters() {
		IndividualTourist a = data.person("A");
		data.buy(a, "2024-01-15", "100");
		data.buy(a, "2024-02-20", "100");
		data.buy(a, "2024-08-01", "100");
		data.buy(a, "2024-10-10", "100");
		IndividualTourist b = data.person("B");
		data.buy(b, "2024-03-31", "100");
		data.buy(b, "2024-04-01", "100");
		IndividualTourist c = data.person("C");
		data.buy(c, "2024-05-05", "100");
		data.buy(c, "2024-07-10", "100");
		IndividualTourist d = data.person("D");
		data.buy(d, "2024-06-30", "100");
		data.book(d, "2024-08-15", "100", BookingStatus.CANCELLED);
		data.buy(data.person("E"), "2024-09-15", "100");
		data.person("F");
		data.buy(data.person("G"), "2024-10-03", "100");
	}

	@Test
	void quarterlyMatrixCountsBuyersPerLaterQuarter() {
		AnalysisResult result = quarters();
		ResultTable active = result.table(CohortRetentionAnalysis.ACTIVE);

		assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3"), labels(active),
				"The cohorts are the three whole quarters before the as-of date.");
		assertEquals(Arrays.asList("2024-Q1", 2L, 2L, 1L, 1L), cells(active, 0),
				"A and B start in Q1; B buys in Q2 and A in Q3.");
		assertEquals(Arrays.asList("2024-Q2", 2L, 2L, 1L, null), cells(active, 1),
				"C and D start in Q2; only C buys in Q3, D's cancelled booking does not count.");
		assertEquals(Arrays.asList("2024-Q3", 1L, 1L, null, null), cells(active, 2),
				"E starts in Q3; later quarters are not over yet.");
	}

	@Test
	void sharesAreTheCountsOverTheCohortSize() {
		ResultTable retention = quarters().table(CohortRetentionAnalysis.RETENTION);

		assertEquals(Arrays.asList("2024-Q1", 2L, ONE, HALF, HALF), cells(retention, 0),
				"Half of the Q1 cohort bought in each of the next two quarters.");
		assertEquals(Arrays.asList("2024-Q2", 2L, ONE, HALF, null), cells(retention, 1),
				"Half of the Q2 cohort bought in Q3.");
	}

	@Test
	void theCurveWeighsCohortsBySize() {
		List<ChartPoint> curve = quarters().series(CohortRetentionAnalysis.CURVE).points();

		assertEquals(List.of(ONE, HALF, HALF), curve.stream().map(ChartPoint::y).toList(),
				"Offsets 0, 1 and 2 retain 5 of 5, 2 of 4 and 1 of 2 customers.");
	}

	@Test
	void eachBuyerGetsTheLabelOfTheirCohort() {
		AnalysisResult result = quarters();

		assertEquals("2024-Q1", result.customers().text("B", CohortRetentionAnalysis.COHORT),
				"B's first purchase on the last day of March puts B in Q1.");
		assertNull(result.customers().text("G", CohortRetentionAnalysis.COHORT),
				"G first bought in the unfinished fourth quarter and is in no cohort.");
		assertNull(result.customers().text("F", CohortRetentionAnalysis.COHORT),
				"F never bought and is in no cohort.");
	}

	@Test
	void monthlyCohortsFollowTheSameRule() {
		ResultTable active = data.run(CohortRetentionAnalysis.ID, AS_OF,
				Map.of(CohortRetentionAnalysis.PERIOD, "MONTH"))
				.table(CohortRetentionAnalysis.ACTIVE);

		assertEquals(9, active.rows().size(), "January to September are whole months.");
		assertEquals(Arrays.asList("2024-01", 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L),
				cells(active, 0), "A buys in January, February and August.");
		assertEquals(Arrays.asList("2024-03", 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, null, null),
				cells(active, 2), "B buys on the last day of March and the first of April.");
	}

	@Test
	void anAgencyWithoutPurchasesHasAnEmptyMatrix() {
		AddonAgency empty = new AddonAgency();
		empty.person("X");

		ResultTable active = empty.run(CohortRetentionAnalysis.ID, AS_OF, Map.of())
				.table(CohortRetentionAnalysis.ACTIVE);

		assertEquals(0, active.rows().size(), "Without purchases there is no cohort.");
	}

	private AnalysisResult quarters() {
		return data.run(CohortRetentionAnalysis.ID, AS_OF,
				Map.of(CohortRetentionAnalysis.PERIOD, "QUARTER"));
	}

	private static List<Object> labels(ResultTable table) {
		return table.rows().stream().map(row -> row.get(0)).toList();
	}

	/** The cohort label, its size and its offsets, leaving out the start date. */
	private static List<Object> cells(ResultTable table, int row) {
		List<Object> values = table.rows().get(row);
		List<Object> cells = new ArrayList<>();
		cells.add(values.get(0));
		cells.addAll(values.subList(2, values.size()));
		return cells;
	}
}
