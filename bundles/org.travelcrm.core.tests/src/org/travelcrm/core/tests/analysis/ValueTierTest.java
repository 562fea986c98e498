package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The value tiers follow DESIGN 4.4: boundary ranks ceil(share n) over buyers ranked by
 * contribution in the look-back window, ties at a boundary all take the higher tier, the ABC
 * policy by cumulative revenue share, and no tier without a purchase in the window.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ValueTierTest {

	private final TestAgency data = new TestAgency();

	@Test
	void tiesAtEveryBoundaryTakeTheHigherTier() {
		// 100 buyers with contributions 100 down to 1, except ties straddling ranks 1, 20 and 50.
		for (int i = 1; i <= 100; i++) {
			int value = 101 - i;
			if (i == 2) {
				value = 100; // ties with rank 1
			} else if (i == 21) {
				value = 81; // ties with rank 20
			} else if (i >= 51 && i <= 53) {
				value = 51; // ties with rank 50
			}
			data.buy(data.person("C" + i), "2024-06-01", Integer.toString(value));
		}

		CustomerValues tiers = data.run(TestAgency.VALUE_TIER, "2025-01-01").customers();

		assertEquals("KEY", tiers.text("C1", "tier"), "Rank 1 is a key customer.");
		assertEquals("KEY", tiers.text("C2", "tier"), "A tie with rank 1 is key too.");
		assertEquals("MAJOR", tiers.text("C3", "tier"), "Rank 3 falls to the major tier.");
		assertEquals("MAJOR", tiers.text("C20", "tier"), "Rank 20 is the last major rank.");
		assertEquals("MAJOR", tiers.text("C21", "tier"), "A tie with rank 20 is major too.");
		assertEquals("ORDINARY", tiers.text("C22", "tier"), "Below the tie it is ordinary.");
		assertEquals("ORDINARY", tiers.text("C53", "tier"), "Ties with rank 50 stay ordinary.");
		assertEquals("SMALL", tiers.text("C54", "tier"), "Below the tie it is small.");
		assertEquals(1L, tiers.integer("C2", "rank"), "Tied customers share their rank.");
	}

	@Test
	void tierCountsFollowCeilingRanks() {
		for (int i = 1; i <= 7; i++) {
			data.buy(data.person("C" + i), "2024-06-01", Integer.toString(i * 10));
		}

		AnalysisResult result = data.run(TestAgency.VALUE_TIER, "2025-01-01");

		// n = 7: ceil(0.07) = 1 key, ceil(1.4) = 2, ceil(3.5) = 4.
		assertEquals(1L, result.table("tiers").row("KEY").get(1), "One key customer of seven.");
		assertEquals(1L, result.table("tiers").row("MAJOR").get(1), "One major customer.");
		assertEquals(2L, result.table("tiers").row("ORDINARY").get(1), "Two ordinary ones.");
		assertEquals(3L, result.table("tiers").row("SMALL").get(1), "Three small ones.");
	}

	@Test
	void customersWithoutPurchasesInTheWindowHaveNoTier() {
		IndividualTourist old = data.person("OLD");
		data.buy(old, "2020-01-01", "1000");
		IndividualTourist cancelled = data.person("CANCELLED");
		data.book(cancelled, "2024-06-01", "5000", BookingStatus.CANCELLED);
		IndividualTourist buyer = data.person("BUYER");
		data.buy(buyer, "2024-06-01", "10");

		CustomerValues tiers = data.run(TestAgency.VALUE_TIER, "2025-01-01").customers();

		assertNull(tiers.text("OLD", "tier"), "A purchase before the 3-year window gives no tier.");
		assertNull(tiers.text("CANCELLED", "tier"), "A cancelled booking is no purchase.");
		assertEquals("KEY", tiers.text("BUYER", "tier"), "The only buyer is the key customer.");
		assertEquals(new BigDecimal("10"), tiers.decimal("BUYER", "contribution"),
				"The contribution is the sum of purchase values.");
	}

	@Test
	void abcClassesFollowCumulativeRevenueShareAndKeepTiesTogether() {
		String[] amounts = { "50", "30", "10", "5", "5" };
		for (int i = 0; i < amounts.length; i++) {
			data.buy(data.person("C" + i), "2024-06-01", amounts[i]);
		}

		CustomerValues classes = data
				.run(TestAgency.VALUE_TIER, "2025-01-01", Map.of("tierPolicy", "ABC"))
				.customers();

		assertEquals("A", classes.text("C0", "tier"), "50 % cumulative is class A.");
		assertEquals("A", classes.text("C1", "tier"), "80 % cumulative is still class A.");
		assertEquals("B", classes.text("C2", "tier"), "90 % cumulative is class B.");
		assertEquals("B", classes.text("C3", "tier"),
				"95 % cumulative at the first of a tie is class B.");
		assertEquals("B", classes.text("C4", "tier"),
				"The second of the tie (100 % cumulative) shares the class of the first.");
	}

	@Test
	void oneCustomerOnlyIsKeyAndAnEmptyAgencyHasNoTiers() {
		AnalysisResult empty = data.run(TestAgency.VALUE_TIER, "2025-01-01");
		assertEquals(0L, empty.table("tiers").row("KEY").get(1), "No buyers, no key customers.");

		data.buy(data.organization("ORG"), "2024-12-31", "1");
		AnalysisResult one = data.run(TestAgency.VALUE_TIER, "2025-01-01");

		assertEquals("KEY", one.customers().text("ORG", "tier"), "A single buyer is key.");
	}
}
