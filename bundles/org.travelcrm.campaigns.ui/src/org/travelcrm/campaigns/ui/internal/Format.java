package org.travelcrm.campaigns.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;

/** How campaign and goal figures are shown: rates as percentages, amounts with two places. */
@SuppressWarnings("nls")
public final class Format {

	private Format() {
	}

	/** A value of a metric: a percentage for rates, a plain number otherwise; "–" when unknown. */
	public static String metric(GoalMetric metric, BigDecimal value) {
		if (value == null) {
			return Messages.Format_unknown;
		}
		return isRate(metric) ? percent(value) : amount(value);
	}

	public static String percent(BigDecimal rate) {
		if (rate == null) {
			return Messages.Format_unknown;
		}
		NumberFormat format = NumberFormat.getPercentInstance();
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(rate);
	}

	public static String amount(BigDecimal amount) {
		if (amount == null) {
			return Messages.Format_unknown;
		}
		NumberFormat format = NumberFormat.getNumberInstance();
		int places = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
		format.setMinimumFractionDigits(places);
		format.setMaximumFractionDigits(places);
		return format.format(amount.setScale(places, RoundingMode.HALF_UP));
	}

	public static String date(LocalDate day) {
		return day == null ? Messages.Format_unknown
				: day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
	}

	/** Whether a metric is a rate (a share from 0 to 1). */
	public static boolean isRate(GoalMetric metric) {
		return metric == GoalMetric.CHURN_RATE || metric == GoalMetric.REPEAT_PURCHASE_RATE
				|| metric == GoalMetric.COMPLAINT_RATE || metric == GoalMetric.CAMPAIGN_CONVERSION
				|| metric == GoalMetric.SATISFACTION;
	}

	/** The name of a metric in the user's language. */
	public static String metricName(GoalMetric metric) {
		if (metric == null) {
			return Messages.Format_unknown;
		}
		return switch (metric) {
			case CHURN_RATE -> Messages.Metric_churnRate;
			case REPEAT_PURCHASE_RATE -> Messages.Metric_repeatPurchaseRate;
			case CUSTOMERS_IN_TIER -> Messages.Metric_customersInTier;
			case REVENUE -> Messages.Metric_revenue;
			case SATISFACTION -> Messages.Metric_satisfaction;
			case COMPLAINT_RATE -> Messages.Metric_complaintRate;
			case ACTIVE_CUSTOMERS -> Messages.Metric_activeCustomers;
			case CAMPAIGN_CONVERSION -> Messages.Metric_campaignConversion;
		};
	}

	public static String directionName(GoalDirection direction) {
		return direction == GoalDirection.AT_MOST ? Messages.Direction_atMost
				: Messages.Direction_atLeast;
	}

	/**
	 * Reads a value the user typed for a metric: rates as a percentage ("12" or "12%") or a
	 * share ("0.12"), other metrics as plain numbers; {@code null} when it is not a number.
	 */
	public static BigDecimal parse(GoalMetric metric, String text) {
		String trimmed = text == null ? "" : text.trim().replace("%", "").replace(",", "");
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(trimmed);
			boolean percentage = text.contains("%") || value.compareTo(BigDecimal.ONE) > 0; //$NON-NLS-1$
			return isRate(metric) && percentage ? value.movePointLeft(2) : value;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
