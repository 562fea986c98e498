package org.travelcrm.core.analysis;

import java.util.Arrays;

/**
 * Records (bookings, surveys) grouped by customer and ordered by day within each customer,
 * the shape of the per-run views {@link Purchases} and {@link SurveyScores}.
 * <p>
 * One counting pass gives each customer its range; each range is then sorted on keys holding
 * the day in the high half and the record's position in the low half, so that records of one
 * day keep the agency's order.
 */
final class DayGroups {

	/** Where the records of each customer start; {@code starts[customers]} is the total. */
	final int[] starts;

	/** Per grouped record: the day in the high half, the record's position in the low half. */
	final long[] keys;

	private DayGroups(int[] starts, long[] keys) {
		this.starts = starts;
		this.keys = keys;
	}

	/**
	 * Groups records.
	 *
	 * @param customers how many customers there are
	 * @param owner     per record, the customer it belongs to, or -1 to leave it out
	 * @param day       per record, its epoch day
	 */
	static DayGroups of(int customers, int[] owner, int[] day) {
		int[] starts = new int[customers + 1];
		for (int c : owner) {
			if (c >= 0) {
				starts[c + 1]++;
			}
		}
		for (int c = 0; c < customers; c++) {
			starts[c + 1] += starts[c];
		}
		long[] keys = new long[starts[customers]];
		int[] next = Arrays.copyOf(starts, customers);
		for (int i = 0; i < owner.length; i++) {
			if (owner[i] >= 0) {
				keys[next[owner[i]]++] = ((long) day[i] << 32) | i;
			}
		}
		for (int c = 0; c < customers; c++) {
			if (starts[c + 1] - starts[c] > 1) {
				Arrays.sort(keys, starts[c], starts[c + 1]);
			}
		}
		return new DayGroups(starts, keys);
	}

	/** The position in the source list of grouped record k. */
	int record(int k) {
		return (int) keys[k];
	}

	/** The epoch day of grouped record k. */
	int day(int k) {
		return (int) (keys[k] >> 32);
	}

	/** The first record of customer c on or after a day, in a customer's sorted days. */
	static int firstFrom(int[] starts, int[] days, int c, int fromDay) {
		int low = starts[c];
		int high = starts[c + 1];
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (days[middle] < fromDay) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
