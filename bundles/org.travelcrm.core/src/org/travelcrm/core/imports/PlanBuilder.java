package org.travelcrm.core.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.Drafts.BookingDraft;
import org.travelcrm.core.imports.Drafts.CustomerDraft;
import org.travelcrm.core.imports.Drafts.ProductDraft;
import org.travelcrm.core.imports.ImportProfile.DuplicateRows;
import org.travelcrm.core.imports.ImportProfile.MissingCustomer;
import org.travelcrm.core.internal.imports.DateReader;
import org.travelcrm.core.internal.imports.DateReader.DateProblem;
import org.travelcrm.core.internal.imports.Decimals;
import org.travelcrm.core.internal.imports.RecordSource;
import org.travelcrm.core.internal.imports.SourceTable;
import org.travelcrm.core.internal.imports.Workbook;
import org.travelcrm.model.values.ModelValues;

/**
 * Reads every row of a file through a profile into drafts, rejecting rows with the line, column
 * and reason, in one pass and without touching the agency.
 */
final class PlanBuilder {

	/** The fields that make a row a booking. */
	private static final Set<ImportField> BOOKING_FIELDS = Set.of(ImportField.BOOKING_ID,
			ImportField.BOOKED_DATE, ImportField.DEPARTURE_DATE, ImportField.RETURN_DATE,
			ImportField.AMOUNT, ImportField.QUANTITY, ImportField.UNIT_PRICE, ImportField.COST,
			ImportField.CANCELLED, ImportField.TRAVELLERS, ImportField.SALES_CHANNEL,
			ImportField.PRODUCT_CODE);
	private static final int PROGRESS_ROWS = 1 << 14;

	private final SourceTable table;
	private final ImportProfile profile;
	private final boolean decimalComma;
	private final Map<ImportField, Column> columns = new EnumMap<>(ImportField.class);
	private final Map<ImportField, DateReader> dateReaders = new EnumMap<>(ImportField.class);
	private final Set<String> missing;
	private final int longestMarker;
	private final boolean bookings;

	final Map<String, CustomerDraft> customers = new LinkedHashMap<>();
	final Map<String, BookingDraft> bookingDrafts = new LinkedHashMap<>();
	final Map<String, ProductDraft> products = new LinkedHashMap<>();
	final List<RejectedRow> rejected = new ArrayList<>();
	final List<ImportNotice> notices = new ArrayList<>();
	int rowsRead;
	int linesGrouped;

	PlanBuilder(SourceTable table, ImportProfile profile, int referenceYear)
			throws ImportFileException {
		this.table = table;
		this.profile = profile;
		this.decimalComma = table.decimalComma();
		this.missing = new HashSet<>(profile.getMissingMarkers());
		this.longestMarker = missing.stream().mapToInt(String::length).max().orElse(0);
		for (ImportField field : profile.getMappedFields()) {
			columns.put(field, Column.resolve(profile.getColumn(field), field, table));
			if (field.kind() == ImportField.Kind.DATE) {
				dateReaders.put(field, new DateReader(profile.getDateOrder(),
						profile.getTwoDigitYears(field), referenceYear));
			}
		}
		boolean anyBookingField = false;
		for (ImportField field : BOOKING_FIELDS) {
			anyBookingField |= columns.containsKey(field);
		}
		this.bookings = anyBookingField;
	}

