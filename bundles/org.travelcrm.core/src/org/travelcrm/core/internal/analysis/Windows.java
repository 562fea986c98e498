package org.travelcrm.core.internal.analysis;

/** Look-back windows as epoch days. */
final class Windows {

	private Windows() {
	}

	/**
	 * The first day of the window [asOf - days, asOf); all history when days is zero or less.
	 */
	static int from(int asOfDay, int days) {
		return days <= 0 ? Integer.MIN_VALUE : asOfDay - days;
	}
}
