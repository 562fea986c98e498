package org.travelcrm.analysis.addons.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.travelcrm.core.analysis.Period;
import org.travelcrm.core.analysis.Purchases;

/**
 * The whole calendar periods an agency's purchases cover, as epoch days: from the start of the
 * period containing the earliest purchase to the end of the last period that ends on or before
 * the as-of date.
 */
final class PeriodBoundaries {

	private PeriodBoundaries() {
	}

	/**
	 * The boundaries b0 &lt; b1 &lt; ... of the whole periods [b(i), b(i+1)); empty when no
	 * period is whole or there is no purchase.
	 */
	static int[] of(Purchases purchases, Period period) {
		int earliest = Integer.MAX_VALUE;
		for (int c = 0, n = purchases.customerCount(); c < n; c++) {
			if (purchases.count(c) > 0) {
				earliest = Math.min(earliest, purchases.day(purchases.start(c)));
			}
		}
		if (earliest == Integer.MAX_VALUE) {
			return new int[0];
		}
		List<Integer> days = new ArrayList<>();
		LocalDate start = period.start(LocalDate.ofEpochDay(earliest));
		days.add((int) start.toEpochDay());
		for (LocalDate next = period.next(start); next.toEpochDay() <= purchases.asOfDay();
				next = period.next(next)) {
			days.add((int) next.toEpochDay());
		}
		return days.size() < 2 ? new int[0] : days.stream().mapToInt(Integer::intValue).toArray();
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
