package org.travelcrm.core.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the rows of a file say about customers, bookings and products, before it is compared with
 * the agency: plain values, one draft per external id.
 */
final class Drafts {

	private Drafts() {
	}

	/** A customer as the file describes it; later rows fill in what earlier rows left empty. */
	static final class CustomerDraft {

		final String id;
		final boolean organization;
		final boolean walkIn;
		final int line;
		String name;
		String phone;
		String email;
		String address;
		String city;
		String country;
		LocalDate birthDate;
		LocalDate firstBooked;

		CustomerDraft(String id, boolean organization, boolean walkIn, int line) {
			this.id = id;
			this.organization = organization;
			this.walkIn = walkIn;
			this.line = line;
		}

		void fill(CustomerDraft row) {
			name = name != null ? name : row.name;
			phone = phone != null ? phone : row.phone;
			email = email != null ? email : row.email;
			address = address != null ? address : row.address;
			city = city != null ? city : row.city;
			country = country != null ? country : row.country;
			birthDate = birthDate != null ? birthDate : row.birthDate;
		}

		void booked(LocalDate day) {
			if (day != null && (firstBooked == null || day.isBefore(firstBooked))) {
				firstBooked = day;
			}
		}
	}

	/** A booking: its first row's values and the sums over all its rows (lines). */
	static final class BookingDraft {

		final String id;
		final String customerId;
		final boolean cancelled;
		final int firstLine;
		private int[] moreLines;
		private int lineCount;
		BigDecimal amount;
		BigDecimal cost;
		LocalDate bookedDate;
		LocalDate departureDate;
		LocalDate returnDate;
		Integer travellers;
		String salesChannel;
		List<String> productCodes = List.of();

		BookingDraft(String id, String customerId, boolean cancelled, int line) {
			this.id = id;
			this.customerId = customerId;
			this.cancelled = cancelled;
			this.firstLine = line;
			this.lineCount = 1;
		}

		void addLine(int line, BigDecimal lineAmount, BigDecimal lineCost, String productCode) {
			// Most bookings have one line: later lines get an array only when they come.
			if (moreLines == null) {
				moreLines = new int[2];
			} else if (lineCount - 1 == moreLines.length) {
				moreLines = Arrays.copyOf(moreLines, moreLines.length * 2);
			}
			moreLines[lineCount++ - 1] = line;
			amount = add(amount, lineAmount);
			cost = add(cost, lineCost);
			addProduct(productCode);
		}

		void addProduct(String code) {
			if (code == null || productCodes.contains(code)) {
				return;
			}
			if (productCodes.isEmpty()) {
				productCodes = List.of(code);
			} else {
				List<String> codes = new ArrayList<>(productCodes);
				codes.add(code);
				productCodes = codes;
			}
		}

		int[] lines() {
			int[] lines = new int[lineCount];
			lines[0] = firstLine;
			if (moreLines != null) {
				System.arraycopy(moreLines, 0, lines, 1, lineCount - 1);
			}
			return lines;
		}

		private static BigDecimal add(BigDecimal sum, BigDecimal value) {
			if (value == null) {
				return sum;
			}
			return sum == null ? value : sum.add(value);
		}
	}

	/** A product named by the rows that sell it. */
	static final class ProductDraft {

		final String code;
		String name;

		ProductDraft(String code, String name) {
			this.code = code;
			this.name = name;
		}
	}
}
