package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Customer;
import org.travelcrm.model.TravelProduct;

/**
 * The composition of the customers and of what they bought, over all purchases before the
 * as-of date.
 * <p>
 * Customers, buyers, purchases and revenue by buyer unit, travel purpose and country; buyers,
 * purchases and revenue by product kind and destination (of a booking's first product) and by
 * sales channel; purchases, revenue and cancelled bookings by month of the year
 * (seasonality); purchases by lead time (days from booking to departure) and by party size;
 * and the cancellation rate (cancelled bookings / all bookings). A missing value is grouped as
 * {@code UNSPECIFIED}.
 */
@SuppressWarnings("nls")
public final class CompositionAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.composition"; //$NON-NLS-1$

	private static final String[] LEAD_TIMES = { "0-6", "7-29", "30-89", "90-179", "180+" };
	private static final int[] LEAD_TIME_LIMITS = { 7, 30, 90, 180 };
	private static final String[] PARTY_SIZES = { "1", "2", "3-4", "5-9", "10+" };
	private static final int[] PARTY_SIZE_LIMITS = { 2, 3, 5, 10 };

	/**
	 * Totals of one group: customers, buyers, purchases, revenue. Revenue is summed unscaled
	 * when the purchases give their values so ({@link Purchases#unscaledAmounts()}).
	 */
	private static final class Group {
		long customers;
		long buyers;
		long purchases;
		long cancelled;
		long unscaled;
		BigDecimal revenue = BigDecimal.ZERO;
		int lastCustomer = -1;

		void purchase(int c, Purchases view, long[] values, int k) {
			purchases++;
			if (values != null) {
				unscaled += values[k];
			} else {
				revenue = revenue.add(view.amount(k));
			}
			if (lastCustomer != c) {
				buyers++;
				lastCustomer = c;
			}
		}

		void customer(Purchases view, int c, long customerUnscaled, BigDecimal customerRevenue) {
			customers++;
			if (view.count(c) > 0) {
				buyers++;
				purchases += view.count(c);
				unscaled += customerUnscaled;
				revenue = revenue.add(customerRevenue);
			}
		}

		/** The revenue; once settled, also in {@link #revenue}. */
		BigDecimal revenue(Purchases view) {
			return view.unscaledAmounts() != null ? view.sumOf(unscaled, purchases) : revenue;
		}
	}

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		int n = purchases.customerCount();
		Map<String, Group> units = new HashMap<>();
		Map<String, Group> purposes = new HashMap<>();
		Map<String, Group> countries = new HashMap<>();
		Map<String, Group> kinds = new HashMap<>();
		Map<String, Group> destinations = new HashMap<>();
		Map<String, Group> channels = new HashMap<>();
		Map<String, Group> months = ordered(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9",
				"10", "11", "12")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<String, Group> leadTimes = ordered(List.of(LEAD_TIMES));
		Group unspecifiedLead = new Group();
		leadTimes.put(CustomerAttributes.UNSPECIFIED, unspecifiedLead);
		Group[] leadGroups = leadTimes.values().toArray(new Group[0]);
		Map<String, Group> partySizes = ordered(List.of(PARTY_SIZES));
		Group[] partyGroups = partySizes.values().toArray(new Group[0]);
		Group[] monthGroups = months.values().toArray(new Group[0]);
		// Products and channel texts repeat: their groups are looked up once per instance
		// (null included).
		Map<TravelProduct, Group[]> byProduct = new IdentityHashMap<>();
		Map<String, Group> byChannel = new IdentityHashMap<>();
		long[] values = purchases.unscaledAmounts();
		BigDecimal total = BigDecimal.ZERO;
		Object[][] customerValues = new Object[5][n];

		for (int c = 0; c < n; c++) {
			Progress.check(monitor, c);
			Customer customer = purchases.customer(c);
			String unit = CustomerAttributes.buyerUnit(customer);
			String purpose = CustomerAttributes.purpose(customer);
			String country = CustomerAttributes.orUnspecified(customer.getCountry());
			BigDecimal revenue = BigDecimal.ZERO;
			long unscaled = 0;
			for (int k = purchases.start(c), end = purchases.end(c); k < end; k++) {
				Booking booking = purchases.booking(k);
				if (values != null) {
					unscaled += values[k];
				} else {
					revenue = revenue.add(purchases.amount(k));
				}
				TravelProduct product = booking.getProduct();
				Group[] productGroups = byProduct.computeIfAbsent(product, key -> new Group[] {
						group(kinds, key == null || key.getKind() == null ? null
								: key.getKind().name()),
						group(destinations, key == null ? null : key.getDestination()) });
				productGroups[0].purchase(c, purchases, values, k);
				productGroups[1].purchase(c, purchases, values, k);
				byChannel.computeIfAbsent(booking.getSalesChannel(), key -> group(channels, key))
						.purchase(c, purchases, values, k);
				monthGroups[booking.getBookedDate().getMonthValue() - 1].purchase(c, purchases,
						values, k);
				int lead = leadTime(booking, purchases.day(k));
				(lead < 0 ? unspecifiedLead : leadGroups[lead]).purchase(c, purchases, values, k);
				partyGroups[bucket(booking.getTravellers(), PARTY_SIZE_LIMITS)].purchase(c,
						purchases, values, k);
			}
			if (values != null) {
				revenue = purchases.sumOf(unscaled, purchases.count(c));
			}
			total = total.add(revenue);
			group(units, unit).customer(purchases, c, unscaled, revenue);
			group(purposes, purpose).customer(purchases, c, unscaled, revenue);
			group(countries, country).customer(purchases, c, unscaled, revenue);
			customerValues[0][c] = unit;
			customerValues[1][c] = purpose;
			customerValues[2][c] = country;
			customerValues[3][c] = Long.valueOf(purchases.count(c));
			customerValues[4][c] = revenue;
		}
		for (Map<String, Group> groups : List.of(units, purposes, countries, kinds, destinations,
				channels, months, leadTimes, partySizes)) {
			groups.values().forEach(group -> group.revenue = group.revenue(purchases));
		}
		long cancelled = countCancelled(request, months);
		BigDecimal revenueTotal = total;

		AnalysisResult.Builder result = request.newResult();
		ResultTable byUnit = customerTable("byBuyerUnit", Messages.Table_byBuyerUnit, units, //$NON-NLS-1$
				total);
		result.table(byUnit);
		result.table(customerTable("byPurpose", Messages.Table_byPurpose, purposes, total)); //$NON-NLS-1$
		result.table(customerTable("byCountry", Messages.Table_byCountry, countries, total));
		result.table(bookingTable("byProductKind", Messages.Table_byProductKind, kinds, total));
		result.table(bookingTable("byDestination", Messages.Table_byDestination, destinations,
				total));
		result.table(bookingTable("byChannel", Messages.Table_byChannel, channels, total)); //$NON-NLS-1$
		ResultTable.Builder monthTable = table("byMonth", Messages.Table_byMonth, Columns.MONTH,
				Columns.PURCHASES, Columns.REVENUE, Columns.REVENUE_SHARE, Columns.CANCELLED);
		months.forEach((month, group) -> monthTable.row(Long.valueOf(month), group.purchases,
				group.revenue, Ratios.divide(group.revenue, revenueTotal), group.cancelled));
		ResultTable byMonth = monthTable.build();
		result.table(byMonth);
		result.table(bookingTable("byLeadTime", Messages.Table_byLeadTime, leadTimes, total));
		result.table(bookingTable("byPartySize", Messages.Table_byPartySize, partySizes, total));
		long bookings = purchases.purchaseCount() + cancelled;
		result.table(table("cancellations", Messages.Table_cancellations, Columns.BOOKINGS, //$NON-NLS-1$
				Columns.CANCELLED, Columns.CANCELLATION_RATE)
				.row(bookings, cancelled, Ratios.divide(cancelled, bookings)).build());
		result.series(series("revenueByMonth", Messages.Series_revenueByMonth, ChartKind.BAR,
				byMonth, Columns.MONTH.name(), Columns.REVENUE.name()));
		result.series(series("customersByBuyerUnit", Messages.Series_customersByBuyerUnit, //$NON-NLS-1$
				ChartKind.PIE, byUnit, Columns.GROUP.name(), Columns.CUSTOMERS.name()));
		result.customers(customers(purchases, new Column[] { Columns.BUYER_UNIT, Columns.PURPOSE,
				Columns.text("country", Messages.Column_country), Columns.PURCHASES, //$NON-NLS-1$
				Columns.REVENUE }, customerValues));
		return result.build();
	}

	/** Counts the cancelled bookings of the agency's customers before the as-of date. */
	private static long countCancelled(AnalysisRequest request, Map<String, Group> months) {
		Purchases purchases = request.context().purchases();
		long cancelled = 0;
		for (int c = 0, n = purchases.customerCount(); c < n; c++) {
			cancelled += purchases.cancelled(c);
		}
		if (cancelled == 0) {
			return 0;
		}
		int asOf = purchases.asOfDay();
		for (Booking booking : request.agency().getBookings()) {
			if (booking.getStatus() == BookingStatus.CANCELLED && booking.getCustomer() != null
					&& booking.getBookedDate() != null
					&& booking.getBookedDate().toEpochDay() < asOf) {
				months.get(Integer.toString(booking.getBookedDate().getMonthValue())).cancelled++;
			}
		}
		return cancelled;
	}

	/** The lead time bucket of a booking booked on a day, or -1 for none. */
	private static int leadTime(Booking booking, int bookedDay) {
		LocalDate departure = booking.getDepartureDate();
		if (departure == null) {
			return -1;
		}
		long days = departure.toEpochDay() - bookedDay;
		return days < 0 ? -1 : bucket(days, LEAD_TIME_LIMITS);
	}

	/** The index of the first bucket whose exclusive limit is above the value. */
	private static int bucket(long value, int[] limits) {
		for (int i = 0; i < limits.length; i++) {
			if (value < limits[i]) {
				return i;
			}
		}
		return limits.length;
	}

	private static Map<String, Group> ordered(List<String> keys) {
		Map<String, Group> groups = new LinkedHashMap<>();
		keys.forEach(key -> groups.put(key, new Group()));
		return groups;
	}

	private static Group group(Map<String, Group> groups, String key) {
		return groups.computeIfAbsent(CustomerAttributes.orUnspecified(key), k -> new Group());
	}

	private static ResultTable customerTable(String name, String label, Map<String, Group> groups,
			BigDecimal total) {
		return fill(table(name, label, Columns.GROUP, Columns.CUSTOMERS, Columns.BUYERS,
				Columns.PURCHASES, Columns.REVENUE, Columns.REVENUE_SHARE), groups,
				group -> new Object[] { group.customers, group.buyers }, total);
	}

	private static ResultTable bookingTable(String name, String label, Map<String, Group> groups,
			BigDecimal total) {
		return fill(table(name, label, Columns.GROUP, Columns.BUYERS, Columns.PURCHASES,
				Columns.REVENUE, Columns.REVENUE_SHARE), groups,
				group -> new Object[] { group.buyers }, total);
	}

	private static ResultTable fill(ResultTable.Builder table, Map<String, Group> groups,
			Function<Group, Object[]> counts, BigDecimal total) {
		// Groups found in the data are listed by name; fixed buckets keep their order.
		Map<String, Group> ordered = groups instanceof LinkedHashMap ? groups
				: new TreeMap<>(groups);
		ordered.forEach((key, group) -> {
			Object[] leading = counts.apply(group);
			Object[] row = new Object[leading.length + 4];
			row[0] = key;
			System.arraycopy(leading, 0, row, 1, leading.length);
			row[leading.length + 1] = group.purchases;
			row[leading.length + 2] = group.revenue;
			row[leading.length + 3] = Ratios.divide(group.revenue, total);
			table.row(row);
		});
		return table.build();
	}
}
