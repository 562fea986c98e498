package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Customer;

/**
 * A compact, read-only columnar view of an agency's purchases before an as-of date, built once
 * per analysis run and shared by all analyses of the run.
 * <p>
 * Customers are numbered 0 to {@link #customerCount()} - 1 in the agency's order. The
 * purchases (bookings that are not cancelled and were booked before the as-of date) are
 * numbered so that each customer's purchases are consecutive, from {@link #start(int)} to
 * {@link #end(int)}, and sorted by booked day (then by their order in the agency). Days are
 * epoch days ({@link java.time.LocalDate#toEpochDay()}). A booking without customer or
 * booked date is no purchase; a purchase without amount has the value zero. Cancelled
 * bookings are only counted, per customer.
 * <p>
 * When every purchase value has the same scale s &ge; 0 and the sum of their absolute
 * unscaled values fits a {@code long}, the values are also held as unscaled longs
 * ({@link #unscaledAmounts()}), so that sums need no decimal arithmetic: any sum of n &ge; 1
 * of them is exactly {@code BigDecimal.valueOf(sum, s)}, the same value and scale as adding
 * them to {@link BigDecimal#ZERO}.
 * <p>
 * The arrays handed out by the accessors are never copied; callers must not change them.
 */
public final class Purchases {

	private final Customer[] customers;
	private final String[] customerIds;
	private final int[] starts;
	private final int[] days;
	private final BigDecimal[] amounts;
	private final long[] unscaled;
	private final int amountScale;
	private final BigDecimal[] costs;
	private final Booking[] bookings;
	private final int[] cancelled;
	private final int asOfDay;

	private Purchases(Customer[] customers, String[] customerIds, int[] starts, int[] days,
			BigDecimal[] amounts, BigDecimal[] costs, Booking[] bookings, int[] cancelled,
			int asOfDay) {
		this.customers = customers;
		this.customerIds = customerIds;
		this.starts = starts;
		this.days = days;
		this.amounts = amounts;
		this.amountScale = commonScale(amounts);
		this.unscaled = amountScale < 0 ? null : unscaled(amounts, amountScale);
		this.costs = costs;
		this.bookings = bookings;
		this.cancelled = cancelled;
		this.asOfDay = asOfDay;
	}

	/**
	 * Builds the view of the purchases booked before the as-of day, in time linear in the
	 * number of bookings (plus sorting each customer's few purchases by day).
	 */
	public static Purchases of(Agency agency, int asOfDay) {
		List<Customer> customerList = agency.getCustomers();
		int n = customerList.size();
		Customer[] customers = customerList.toArray(new Customer[n]);
		String[] ids = new String[n];
		Map<Customer, Integer> index = new IdentityHashMap<>(n);
		for (int c = 0; c < n; c++) {
			ids[c] = customers[c].getExternalId();
			index.put(customers[c], c);
		}

		List<Booking> bookingList = agency.getBookings();
		int m = bookingList.size();
		int[] owner = new int[m];
		int[] bookedDays = new int[m];
		int[] cancelled = new int[n];
		for (int i = 0; i < m; i++) {
			Booking booking = bookingList.get(i);
			LocalDate booked = booking.getBookedDate();
			bookedDays[i] = booked == null ? asOfDay : (int) booked.toEpochDay();
			owner[i] = ownerOf(booking, index, bookedDays[i], asOfDay, cancelled);
		}
		DayGroups groups = DayGroups.of(n, owner, bookedDays);

		int count = groups.keys.length;
		int[] days = new int[count];
		BigDecimal[] amounts = new BigDecimal[count];
		BigDecimal[] costs = new BigDecimal[count];
		Booking[] bookings = new Booking[count];
		for (int k = 0; k < count; k++) {
			Booking booking = bookingList.get(groups.record(k));
			days[k] = groups.day(k);
			BigDecimal amount = booking.getAmount();
			amounts[k] = amount == null ? BigDecimal.ZERO : amount;
			costs[k] = booking.getCost();
			bookings[k] = booking;
		}
		return new Purchases(customers, ids, groups.starts, days, amounts, costs, bookings,
				cancelled, asOfDay);
	}

