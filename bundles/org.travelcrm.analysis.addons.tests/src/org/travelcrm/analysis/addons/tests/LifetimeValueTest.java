package org.travelcrm.analysis.addons.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.analysis.addons.internal.LifetimeValueAnalysis;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The lifetime value estimate is average purchase value x purchases per buyer per year x
 * (1 / last year's churn rate, capped), over the look-back window, and its method is stated
 * in the result.
 */
@ExtendWith(FailOnLoggedErrors.class)
class LifetimeValueTest {

	private static final String AS_OF = "2025-01-01";
	private static final Map<String, String> TWO_YEARS = Map.of(
			LifetimeValueAnalysis.LOOKBACK_DAYS, "730");

	@Test
	void theEstimateFollowsTheStatedMethod() {
		AnalysisResult result = threeBuyers().run(LifetimeValueAnalysis.ID, AS_OF, TWO_YEARS);
		ResultTable summary = result.table(LifetimeValueAnalysis.SUMMARY);

		// The span runs from A's first purchase on 2023-03-01 to the as-of date: 672 days.
		assertEquals(new BigDecimal("3"), value(summary, "buyers"),
				"A, B and C bought within the two years; D's purchase is older.");
		assertEquals(new BigDecimal("4"), value(summary, "purchases"),
				"The four purchases of the window count.");
		assertEquals(new BigDecimal("1.8410958904"), value(summary, "observedYears"),
				"672 days are 1.84 years of 365 days.");
		assertEquals(new BigDecimal("250.0000000000"), value(summary, "averagePurchaseValue"),
				"1000 over four purchases is 250 each.");
		assertEquals(new BigDecimal("0.7242063492"), value(summary, "purchasesPerBuyerPerYear"),
				"Four purchases by three buyers in 672 days.");
		assertEquals(new BigDecimal("2"), value(summary, "churnBase"),
				"A and B were active a year before the as-of date.");
		assertEquals(new BigDecimal("1"), value(summary, "churned"),
				"B did not buy in the last year.");
		assertEquals(new BigDecimal("0.5000000000"), value(summary, "annualChurnRate"),
				"One of two churned.");
		assertEquals(new BigDecimal("2.0000000000"), value(summary, "expectedLifetimeYears"),
				"The expected lifetime is one over the churn rate.");
		assertEquals(new BigDecimal("362.1031746032"), value(summary, "lifetimeValue"),
				"250 x 0.724 x 2 = 362.10.");
	}

	@Test
	void eachCustomerGetsTheirOwnYearlyValueTimesTheLifetime() {
		AnalysisResult result = threeBuyers().run(LifetimeValueAnalysis.ID, AS_OF, TWO_YEARS);

		assertEquals(new BigDecimal("217.2619047619"),
				result.customers().decimal("A", LifetimeValueAnalysis.ANNUAL_VALUE),
				"A's 400 over 672 days is 217.26 a year.");
		assertEquals(new BigDecimal("434.5238095238"),
				result.customers().decimal("A", LifetimeValueAnalysis.LIFETIME_VALUE),
				"A's lifetime value is two years of A's yearly value.");
		assertEquals(new BigDecimal("217.2619047619"),
				result.customers().decimal("B", LifetimeValueAnalysis.LIFETIME_VALUE),
				"B's 200 gives half of A's lifetime value.");
		assertNull(result.customers().decimal("D", LifetimeValueAnalysis.LIFETIME_VALUE),
				"D bought only before the window and gets no estimate.");
		ResultTable top = result.table(LifetimeValueAnalysis.TOP_CUSTOMERS);
		assertEquals(List.of("A", "C", "B"), top.rows().stream().map(row -> row.get(0)).toList(),
				"The top list runs by value, ties by customer id.");
	}

	@Test
	void theResultStatesTheMethodWithItsFigures() {
		AnalysisResult result = threeBuyers().run(LifetimeValueAnalysis.ID, AS_OF, TWO_YEARS);
		ResultTable method = result.table(LifetimeValueAnalysis.METHOD);

		assertEquals(2, method.rows().size(), "The method and this run's figures are stated.");
		String figures = (String) method.value(1, "text");
		assertTrue(figures.contains("250.00") && figures.contains("0.72")
				&& figures.contains("2.00") && figures.contains("362.10"),
				"The statement names the figures of this run: " + figures);
	}

	@Test
	void nobodyChurnedGivesTheCappedLifetime() {
		AddonAgency data = new AddonAgency();
		IndividualTourist loyal = data.person("L");
		data.buy(loyal, "2023-06-01", "100");
		data.buy(loyal, "2024-06-01", "100");

		ResultTable summary = data.run(LifetimeValueAnalysis.ID, AS_OF,
				Map.of(LifetimeValueAnalysis.MAX_LIFETIME_YEARS, "7"))
				.table(LifetimeValueAnalysis.SUMMARY);

		assertEquals(new BigDecimal("7.0000000000"), value(summary, "expectedLifetimeYears"),
				"Without churn the lifetime is the cap.");
	}

	@Test
	void withoutCustomersActiveAYearAgoThereIsNoEstimate() {
		AddonAgency data = new AddonAgency();
		data.buy(data.person("N"), "2024-11-01", "100");

		AnalysisResult result = data.run(LifetimeValueAnalysis.ID, AS_OF, Map.of());

		assertNull(value(result.table(LifetimeValueAnalysis.SUMMARY), "lifetimeValue"),
				"No churn rate was observed, so there is no lifetime value.");
		assertNull(result.customers().decimal("N", LifetimeValueAnalysis.LIFETIME_VALUE),
				"The customer gets no lifetime value either.");
		String statement = (String) result.table(LifetimeValueAnalysis.METHOD).value(1, "text");
		assertFalse(statement.contains("="),
				"The result says why there is no estimate instead of a formula: " + statement);
	}

	private static AddonAgency threeBuyers() {
		AddonAgency data = new AddonAgency();
		IndividualTourist a = data.person("A");
		data.buy(a, "2023-03-01", "100");
		data.buy(a, "2024-06-01", "300");
		data.buy(data.person("B"), "2023-06-01", "200");
		data.buy(data.person("C"), "2024-09-01", "400");
		data.buy(data.person("D"), "2022-05-01", "1000");
		return data;
	}

	private static BigDecimal value(ResultTable summary, String metric) {
		List<Object> row = summary.row(metric);
		if (row == null) {
			throw new AssertionError("The summary has a row " + metric + ".");
		}
		return (BigDecimal) row.get(summary.columnIndex("value"));
	}
}
