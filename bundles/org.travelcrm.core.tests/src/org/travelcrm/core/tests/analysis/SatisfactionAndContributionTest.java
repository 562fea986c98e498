package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelPurpose;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Satisfaction is normalised ((s - 1) / 4 on 1-5, s / 10 on 0-10; 0 on 1-5 unanswered) with
 * top-two minus bottom-two, NPS and complaint rate; contribution gives exact shares, margin
 * and the Gini coefficient; composition and frequency count organisations and individuals and
 * leave cancelled bookings out.
 */
@ExtendWith(FailOnLoggedErrors.class)
class SatisfactionAndContributionTest {

	private final TestAgency data = new TestAgency();

	@Test
	void satisfactionMeasuresAreExact() {
		IndividualTourist person = data.person("P");
		data.buy(person, "2024-06-01", "10");
		data.survey(person, "2024-06-02", 5, SurveyScale.FIVE_POINT, false);
		data.survey(person, "2024-06-03", 2, SurveyScale.FIVE_POINT, true);
		data.survey(person, "2024-06-04", 0, SurveyScale.FIVE_POINT, false);
		Organization company = data.organization("O");
		data.survey(company, "2024-06-05", 10, SurveyScale.TEN_POINT, false);
		data.survey(company, "2024-06-06", 6, SurveyScale.TEN_POINT, false);
		data.survey(company, "2024-06-07", 0, SurveyScale.TEN_POINT, false);

		List<Object> summary = data.run(TestAgency.SATISFACTION, "2025-01-01").table("summary")
				.rows().get(0);

		assertEquals(6L, summary.get(1), "All six surveys count.");
		assertEquals(5L, summary.get(2), "The 0 on the 1-5 scale is not answered; 0 of 10 is.");
		// (1 + 0.25 + 1 + 0.6 + 0) / 5 = 0.57
		assertEquals(new BigDecimal("0.5700000000"), summary.get(3), "The normalised mean.");
		assertEquals(new BigDecimal("0E-10"), summary.get(4),
				"One top-two and one bottom-two answer cancel out.");
		assertEquals(new BigDecimal("-0.3333333333"), summary.get(5),
				"One promoter and two detractors of three give an NPS of -1/3.");
		assertEquals(new BigDecimal("0.1666666667"), summary.get(7), "One complaint in six.");
	}

	@Test
	void contributionGivesSharesMarginAndGini() {
		String[] amounts = { "10", "20", "30", "40" };
		for (int i = 0; i < amounts.length; i++) {
			Booking booking = data.buy(data.person("C" + i), "2024-06-01", amounts[i]);
			booking.setCost(new BigDecimal(amounts[i]).subtract(BigDecimal.ONE));
		}

		AnalysisResult result = data.run(TestAgency.CONTRIBUTION, "2025-01-01");

		List<Object> summary = result.table("summary").rows().get(0);
		assertEquals(new BigDecimal("100"), summary.get(1), "Revenue sums all purchases.");
		assertEquals(new BigDecimal("4"), summary.get(2), "Margin is amount minus cost.");
		// (2 (10 + 40 + 90 + 160) - 5 100) / (4 100) = 0.25
		assertEquals(new BigDecimal("0.2500000000"), summary.get(3), "The Gini coefficient.");
		assertEquals(new BigDecimal("0.4000000000"), summary.get(4), "The top buyer has 40 %.");
		assertEquals(new BigDecimal("0.4000000000"),
				result.customers().decimal("C3", "revenueShare"), "C3's share of revenue.");
		ChartPoint middle = result.series("lorenz").points().get(50);
		assertEquals(new BigDecimal("0.3000000000"), middle.y(),
				"The poorer half of the buyers has 30 % of the revenue.");
	}

	@Test
	void compositionMixesOrganisationsAndIndividualsAndLeavesCancelledOut() {
		data.buy(data.person("P", TravelPurpose.FAMILY), "2024-06-01", "100");
		Organization company = data.organization("O");
		data.buy(company, "2024-06-01", "300");
		data.book(company, "2024-07-01", "999", BookingStatus.CANCELLED);
		data.person("PROSPECT");

		AnalysisResult result = data.run(TestAgency.COMPOSITION, "2025-01-01");

		List<Object> organisations = result.table("byBuyerUnit").row("ORGANIZATION");
		assertEquals(1L, organisations.get(1), "One organisation.");
		assertEquals(new BigDecimal("300"), organisations.get(4), "Cancelled revenue is left out.");
		assertEquals(new BigDecimal("0.7500000000"), organisations.get(5), "300 of 400.");
		assertEquals(2L, result.table("byBuyerUnit").row("INDIVIDUAL").get(1), "Two people.");
		assertEquals(1L, result.table("byBuyerUnit").row("INDIVIDUAL").get(2), "One bought.");
		assertEquals(1L, result.table("cancellations").rows().get(0).get(1), "One cancelled.");
		assertEquals("PROSPECT", data.run(TestAgency.FREQUENCY, "2025-01-01").customers()
				.text("PROSPECT", "frequencyClass"), "No purchase is a prospect.");
		assertEquals("FIRST_TIME", data.run(TestAgency.FREQUENCY, "2025-01-01").customers()
				.text("O", "frequencyClass"), "A cancelled booking is no second purchase.");
	}
}
