package org.travelcrm.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Customer;

/**
 * What a customer has bought over the whole history: the number of purchases, the date of the
 * last one and their total value. A purchase is a booking that is not cancelled; its value is
 * its amount.
 *
 * @param purchases    the number of purchases
 * @param lastPurchase the booked date of the latest purchase, or {@code null} without purchases
 * @param contribution the sum of the purchase amounts, exact
 */
public record PurchaseSummary(int purchases, LocalDate lastPurchase, BigDecimal contribution) {

	/** A customer who has bought nothing. */
	public static final PurchaseSummary NONE = new PurchaseSummary(0, null, BigDecimal.ZERO);

	/**
	 * Summarises the purchases of every customer who has any, in one pass over the agency's
	 * bookings; customers missing from the map have bought nothing.
	 */
	public static Map<Customer, PurchaseSummary> ofAll(Agency agency) {
		Map<Customer, Totals> totals = new IdentityHashMap<>();
		for (Booking booking : agency.getBookings()) {
			if (booking.getStatus() != BookingStatus.CANCELLED && booking.getCustomer() != null) {
				totals.computeIfAbsent(booking.getCustomer(), customer -> new Totals())
						.add(booking);
			}
		}
		Map<Customer, PurchaseSummary> summaries = new IdentityHashMap<>(totals.size());
		totals.forEach((customer, total) -> summaries.put(customer, total.summary()));
		return summaries;
	}

	/** Summarises the purchases of one customer, in one pass over its bookings. */
	public static PurchaseSummary of(Customer customer) {
		Totals totals = new Totals();
		for (Booking booking : customer.getBookings()) {
			if (booking.getStatus() != BookingStatus.CANCELLED) {
				totals.add(booking);
			}
		}
		return totals.summary();
	}

	/** Running totals of one customer's purchases. */
	private static final class Totals {

		private int purchases;
		private LocalDate last;
		private BigDecimal total = BigDecimal.ZERO;

		void add(Booking purchase) {
			purchases++;
			LocalDate booked = purchase.getBookedDate();
			if (booked != null && (last == null || booked.isAfter(last))) {
				last = booked;
			}
			if (purchase.getAmount() != null) {
				total = total.add(purchase.getAmount());
			}
		}

		PurchaseSummary summary() {
			return purchases == 0 ? NONE : new PurchaseSummary(purchases, last, total);
		}
	}
}
