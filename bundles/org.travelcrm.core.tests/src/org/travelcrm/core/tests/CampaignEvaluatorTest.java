package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.campaigns.CampaignEvaluator;
import org.travelcrm.core.campaigns.CampaignResult;
import org.travelcrm.core.campaigns.ControlGroupDraw;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Campaign evaluation attributes purchases to the right window, computes conversion, lift and
 * ROI exactly, and the control group draw is seeded and stable.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CampaignEvaluatorTest {

	private static final CrmFactory MODEL = CrmFactory.eINSTANCE;
	private static final LocalDate START = LocalDate.of(2026, 5, 1);
	private static final LocalDate END = LocalDate.of(2026, 5, 31);

	private final Agency agency = MODEL.createAgency();
	private final Campaign campaign = MODEL.createCampaign();
	private final List<Customer> members = new ArrayList<>();

	CampaignEvaluatorTest() {
		campaign.setName("Spring");
		campaign.setStartDate(START);
		campaign.setEndDate(END);
		campaign.setAttributionDays(30);
		campaign.setCost(new BigDecimal("1000.00"));
		MemberSnapshot snapshot = MODEL.createMemberSnapshot();
		campaign.setMembers(snapshot);
		agency.getCampaigns().add(campaign);
		for (int i = 0; i < 10; i++) {
			IndividualTourist member = MODEL.createIndividualTourist();
			member.setExternalId(String.format("C%02d", i));
			agency.getCustomers().add(member);
			snapshot.getMembers().add(member);
			members.add(member);
		}
	}

	@Test
	void aPurchaseOnTheLastDayOfTheWindowCountsAndTheDayAfterDoesNot() {
		buy(members.get(0), END.plusDays(30), "500.00", null);
		buy(members.get(1), END.plusDays(31), "500.00", null);

		CampaignResult result = CampaignEvaluator.evaluate(campaign);

		assertEquals(1, result.targetResponders(), "Only the purchase within the window counts.");
		assertEquals(LocalDate.of(2026, 7, 1), result.windowEnd(),
				"The window ends after the 30th day following the end.");
	}

	@Test
	void purchasesBeforeTheStartAndCancellationsDoNotCount() {
		buy(members.get(0), START.minusDays(1), "500.00", null);
		buy(members.get(1), START, "500.00", null).setStatus(BookingStatus.CANCELLED);

		assertEquals(0, CampaignEvaluator.evaluate(campaign).targetResponders(),
				"Neither an earlier purchase nor a cancelled booking is a response.");
	}

	@Test
	void conversionLiftAndRoiAreExact() {
		campaign.getControlGroup().addAll(members.subList(7, 10));
		buy(members.get(0), START.plusDays(3), "1200.00", "900.00");
		buy(members.get(0), START.plusDays(9), "300.00", null);
		buy(members.get(1), END, "800.00", "700.00");
		buy(members.get(8), START.plusDays(1), "999.00", null);

		CampaignResult result = CampaignEvaluator.evaluate(campaign);

		assertEquals(7, result.targetMembers(), "Members less the control group are targeted.");
		assertEquals(3, result.controlMembers(), "Three members are held back.");
		assertEquals(new BigDecimal("0.285714"), result.targetConversion(), "2 of 7 responded.");
		assertEquals(new BigDecimal("0.333333"), result.controlConversion(), "1 of 3 bought.");
		assertEquals(new BigDecimal("-0.047619"), result.lift(), "Lift is the difference.");
		assertEquals(new BigDecimal("2300.00"), result.revenue(), "Control purchases are excluded.");
		assertEquals(new BigDecimal("700.00"), result.attributedMargin(),
				"Margin where cost is known (300 + 100), value where it is not (300).");
		assertEquals(new BigDecimal("-0.300000"), result.roi(), "(700 - 1000) / 1000.");
	}

	@Test
	void noCostMeansNoRoiAndNoControlGroupMeansNoLift() {
		campaign.setCost(null);
		buy(members.get(0), START, "100.00", null);

		CampaignResult result = CampaignEvaluator.evaluate(campaign);

		assertNull(result.roi(), "ROI is undefined without a campaign cost.");
		assertNull(result.lift(), "Lift is undefined without a control group.");
		assertNull(result.controlConversion(), "No control conversion without a control group.");
	}

	@Test
	void kpisAreMeasuredAgainstTheirTargets() {
		campaign.getKpis().add(kpi(GoalMetric.CAMPAIGN_CONVERSION, "0.10"));
		campaign.getKpis().add(kpi(GoalMetric.REVENUE, "5000"));
		buy(members.get(0), START, "1000.00", null);
		buy(members.get(1), START, "1000.00", null);

		CampaignResult result = CampaignEvaluator.evaluate(campaign);
		Evaluation evaluation = CampaignEvaluator.toEvaluation(result, END.plusDays(40));

		assertTrue(result.kpis().get(0).met(), "20 % conversion meets a 10 % target.");
		assertFalse(result.kpis().get(1).met(), "2000 revenue misses a 5000 target.");
		assertEquals(2, evaluation.getMeasurements().size(), "Each KPI becomes a measurement.");
		assertEquals(new BigDecimal("0.200000"), evaluation.getTargetConversion(),
				"The evaluation carries the conversion.");
	}

	@Test
	void theControlDrawIsSeededAndIgnoresListOrder() {
		List<Customer> reversed = new ArrayList<>(members);
		Collections.reverse(reversed);

		List<Customer> first = ControlGroupDraw.draw(members, new BigDecimal("0.30"), 42);
		List<Customer> again = ControlGroupDraw.draw(reversed, new BigDecimal("0.30"), 42);
		List<Customer> other = ControlGroupDraw.draw(members, new BigDecimal("0.30"), 43);

		assertEquals(3, first.size(), "30 % of ten members are held back.");
		assertEquals(first, again, "The same seed draws the same members in any list order.");
		assertFalse(first.equals(other), "Another seed should draw other members.");
		assertEquals(List.of(), ControlGroupDraw.draw(members, BigDecimal.ZERO, 42),
				"A zero share holds nobody back.");
	}

	private Booking buy(Customer customer, LocalDate day, String amount, String cost) {
		Booking booking = MODEL.createBooking();
		booking.setExternalId("B" + agency.getBookings().size());
		booking.setCustomer(customer);
		booking.setBookedDate(day);
		booking.setAmount(new BigDecimal(amount));
		booking.setCost(cost == null ? null : new BigDecimal(cost));
		booking.setStatus(BookingStatus.COMPLETED);
		agency.getBookings().add(booking);
		return booking;
	}

	private static CampaignKpi kpi(GoalMetric metric, String target) {
		CampaignKpi kpi = MODEL.createCampaignKpi();
		kpi.setMetric(metric);
		kpi.setDirection(GoalDirection.AT_LEAST);
		kpi.setTargetValue(new BigDecimal(target));
		return kpi;
	}
}
