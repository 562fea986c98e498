package org.travelcrm.core.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.KpiMeasurement;

/**
 * Measures a campaign against its goals from the agency's bookings.
 * <p>
 * A response is a purchase (a booking not cancelled) by a member, booked from the campaign's
 * first day through its last day and the attribution window after it: with an end on 31 May and
 * 30 attribution days, a purchase on 30 June counts and one on 1 July does not. Conversion is
 * responding members / members, for the target group (members less the control group) and the
 * control group; lift is their difference; ROI is (attributed margin − cost) / cost, where the
 * margin of a purchase without a known cost is its value. Rates are exact decimals rounded half
 * up to six places.
 */
public final class CampaignEvaluator {

	/** Decimal places of conversion rates, lift and ROI. */
	public static final int RATE_SCALE = 6;

	private CampaignEvaluator() {
	}

	/**
	 * Evaluates a campaign.
	 *
	 * @throws IllegalArgumentException when the campaign has no start, end or members
	 */
	public static CampaignResult evaluate(Campaign campaign) {
		if (campaign.getStartDate() == null || campaign.getEndDate() == null
				|| campaign.getMembers() == null) {
			throw new IllegalArgumentException(
					"A campaign needs a start, an end and its members to be evaluated: " //$NON-NLS-1$
							+ campaign.getName());
		}
		LocalDate start = campaign.getStartDate();
		long attribution = Math.max(0, campaign.getAttributionDays());
		LocalDate end = campaign.getEndDate().plusDays(1 + attribution);
		Set<Customer> control = Collections.newSetFromMap(new IdentityHashMap<>());
		control.addAll(campaign.getControlGroup());

		int targetMembers = 0;
		int targetResponders = 0;
		int controlResponders = 0;
		List<Booking> responses = new ArrayList<>();
		Set<Customer> seen = new HashSet<>();
		for (Customer member : campaign.getMembers().getMembers()) {
			if (!seen.add(member)) {
				continue;
			}
			boolean held = control.contains(member);
			targetMembers += held ? 0 : 1;
			boolean responded = false;
			for (Booking booking : member.getBookings()) {
				if (isResponse(booking, start, end)) {
					responded = true;
					if (!held) {
						responses.add(booking);
					}
				}
			}
			if (responded) {
				targetResponders += held ? 0 : 1;
				controlResponders += held ? 1 : 0;
			}
		}
		int controlMembers = seen.size() - targetMembers;

		BigDecimal targetConversion = rate(targetResponders, targetMembers);
		BigDecimal controlConversion = rate(controlResponders, controlMembers);
		BigDecimal lift = targetConversion == null || controlConversion == null ? null
				: targetConversion.subtract(controlConversion);
		BigDecimal revenue = BigDecimal.ZERO;
		BigDecimal margin = BigDecimal.ZERO;
		for (Booking response : responses) {
			BigDecimal amount = response.getAmount() == null ? BigDecimal.ZERO
					: response.getAmount();
			revenue = revenue.add(amount);
			BigDecimal cost = response.getCost();
			margin = margin.add(cost == null ? amount : amount.subtract(cost));
		}
		BigDecimal spent = campaign.getCost();
		BigDecimal roi = spent == null || spent.signum() == 0 ? null
				: margin.subtract(spent).divide(spent, RATE_SCALE, RoundingMode.HALF_UP);

		CampaignResult partial = new CampaignResult(start, end, targetMembers, controlMembers,
				targetResponders, controlResponders, targetConversion, controlConversion, lift,
				List.copyOf(responses), revenue, margin, roi, List.of());
		List<CampaignResult.KpiResult> kpis = new ArrayList<>();
		for (CampaignKpi kpi : campaign.getKpis()) {
			BigDecimal measured = measure(kpi, partial);
			kpis.add(new CampaignResult.KpiResult(kpi, measured, meets(kpi, measured)));
		}
		return new CampaignResult(start, end, targetMembers, controlMembers, targetResponders,
				controlResponders, targetConversion, controlConversion, lift, partial.responses(),
				revenue, margin, roi, List.copyOf(kpis));
	}

	/**
	 * A new evaluation holding a result, not yet attached to the campaign: the caller adds it
	 * through a command so that the user can undo it.
	 */
	public static Evaluation toEvaluation(CampaignResult result, LocalDate evaluatedOn) {
		Evaluation evaluation = CrmFactory.eINSTANCE.createEvaluation();
		evaluation.setEvaluatedOn(evaluatedOn);
		evaluation.setTargetConversion(result.targetConversion());
		evaluation.setControlConversion(result.controlConversion());
		evaluation.setLift(result.lift());
		evaluation.setRevenue(result.revenue());
		evaluation.setRoi(result.roi());
		for (CampaignResult.KpiResult kpi : result.kpis()) {
			KpiMeasurement measurement = CrmFactory.eINSTANCE.createKpiMeasurement();
			measurement.setKpi(kpi.kpi());
			measurement.setMeasuredValue(kpi.measured());
			measurement.setMet(kpi.met());
			evaluation.getMeasurements().add(measurement);
		}
		return evaluation;
	}

	private static boolean isResponse(Booking booking, LocalDate start, LocalDate end) {
		LocalDate day = booking.getBookedDate();
		return booking.getStatus() != BookingStatus.CANCELLED && day != null
				&& !day.isBefore(start) && day.isBefore(end);
	}

	private static BigDecimal rate(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE,
						RoundingMode.HALF_UP);
	}

	private static BigDecimal measure(CampaignKpi kpi, CampaignResult result) {
		if (kpi.getMetric() == null) {
			return null;
		}
		return switch (kpi.getMetric()) {
			case CAMPAIGN_CONVERSION -> result.targetConversion();
			case REVENUE -> result.revenue();
			case ACTIVE_CUSTOMERS -> BigDecimal.valueOf(result.targetResponders());
			default -> null;
		};
	}

	private static boolean meets(CampaignKpi kpi, BigDecimal measured) {
		if (measured == null || kpi.getTargetValue() == null) {
			return false;
		}
		int comparison = measured.compareTo(kpi.getTargetValue());
		return kpi.getDirection() == GoalDirection.AT_MOST ? comparison <= 0 : comparison >= 0;
	}
}