	/** Reads all rows. */
	void read(IProgressMonitor monitor) throws ImportFileException {
		RecordSource records = table.records();
		boolean header = table.format().header();
		int width = table.columns().size();
		Map<String, Integer> seenRows = profile.getDuplicateRows() == DuplicateRows.IMPORT ? null
				: new HashMap<>();
		while (records.next()) {
			if (header) {
				header = false;
				continue;
			}
			rowsRead++;
			if ((rowsRead & (PROGRESS_ROWS - 1)) == 0) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				monitor.worked(1);
			}
			Row row = new Row(records);
			try {
				row.checkWidth(width);
				readRow(row, seenRows);
			} catch (RowProblem problem) {
				rejected.add(new RejectedRow(row.line, problem.column, problem.getMessage()));
			}
		}
		if (columns.isEmpty()) {
			// Only now, so that a file that cannot be read at all says so first.
			throw new ImportFileException(NLS.bind(Messages.Profile_noColumns, table.fileName(),
					String.join(", ", table.columns()))); //$NON-NLS-1$
		}
		rejectNegativeBookings();
		rejected.sort(Comparator.comparingInt(RejectedRow::line));
		notices.sort(Comparator.comparingInt(ImportNotice::line));
	}

	private void readRow(Row row, Map<String, Integer> seenRows) throws RowProblem {
		CustomerDraft customer = readCustomer(row);
		BookingRow booking = bookings ? readBooking(row, customer) : null;
		BookingDraft group = booking == null ? null : bookingDrafts.get(booking.draft.id);
		if (group != null && !group.customerId.equals(customer.id)) {
			throw new RowProblem(columnName(ImportField.CUSTOMER_ID), NLS.bind(
					Messages.Row_otherCustomerInBooking, new Object[] { customer.id,
							group.id, group.customerId, group.firstLine }));
		}
		if (seenRows != null) {
			Integer first = seenRows.putIfAbsent(String.join("\u001F", row.fields), row.line);
			if (first != null) {
				String message = NLS.bind(profile.getDuplicateRows() == DuplicateRows.REJECT
						? Messages.Row_identicalRejected : Messages.Row_identicalImported, first);
				if (profile.getDuplicateRows() == DuplicateRows.REJECT) {
					throw new RowProblem(null, message);
				}
				notices.add(new ImportNotice(row.line, null, message));
			}
		}
		merge(customer, booking, group);
	}

	private CustomerDraft readCustomer(Row row) throws RowProblem {
		String id;
		boolean walkIn = false;
		if (columns.containsKey(ImportField.CUSTOMER_ID)) {
			String key = row.text(ImportField.CUSTOMER_ID);
			if (key != null) {
				id = profile.getCustomerIdPrefix() + key;
			} else if (profile.getMissingCustomer() == MissingCustomer.WALK_IN) {
				id = profile.getCustomerIdPrefix() + "walk-in-line-" + row.line;
				walkIn = true;
			} else {
				throw new RowProblem(columnName(ImportField.CUSTOMER_ID),
						Messages.Row_noCustomerId);
			}
		} else {
			id = profile.getCustomerIdPrefix() + "line-" + row.line;
		}
		CustomerDraft known = customers.get(id);
		CustomerDraft customer = new CustomerDraft(id, profile.isOrganizations() && !walkIn,
				walkIn, row.line);
		// A customer seen before only reads what its earlier rows left empty.
		customer.name = known == null || known.name == null
				? row.text(ImportField.CUSTOMER_NAME) : null;
		customer.phone = known == null || known.phone == null ? row.text(ImportField.PHONE) : null;
		customer.email = known == null || known.email == null ? row.text(ImportField.EMAIL) : null;
		customer.address = known == null || known.address == null
				? row.text(ImportField.ADDRESS) : null;
		customer.city = known == null || known.city == null ? row.text(ImportField.CITY) : null;
		customer.country = known == null || known.country == null
				? row.text(ImportField.COUNTRY) : null;
		customer.birthDate = known == null || known.birthDate == null
				? row.date(ImportField.BIRTH_DATE) : null;
		return customer;
	}

	/** A booking row: the draft it would start, and what it adds as a line. */
	private record BookingRow(BookingDraft draft, BigDecimal amount, BigDecimal cost,
			String productCode, String productName) {
	}

	private BookingRow readBooking(Row row, CustomerDraft customer) throws RowProblem {
		String key = row.text(ImportField.BOOKING_ID);
		if (key == null && columns.containsKey(ImportField.BOOKING_ID)) {
			throw new RowProblem(columnName(ImportField.BOOKING_ID), Messages.Row_noBookingId);
		}
		String id = profile.getBookingIdPrefix() + (key != null ? key : "line-" + row.line);
		String cancelledPrefix = profile.getCancelledPrefix();
		boolean cancelled = key != null && cancelledPrefix != null
				&& key.startsWith(cancelledPrefix);
		String flag = row.text(ImportField.CANCELLED);
		cancelled |= flag != null && profile.getCancelledValues().contains(flag);

		BookingDraft draft = new BookingDraft(id, customer.id, cancelled, row.line);
		BigDecimal amount = row.decimal(ImportField.AMOUNT);
		if (amount == null && columns.containsKey(ImportField.QUANTITY)) {
			amount = row.required(ImportField.QUANTITY)
					.multiply(row.required(ImportField.UNIT_PRICE));
		}
		BigDecimal cost = row.decimal(ImportField.COST);
		draft.departureDate = row.date(ImportField.DEPARTURE_DATE);
		draft.returnDate = row.date(ImportField.RETURN_DATE);
		draft.bookedDate = row.date(ImportField.BOOKED_DATE);
		BigDecimal nights = row.decimal(ImportField.NIGHTS);
		if (draft.returnDate == null && nights != null && draft.departureDate != null) {
			draft.returnDate = ModelValues.date(draft.departureDate.plusDays(row.whole(
					ImportField.NIGHTS, nights)));
		}
		BigDecimal leadTime = row.decimal(ImportField.LEAD_TIME_DAYS);
		if (draft.bookedDate == null && leadTime != null && draft.departureDate != null) {
			draft.bookedDate = ModelValues.date(draft.departureDate.minusDays(row.whole(
					ImportField.LEAD_TIME_DAYS, leadTime)));
		}
		BigDecimal travellers = row.decimal(ImportField.TRAVELLERS);
		if (travellers != null) {
			int count = row.whole(ImportField.TRAVELLERS, travellers);
			if (count < 1) {
				throw new RowProblem(columnName(ImportField.TRAVELLERS),
						NLS.bind(Messages.Row_noTravellers, travellers.toPlainString()));
			}
			draft.travellers = count;
		}
		if (draft.returnDate != null && draft.departureDate != null
				&& draft.returnDate.isBefore(draft.departureDate)) {
			throw new RowProblem(columnName(ImportField.RETURN_DATE), NLS.bind(
					Messages.Row_returnBeforeDeparture, draft.returnDate, draft.departureDate));
		}
		draft.salesChannel = row.text(ImportField.SALES_CHANNEL);
		String productCode = row.text(ImportField.PRODUCT_CODE);
		draft.amount = amount;
		draft.cost = cost;
		draft.addProduct(productCode);
		return new BookingRow(draft, amount, cost, productCode,
				row.text(ImportField.PRODUCT_NAME));
	}

	private void merge(CustomerDraft row, BookingRow booking, BookingDraft group) {
		CustomerDraft customer = customers.putIfAbsent(row.id, row);
		if (customer != null) {
			customer.fill(row);
		} else {
			customer = row;
		}
		if (booking == null) {
			return;
		}
		if (group == null) {
			bookingDrafts.put(booking.draft.id, booking.draft);
			group = booking.draft;
		} else {
			group.addLine(booking.draft.firstLine, booking.amount, booking.cost,
					booking.productCode);
			linesGrouped++;
		}
		customer.booked(booking.draft.bookedDate);
		if (booking.productCode != null) {
			ProductDraft product = products.get(booking.productCode);
			if (product == null) {
				products.put(booking.productCode,
						new ProductDraft(booking.productCode, booking.productName));
			} else if (product.name == null) {
				product.name = booking.productName;
			}
		}
	}

	/**
	 * A booking that is no cancellation must not sum to less than zero; all its lines are
	 * rejected. A cancellation keeps the value it cancelled, as a positive amount.
	 */
	private void rejectNegativeBookings() {
		Iterator<BookingDraft> iterator = bookingDrafts.values().iterator();
		while (iterator.hasNext()) {
			BookingDraft draft = iterator.next();
			if (draft.amount == null || draft.amount.signum() >= 0) {
				continue;
			}
			if (draft.cancelled) {
				draft.amount = draft.amount.negate();
				continue;
			}
			String reason = NLS.bind(Messages.Row_negativeBooking, draft.id,
					draft.amount.toPlainString());
			for (int line : draft.lines()) {
				rejected.add(new RejectedRow(line, columnName(ImportField.AMOUNT), reason));
			}
			iterator.remove();
		}
	}

	private String columnName(ImportField field) {
		Column column = columns.get(field);
		if (column != null) {
			return column.spec;
		}
		if (field == ImportField.AMOUNT && columns.containsKey(ImportField.QUANTITY)) {
			return columns.get(ImportField.QUANTITY).spec;
		}
		return field.key();
	}

	/** A problem with one row: the column it is in (or none) and what is wrong. */
	static final class RowProblem extends Exception {

		private static final long serialVersionUID = 1L;
		final String column;

		RowProblem(String column, String reason) {
			super(reason, null, false, false);
			this.column = column;
		}
	}

	/** One row's fields, read through the profile's columns. */
	private final class Row {

		final int line;
		final List<String> fields;
		private final RecordSource source;

		Row(RecordSource source) {
			this.line = source.line();
			this.fields = source.fields();
			this.source = source;
		}

		void checkWidth(int width) throws RowProblem {
			int size = fields.size();
			while (size > width && fields.get(size - 1).isBlank()) {
				size--;
			}
			if (size != width && table.isWorkbook()) {
				throw new RowProblem(null, NLS.bind(Messages.Row_valueBeyondHeader,
						Workbook.columnLetters(size - 1), width));
			}
			if (size != width) {
				throw new RowProblem(null, NLS.bind(Messages.Row_wrongWidth, size, width));
			}
		}

		/**
		 * The value of a column, trimmed; {@code null} when empty or a missing marker.
		 *
		 * @throws RowProblem when the field holds no value to read, such as an error cell
		 */
		String value(int index) throws RowProblem {
			String problem = source.fieldProblem(index);
			if (problem != null) {
				throw new RowProblem(table.columns().get(index), problem);
			}
			String raw = fields.get(index);
			if (raw.isEmpty()) {
				return null;
			}
			String value = raw.strip();
			if (value.isEmpty()) {
				return null;
			}
			// Most values are longer than any marker and need no look-up.
			return value.length() <= longestMarker && missing.contains(value) ? null : value;
		}

		String text(ImportField field) throws RowProblem {
			Column column = columns.get(field);
			if (column == null) {
				return null;
			}
			String value = value(column.indexes[0]);
			String template = profile.getTemplate(field);
			return value == null || template == null ? value
					: template.replace("{0}", value);
		}

		BigDecimal decimal(ImportField field) throws RowProblem {
			Column column = columns.get(field);
			if (column == null) {
				return null;
			}
			BigDecimal sum = null;
			for (int index : column.indexes) {
				String value = value(index);
				if (value == null) {
					continue;
				}
				BigDecimal number = Decimals.parse(value, decimalComma);
				if (number == null) {
					throw new RowProblem(table.columns().get(index),
							NLS.bind(Messages.Row_notANumber, value));
				}
				sum = sum == null ? number : sum.add(number);
			}
			return sum;
		}

		BigDecimal required(ImportField field) throws RowProblem {
			BigDecimal value = decimal(field);
			if (value == null) {
				throw new RowProblem(columnName(field), Messages.Row_missingNumber);
			}
			return value;
		}

		int whole(ImportField field, BigDecimal value) throws RowProblem {
			try {
				return value.intValueExact();
			} catch (ArithmeticException e) {
				throw new RowProblem(columnName(field),
						NLS.bind(Messages.Row_notAWholeNumber, value.toPlainString()));
			}
		}

		LocalDate date(ImportField field) throws RowProblem {
			Column column = columns.get(field);
			if (column == null) {
				return null;
			}
			try {
				if (column.indexes.length == 3 && column.splitDate) {
					String year = value(column.indexes[0]);
					String month = value(column.indexes[1]);
					String day = value(column.indexes[2]);
					if (year == null || month == null || day == null) {
						return null;
					}
					return dateReaders.get(field).read(year, month, day);
				}
				String value = value(column.indexes[0]);
				return value == null ? null : dateReaders.get(field).read(value);
			} catch (DateProblem problem) {
				throw new RowProblem(column.spec, problem.getMessage());
			}
		}
	}

	/** A profile's column spec resolved against a file's columns. */
	private record Column(String spec, int[] indexes, boolean splitDate) {

		static Column resolve(String spec, ImportField field, SourceTable table)
				throws ImportFileException {
			int single = indexOf(spec, table.columns());
			if (single >= 0) {
				return new Column(spec, new int[] { single }, false);
			}
			boolean split = spec.indexOf('|') >= 0;
			String[] parts = spec.split(split ? "\\|" : "\\+");
			if (split && (parts.length != 3 || field.kind() != ImportField.Kind.DATE)
					|| !split && (parts.length < 2 || field.kind() != ImportField.Kind.DECIMAL)) {
				throw unknown(spec, field, table);
			}
			int[] indexes = new int[parts.length];
			for (int i = 0; i < parts.length; i++) {
				indexes[i] = indexOf(parts[i].trim(), table.columns());
				if (indexes[i] < 0) {
					throw unknown(parts[i].trim(), field, table);
				}
			}
			return new Column(spec, indexes, split);
		}

		private static int indexOf(String name, List<String> columns) {
			int index = columns.indexOf(name);
			if (index >= 0) {
				return index;
			}
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).equalsIgnoreCase(name.trim())) {
					return i;
				}
			}
			if (name.startsWith("#")) {
				try {
					int number = Integer.parseInt(name.substring(1));
					return number >= 1 && number <= columns.size() ? number - 1 : -1;
				} catch (NumberFormatException e) {
					return -1;
				}
			}
			return -1;
		}

		private static ImportFileException unknown(String name, ImportField field,
				SourceTable table) {
			return new ImportFileException(NLS.bind(Messages.Profile_unknownColumn, new Object[] {
					name, field.key(), table.fileName(), String.join(", ", table.columns()) }));
		}
	}
}
