package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Loyalty classes follow DESIGN 4.3 with normalised satisfaction: NEW by the first purchase
 * in the new window, LAPSED without a purchase in the activity window, LOYAL with two
 * purchases in it, mean normalised score of at least 0.75 and no complaint, else WAVERING.
 */
@ExtendWith(FailOnLoggedErrors.class)
class LoyaltyTest {

	private static final String AS_OF = "2025-01-01";

	private final TestAgency data = new TestAgency();

	@Test
	void classesFollowTheRulesInOrder() {
		IndividualTourist fresh = data.person("NEW");
		data.buy(fresh, "2024-12-01", "10");
		IndividualTourist lapsed = data.person("LAPSED");
		data.buy(lapsed, "2023-06-01", "10");
		IndividualTourist loyal = data.person("LOYAL");
		data.buy(loyal, "2023-01-01", "10");
		data.buy(loyal, "2024-03-01", "10");
		data.buy(loyal, "2024-09-01", "10");
		IndividualTourist once = data.person("ONCE");
		data.buy(once, "2022-01-01", "10");
		data.buy(once, "2024-03-01", "10");
		IndividualTourist none = data.person("PROSPECT");
		data.book(none, "2024-12-01", "10", BookingStatus.CANCELLED);

		CustomerValues loyalty = data.run(TestAgency.LOYALTY, AS_OF).customers();

		assertEquals("NEW", loyalty.text("NEW", "loyaltyClass"), "A first purchase 31 days ago.");
		assertEquals("LAPSED", loyalty.text("LAPSED", "loyaltyClass"), "Nothing in 365 days.");
		assertEquals("LOYAL", loyalty.text("LOYAL", "loyaltyClass"), "Two purchases, no survey.");
		assertEquals("WAVERING", loyalty.text("ONCE", "loyaltyClass"),
				"One purchase in the window is irregular.");
		assertNull(loyalty.text("PROSPECT", "loyaltyClass"), "Cancelled only: no class.");
	}

	@Test
	void aCustomerWhoLapsesAndReturnsWithinTheWindowIsNoLongerLapsed() {
		IndividualTourist back = data.person("BACK");
		data.buy(back, "2021-01-01", "10");
		data.buy(back, "2024-11-01", "10");

		assertEquals("WAVERING",
				data.run(TestAgency.LOYALTY, AS_OF).customers().text("BACK", "loyaltyClass"),
				"A returning customer with one purchase in the window wavers.");
		assertEquals("LAPSED",
				data.run(TestAgency.LOYALTY, "2024-10-31").customers().text("BACK",
						"loyaltyClass"),
				"Before the return the same customer was lapsed.");
	}

	@Test
	void satisfactionIsNormalisedAndUnansweredScoresAreLeftOut() {
		IndividualTourist happy = twoPurchases("HAPPY");
		data.survey(happy, "2024-10-01", 4, SurveyScale.FIVE_POINT, false);
		data.survey(happy, "2024-10-02", 0, SurveyScale.FIVE_POINT, false);
		IndividualTourist tenPoint = twoPurchases("TEN");
		data.survey(tenPoint, "2024-10-01", 7, SurveyScale.TEN_POINT, false);
		IndividualTourist complaining = twoPurchases("COMPLAINT");
		data.survey(complaining, "2024-10-01", 5, SurveyScale.FIVE_POINT, true);
		IndividualTourist oldComplaint = twoPurchases("OLDCOMPLAINT");
		data.survey(oldComplaint, "2023-10-01", 1, SurveyScale.FIVE_POINT, true);

		CustomerValues loyalty = data.run(TestAgency.LOYALTY, AS_OF).customers();

		assertEquals("LOYAL", loyalty.text("HAPPY", "loyaltyClass"),
				"4 of 5 is 0.75 and a 0 on the 1-5 scale does not pull the mean down.");
		assertEquals("WAVERING", loyalty.text("TEN", "loyaltyClass"), "7 of 10 is below 0.75.");
		assertEquals("WAVERING", loyalty.text("COMPLAINT", "loyaltyClass"),
				"A complaint in the window is never loyal.");
		assertEquals("LOYAL", loyalty.text("OLDCOMPLAINT", "loyaltyClass"),
				"A complaint before the activity window does not count.");
	}

	@Test
	void windowsAreParameters() {
		IndividualTourist customer = data.person("C");
		data.buy(customer, "2024-03-01", "10");

		assertEquals("WAVERING",
				data.run(TestAgency.LOYALTY, AS_OF).customers().text("C", "loyaltyClass"),
				"A first purchase 306 days ago is not new under the default 180 days.");
		assertEquals("NEW", data.run(TestAgency.LOYALTY, AS_OF, Map.of("newWindowDays", "400"))
				.customers().text("C", "loyaltyClass"), "It is new under a 400-day new window.");
		assertEquals("LAPSED",
				data.run(TestAgency.LOYALTY, AS_OF, Map.of("activityWindowDays", "300"))
						.customers().text("C", "loyaltyClass"),
				"It lapsed under a 300-day activity window.");
	}

	private IndividualTourist twoPurchases(String id) {
		IndividualTourist person = data.person(id);
		data.buy(person, "2023-01-01", "10");
		data.buy(person, "2024-03-01", "10");
		data.buy(person, "2024-06-01", "10");
		return person;
	}
}
