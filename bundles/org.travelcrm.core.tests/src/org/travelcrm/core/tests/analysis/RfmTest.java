package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.RfmSegment;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * RFM scores follow DESIGN 4.5: 1 + floor(5 l / n) with l the buyers strictly lower (greater
 * recency for R), so tied values always share a score, and named segments follow the scores.
 */
@ExtendWith(FailOnLoggedErrors.class)
class RfmTest {

	private final TestAgency data = new TestAgency();

	@Test
	void seventyOfOneHundredWithTheSameFrequencyShareOneScore() {
		for (int i = 0; i < 100; i++) {
			IndividualTourist person = data.person("C" + i);
			data.buy(person, "2024-06-01", "100");
			if (i >= 70) {
				data.buy(person, "2024-07-01", "100");
			}
		}

		CustomerValues rfm = data.run(TestAgency.RFM, "2025-01-01").customers();

		assertEquals(1L, rfm.integer("C0", "f"), "No buyer has fewer purchases: F = 1.");
		assertEquals(1L, rfm.integer("C69", "f"), "The 70th of the tie has the same F score.");
		assertEquals(4L, rfm.integer("C70", "f"), "70 buyers have fewer: 1 + floor(350/100) = 4.");
		assertEquals(1L, rfm.integer("C0", "m"), "M of the 70 buyers of 100 is 1.");
		assertEquals(4L, rfm.integer("C99", "m"), "M of the 30 buyers of 200 is 4.");
		assertEquals(1L, rfm.integer("C0", "r"), "70 buyers last bought on the oldest day: R = 1.");
		assertEquals(4L, rfm.integer("C99", "r"), "70 buyers bought longer ago: R = 4.");
		assertEquals(214L, rfm.integer("C0", "recency"), "Recency counts days to the as-of date.");
	}

	@Test
	void segmentsAreNamedFromTheScores() {
		assertEquals(RfmSegment.CHAMPIONS, RfmSegment.of(5, 5, 4), "5-5-4 is a champion.");
		assertEquals(RfmSegment.LOYAL_CUSTOMERS, RfmSegment.of(3, 4, 1), "3-4-1 is loyal.");
		assertEquals(RfmSegment.POTENTIAL_LOYALISTS, RfmSegment.of(5, 2, 1),
				"Recent with some frequency is a potential loyalist.");
		assertEquals(RfmSegment.NEW_CUSTOMERS, RfmSegment.of(4, 1, 5), "Recent once is new.");
		assertEquals(RfmSegment.NEED_ATTENTION, RfmSegment.of(3, 1, 1), "R = 3 needs attention.");
		assertEquals(RfmSegment.CANNOT_LOSE, RfmSegment.of(1, 5, 5), "Old but big cannot lose.");
		assertEquals(RfmSegment.AT_RISK, RfmSegment.of(2, 3, 1), "Old and frequent is at risk.");
		assertEquals(RfmSegment.HIBERNATING, RfmSegment.of(2, 1, 1), "R = 2 hibernates.");
		assertEquals(RfmSegment.LOST, RfmSegment.of(1, 1, 1), "R = 1 is lost.");
	}

	@Test
	void onlyPurchasesInTheLookBackWindowCount() {
		IndividualTourist old = data.person("OLD");
		data.buy(old, "2019-01-01", "100");
		IndividualTourist recent = data.person("NEW");
		data.buy(recent, "2024-12-31", "100");

		CustomerValues rfm = data.run(TestAgency.RFM, "2025-01-01").customers();

		assertNull(rfm.text("OLD", "rfmSegment"), "A buyer outside the window has no segment.");
		assertEquals("111", rfm.text("NEW", "rfmScore"), "A single buyer scores 1-1-1.");
	}
}
