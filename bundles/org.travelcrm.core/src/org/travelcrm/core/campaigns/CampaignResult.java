package org.travelcrm.core.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.travelcrm.model.Booking;
import org.travelcrm.model.CampaignKpi;

/**
 * What a campaign achieved, measured from the bookings (DESIGN section 5).
 *
 * @param windowStart       first day a purchase counts as a response
 * @param windowEnd         first day after the response window (the window is half-open)
 * @param targetMembers     members who received the campaign (members less the control group)
 * @param controlMembers    members held back
 * @param targetResponders  target members with at least one response
 * @param controlResponders control members who bought in the window
 * @param targetConversion  target responders / target members, or null without target members
 * @param controlConversion control responders / control members, or null without a control group
 * @param lift              target conversion − control conversion, or null without a control
 *                          group
 * @param responses         the target members' purchases in the window
 * @param revenue           the value of those purchases
 * @param attributedMargin  their margin where the cost is known, their value where it is not
 * @param roi               (attributed margin − campaign cost) / campaign cost, or null without a
 *                          cost
 * @param kpis              each KPI of the campaign with its measured value and whether it was met
 */
public record CampaignResult(LocalDate windowStart, LocalDate windowEnd, int targetMembers,
		int controlMembers, int targetResponders, int controlResponders,
		BigDecimal targetConversion, BigDecimal controlConversion, BigDecimal lift,
		List<Booking> responses, BigDecimal revenue, BigDecimal attributedMargin, BigDecimal roi,
		List<KpiResult> kpis) {

	/**
	 * A KPI with what it reached.
	 *
	 * @param kpi      the campaign's KPI
	 * @param measured the value reached, or null when the KPI cannot be measured from bookings
	 * @param met      whether the measured value meets the target in the KPI's direction
	 */
	public record KpiResult(CampaignKpi kpi, BigDecimal measured, boolean met) {
	}
}
