package org.travelcrm.analysis.addons.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quotients as exact decimals, rounded half-up to the ten places the built-in analyses use,
 * so that the same data always gives the same digits.
 */
final class Decimals {

	/** Decimal places of every share, rate, mean and estimate. */
	static final int SCALE = 10;

	private Decimals() {
	}

	/** numerator / denominator, or {@code null} when the denominator is zero. */
	static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
		if (denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
	}

	/** numerator / denominator, or {@code null} when the denominator is zero. */
	static BigDecimal divide(long numerator, long denominator) {
		return divide(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}
}
