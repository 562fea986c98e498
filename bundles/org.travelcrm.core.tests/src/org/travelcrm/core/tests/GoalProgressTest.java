package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.core.analysis.ValueTier;
import org.travelcrm.core.campaigns.CampaignEvaluator;
import org.travelcrm.core.campaigns.TierGuidance;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.goals.GoalProgress;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.Customer;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Goal progress measures every goal metric from the analyses of the agency's current data, and
 * a stage is reached only in the goal's direction.
 */
@ExtendWith(FailOnLoggedErrors.class)
class GoalProgressTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	private static Agency demo;
	private static AnalysisContext context;

	@BeforeAll
	static void createDemo() {
		demo = DemoAgency.create(NO_PROGRESS);
		context = AnalysisContext.of(demo);
	}

	@Test
	void churnRateIsTheLatestPeriodOfTheChurnAnalysis() throws Exception {
		ResultTable periods = run(GoalProgress.CHURN).table("periods");
		Object last = periods.value(periods.rows().size() - 1, "churnRate");

		BigDecimal current = progress().current(GoalMetric.CHURN_RATE, null, NO_PROGRESS);

		assertEquals(last, current, "The churn rate is the latest period's rate.");
	}

	@Test
	void repeatPurchaseRateCountsBuyersWithTwoOrMorePurchases() throws Exception {
		int buyers = 0;
		int repeat = 0;
		for (Customer customer : demo.getCustomers()) {
			long purchases = customer.getBookings().stream()
					.filter(b -> b.getStatus() != BookingStatus.CANCELLED
							&& b.getBookedDate().isBefore(context.asOf()))
					.count();
			buyers += purchases > 0 ? 1 : 0;
			repeat += purchases >= 2 ? 1 : 0;
		}
		BigDecimal expected = BigDecimal.valueOf(repeat).divide(BigDecimal.valueOf(buyers), 6,
				RoundingMode.HALF_UP);

		BigDecimal current = progress().current(GoalMetric.REPEAT_PURCHASE_RATE, null,
				NO_PROGRESS);

		assertEquals(expected, current, "The repeat-purchase rate is repeat buyers / buyers.");
	}

	@Test
	void customersInTierCountTheTierNamedByTheQualifier() throws Exception {
		GoalProgress progress = progress();
		BigDecimal key = progress.current(GoalMetric.CUSTOMERS_IN_TIER, "key", NO_PROGRESS);
		BigDecimal major = progress.current(GoalMetric.CUSTOMERS_IN_TIER, "MAJOR", NO_PROGRESS);

		assertTrue(key.signum() > 0, "The demo agency has key customers.");
		assertTrue(major.compareTo(key) > 0, "There are more major customers than key ones.");
		assertNull(progress.current(GoalMetric.CUSTOMERS_IN_TIER, null, NO_PROGRESS),
				"Without a tier there is nothing to count.");
	}

	@Test
	void revenueSumsPurchasesOfTheLastYear() throws Exception {
		LocalDate start = context.asOf().minusDays(365);
		BigDecimal expected = BigDecimal.ZERO;
		for (Booking booking : demo.getBookings()) {
			if (booking.getStatus() != BookingStatus.CANCELLED
					&& !booking.getBookedDate().isBefore(start)
					&& booking.getBookedDate().isBefore(context.asOf())) {
				expected = expected.add(booking.getAmount());
			}
		}

		assertEquals(expected, progress().current(GoalMetric.REVENUE, null, NO_PROGRESS),
				"Revenue is the value of the last 365 days' purchases.");
	}

	@Test
	void satisfactionAndComplaintsComeFromAllSurveys() throws Exception {
		GoalProgress progress = progress();
		BigDecimal satisfaction = progress.current(GoalMetric.SATISFACTION, null, NO_PROGRESS);
		BigDecimal complaints = progress.current(GoalMetric.COMPLAINT_RATE, null, NO_PROGRESS);

		assertTrue(satisfaction.signum() > 0 && satisfaction.compareTo(BigDecimal.ONE) <= 0,
				"Mean satisfaction is normalised to a share: " + satisfaction);
		assertTrue(complaints.signum() >= 0 && complaints.compareTo(BigDecimal.ONE) <= 0,
				"The complaint rate is a share: " + complaints);
	}

	@Test
	void campaignConversionIsTheLatestEvaluation() throws Exception {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		GoalProgress before = new GoalProgress(AnalysisContext.of(agency), Analyses.builtIn());
		assertNull(before.current(GoalMetric.CAMPAIGN_CONVERSION, null, NO_PROGRESS),
				"Without an evaluation there is no campaign conversion.");

		Campaign campaign = agency.getCampaigns().get(0);
		agency.getEvaluations().add(CampaignEvaluator.toEvaluation(
				CampaignEvaluator.evaluate(campaign), LocalDate.of(2026, 7, 2)));
		GoalProgress after = new GoalProgress(AnalysisContext.of(agency), Analyses.builtIn());

		assertEquals(agency.getEvaluations().get(0).getTargetConversion(),
				after.current(GoalMetric.CAMPAIGN_CONVERSION, null, NO_PROGRESS),
				"The campaign conversion is the evaluated target conversion.");
	}

	@Test
	void aStageIsReachedOnlyInTheGoalsDirection() {
		BigDecimal target = new BigDecimal("0.20");

		assertTrue(GoalProgress.reached(GoalDirection.AT_MOST, target, new BigDecimal("0.2")),
				"A churn rate equal to an at-most target reaches it.");
		assertFalse(GoalProgress.reached(GoalDirection.AT_MOST, target, new BigDecimal("0.21")),
				"A churn rate above an at-most target does not reach it.");
		assertTrue(GoalProgress.reached(GoalDirection.AT_LEAST, target, new BigDecimal("0.21")),
				"A rate above an at-least target reaches it.");
		assertFalse(GoalProgress.reached(GoalDirection.AT_LEAST, target, null),
				"An unknown value reaches nothing.");
	}

	@Test
	void tierMixCountsMembersPerTierAndEveryTierHasAdvice() throws Exception {
		AnalysisResult tiers = run(GoalProgress.VALUE_TIER);
		List<Customer> members = demo.getCustomers().stream().map(Customer.class::cast).toList();

		Map<ValueTier, Integer> mix = TierGuidance.tierMix(tiers, members);

		assertEquals(progress().current(GoalMetric.CUSTOMERS_IN_TIER, "KEY", NO_PROGRESS)
				.intValue(), mix.get(ValueTier.KEY),
				"The tier mix of all customers counts as many key customers as the analysis.");
		for (ValueTier tier : ValueTier.values()) {
			assertFalse(TierGuidance.advice(tier).isBlank(), "Every tier has advice: " + tier);
		}
	}

	private static GoalProgress progress() {
		return new GoalProgress(context, Analyses.builtIn());
	}

	private static AnalysisResult run(String id) throws Exception {
		return Analyses.builtIn().find(id).run(context, Map.of(), NO_PROGRESS);
	}
}
