package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares, rates and means as exact decimals: every quotient is rounded half-up to a fixed
 * number of places, so that the same data always gives the same digits.
 */
public final class Ratios {

	/** Decimal places of every share, rate and mean. */
	public static final int SCALE = 10;

	private Ratios() {
	}

	/** numerator / denominator, or {@code null} when the denominator is zero. */
	public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
		if (denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
	}

	/** numerator / denominator, or {@code null} when the denominator is zero. */
	public static BigDecimal divide(long numerator, long denominator) {
		return divide(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	/** A mean of normalised scores given in twentieths, or {@code null} for no score. */
	public static BigDecimal meanOfTwentieths(long sum, long count) {
		return divide(sum, 20 * count);
	}
}
