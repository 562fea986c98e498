package org.travelcrm.core;

import java.math.BigDecimal;
import java.time.LocalDate;

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

	/** Summarises the purchases of one customer, in one pass over its bookings. */
	public static PurchaseSummary of(Customer customer) {
		int purchases = 0;
		LocalDate last = null;
		BigDecimal total = BigDecimal.ZERO;
		for (Booking booking : customer.getBookings()) {
			if (booking.getStatus() == BookingStatus.CANCELLED) {
				continue;
			}
			purchases++;
			LocalDate booked = booking.getBookedDate();
			if (booked != null && (last == null || booked.isAfter(last))) {
				last = booked;
			}
			if (booking.getAmount() != null) {
				total = total.add(booking.getAmount());
			}
		}
		return purchases == 0 ? NONE : new PurchaseSummary(purchases, last, total);
	}
}