	/** The owner of a booking that is a purchase, or -1 (booked day: asOfDay when none). */
	private static int ownerOf(Booking booking, Map<Customer, Integer> index, int bookedDay,
			int asOfDay, int[] cancelled) {
		if (bookedDay >= asOfDay) {
			return -1;
		}
		Integer owner = booking.getCustomer() == null ? null : index.get(booking.getCustomer());
		if (owner == null) {
			return -1;
		}
		if (booking.getStatus() == BookingStatus.CANCELLED) {
			cancelled[owner]++;
			return -1;
		}
		return owner;
	}

	/** The scale all values share, or -1 when they have no common non-negative scale. */
	private static int commonScale(BigDecimal[] amounts) {
		int scale = amounts.length == 0 ? 0 : amounts[0].scale();
		for (BigDecimal amount : amounts) {
			if (amount.scale() != scale) {
				return -1;
			}
		}
		return scale >= 0 ? scale : -1;
	}

	/** The unscaled values, or null when they or the sum of their magnitudes overflow. */
	private static long[] unscaled(BigDecimal[] amounts, int scale) {
		long[] values = new long[amounts.length];
		long magnitude = 0;
		try {
			for (int k = 0; k < amounts.length; k++) {
				values[k] = amounts[k].unscaledValue().longValueExact();
				magnitude = Math.addExact(magnitude, Math.absExact(values[k]));
			}
		} catch (ArithmeticException e) {
			return null;
		}
		return values;
	}

	/** The as-of day (exclusive end of all purchases) as an epoch day. */
	public int asOfDay() {
		return asOfDay;
	}

	public int customerCount() {
		return customers.length;
	}

	public int purchaseCount() {
		return days.length;
	}

	public Customer customer(int c) {
		return customers[c];
	}

	/** The external ids of the customers, by customer number. */
	public String[] customerIds() {
		return customerIds;
	}

	/** The number of the first purchase of customer c. */
	public int start(int c) {
		return starts[c];
	}

	/** One past the number of the last purchase of customer c. */
	public int end(int c) {
		return starts[c + 1];
	}

	/** The number of purchases of customer c. */
	public int count(int c) {
		return starts[c + 1] - starts[c];
	}

	/** The number of the first purchase of customer c booked on or after a day. */
	public int firstFrom(int c, int fromDay) {
		return DayGroups.firstFrom(starts, days, c, fromDay);
	}

	/** The booked day of purchase k as an epoch day. */
	public int day(int k) {
		return days[k];
	}

	/** The value (amount) of purchase k; zero when the booking has none. */
	public BigDecimal amount(int k) {
		return amounts[k];
	}

	/**
	 * The values as unscaled longs at {@link #amountScale()}, or {@code null} when they do not
	 * all share one scale or their sums could overflow (see the class comment).
	 */
	public long[] unscaledAmounts() {
		return unscaled;
	}

	/** The scale of {@link #unscaledAmounts()}; meaningless when those are {@code null}. */
	public int amountScale() {
		return amountScale;
	}

	/** A sum of n values given unscaled, as adding them to {@link BigDecimal#ZERO} gives it. */
	public BigDecimal sumOf(long unscaledSum, long n) {
		return n == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(unscaledSum, amountScale);
	}

	/** The cost of purchase k, or {@code null} where unknown. */
	public BigDecimal cost(int k) {
		return costs[k];
	}

	public Booking booking(int k) {
		return bookings[k];
	}

	/** The number of cancelled bookings of customer c before the as-of day. */
	public int cancelled(int c) {
		return cancelled[c];
	}

	/** The sum of the values of customer c's purchases from purchase {@code from} on. */
	public BigDecimal valueFrom(int c, int from) {
		int end = starts[c + 1];
		if (unscaled != null) {
			long sum = 0;
			for (int k = from; k < end; k++) {
				sum += unscaled[k];
			}
			return sumOf(sum, end - from);
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int k = from; k < end; k++) {
			sum = sum.add(amounts[k]);
		}
		return sum;
	}
}
