package org.travelcrm.analysis.addons.internal;

import org.travelcrm.core.analysis.Period;
import org.travelcrm.core.analysis.Purchases;

/**
 * Finding a day among the whole calendar periods of {@link Period#wholePeriods(Purchases)}.
 */
final class PeriodBoundaries {

	private PeriodBoundaries() {
	}

	/** The index of the whole period that contains the day, or -1 when none does. */
	static int indexOf(int[] boundaries, int day) {
		if (boundaries.length < 2 || day < boundaries[0]
				|| day >= boundaries[boundaries.length - 1]) {
			return -1;
		}
		int low = 0;
		int high = boundaries.length - 2;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (boundaries[middle] <= day) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}
}
