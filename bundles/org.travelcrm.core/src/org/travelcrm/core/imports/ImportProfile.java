package org.travelcrm.core.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.ProductKind;

/**
 * A mapping profile: how the columns of a file become customers, bookings and products.
 * <p>
 * A profile is saved as a UTF-8 properties file. Every key is optional:
 *
 * <pre>
 * name                   what the user calls the profile
 * charset                auto (default), UTF-8 or GB18030 (also for GBK files)
 * delimiter              auto (default), comma, semicolon or tab
 * header                 auto (default), true or false
 * decimalSeparator       auto (default), point or comma
 * dateOrder              MDY (default) or DMY: how 3/4/2024 is read; 3.4.2024 is always D.M.Y
 * missing                markers that mean "no value", comma-separated (default NA,NULL,N/A);
 *                        an empty field is always missing
 * column.FIELD           the column of a field (see ImportField keys): a header name, #n for
 *                        the n-th column, a+b for the sum of numeric columns, or y|m|d for a
 *                        date split over year, month (number or English name) and day columns;
 *                        in a sum, an empty part counts as zero
 * template.FIELD         text made of the value, {0} standing for it (Company {0})
 * twoDigitYears.FIELD    RECENT, PAST or REFUSE (default RECENT, PAST for birthDate)
 * customer.kind          individual (default) or organization
 * customer.idPrefix      put before the customer id read (default none)
 * customer.whenMissing   reject (default) or walk-in: a row without a customer id becomes the
 *                        booking of an anonymous walk-in customer of its own
 * booking.idPrefix       put before the booking id read; without a booking id column each row
 *                        is a booking whose id is this prefix and line-N (N = file line)
 * booking.cancelledPrefix  a booking id starting with this is a cancellation (C)
 * booking.cancelledValues  values of the cancelled column meaning cancelled (default 1,true,
 *                        yes,y,x,是)
 * booking.status         the status of bookings not cancelled: COMPLETED (default) or CONFIRMED
 * booking.duplicateRows  import (default), report (imported and listed) or reject: what to do
 *                        with a row identical to an earlier row of the file
 * product.kind           TOUR, TICKET, HOTEL, PACKAGE or CUSTOM (default CUSTOM)
 * </pre>
 *
 * Without a customer id column every row is a customer of its own, with the id
 * {@code customer.idPrefix} and {@code line-N}; the data-quality check finds the duplicates.
 */
public final class ImportProfile {

	/** What to do with a row that has no customer id. */
	public enum MissingCustomer {
		REJECT, WALK_IN
	}

	/** What to do with a row identical to an earlier row. */
	public enum DuplicateRows {
		IMPORT, REPORT, REJECT
	}

	/** How slash dates are ordered. */
	public enum DateOrder {
		MDY, DMY
	}

	/** The decimal separator of numbers. */
	public enum DecimalSeparator {
		AUTO, POINT, COMMA
	}

	/** The profiles that ship with the product. */
	public static final List<String> BUILT_IN = List.of("online-retail", "hotel-bookings");

	private static final String AUTO = "auto";

	private String name = "";
	private Charset charset;
	private Character delimiter;
	private Boolean header;
	private DecimalSeparator decimalSeparator = DecimalSeparator.AUTO;
	private DateOrder dateOrder = DateOrder.MDY;
	private final Set<String> missing = new LinkedHashSet<>(List.of("NA", "NULL", "N/A"));
	private final Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
	private final Map<ImportField, String> templates = new EnumMap<>(ImportField.class);
	private final Map<ImportField, TwoDigitYears> twoDigitYears = new EnumMap<>(
			ImportField.class);
	private boolean organizations;
	private String customerIdPrefix = "";
	private MissingCustomer missingCustomer = MissingCustomer.REJECT;
	private String bookingIdPrefix = "";
	private String cancelledPrefix;
	private final Set<String> cancelledValues = new LinkedHashSet<>(
			List.of("1", "true", "yes", "y", "x", "是"));
	private BookingStatus bookingStatus = BookingStatus.COMPLETED;
	private DuplicateRows duplicateRows = DuplicateRows.IMPORT;
	private ProductKind productKind = ProductKind.CUSTOM;

	/**
	 * A profile that ships with the product.
	 *
	 * @param id one of {@link #BUILT_IN}
	 * @throws IllegalArgumentException for an unknown id
	 */
	public static ImportProfile builtIn(String id) {
		if (!BUILT_IN.contains(id)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Profile_unknownBuiltIn, id));
		}
		try (InputStream in = ImportProfile.class.getResourceAsStream("profiles/" + id
				+ ".properties")) {
			return read(new InputStreamReader(in, StandardCharsets.UTF_8), id);
		} catch (IOException e) {
			throw new IllegalStateException(NLS.bind(Messages.Profile_unreadable, id), e);
		}
	}

	/** Reads a profile file. */
	public static ImportProfile load(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.getFileName().toString());
		}
	}

	/**
	 * Guesses a profile from a file's column names: each column whose header suggests a field
	 * (English or Chinese) is mapped to it, the first suggestion winning. The customer id, if
	 * any, keys the customers; a booking id keys the bookings.
	 */
	public static ImportProfile guess(List<String> headers) {
		ImportProfile profile = new ImportProfile();
		for (String header : headers) {
			for (ImportField field : ImportField.values()) {
				if (!profile.columns.containsKey(field) && field.matchesHeader(header)) {
					profile.columns.put(field, header.trim());
					break;
				}
			}
		}
		return profile;
	}

	/** Writes the profile as a properties file in UTF-8. */
	public void save(Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(writer);
		}
	}

	/** Writes the profile in its file format, keys in a fixed order. */
	public void write(Writer writer) throws IOException {
		List<String[]> entries = new ArrayList<>();
		entries.add(entry("name", name));
		entries.add(entry("charset", charset == null ? AUTO : charset.name()));
		entries.add(entry("delimiter", delimiterName()));
		entries.add(entry("header", header == null ? AUTO : header.toString()));
		entries.add(entry("decimalSeparator", lower(decimalSeparator)));
		entries.add(entry("dateOrder", dateOrder.name()));
		entries.add(entry("missing", String.join(",", missing)));
		columns.forEach((field, column) -> entries.add(entry("column." + field.key(), column)));
		templates.forEach((field, text) -> entries.add(entry("template." + field.key(), text)));
		twoDigitYears.forEach((field, policy) -> entries.add(
				entry("twoDigitYears." + field.key(), policy.name())));
		entries.add(entry("customer.kind", organizations ? "organization" : "individual"));
		entries.add(entry("customer.idPrefix", customerIdPrefix));
		entries.add(entry("customer.whenMissing",
				missingCustomer == MissingCustomer.WALK_IN ? "walk-in" : "reject"));
		entries.add(entry("booking.idPrefix", bookingIdPrefix));
		if (cancelledPrefix != null) {
			entries.add(entry("booking.cancelledPrefix", cancelledPrefix));
		}
		entries.add(entry("booking.cancelledValues", String.join(",", cancelledValues)));
		entries.add(entry("booking.status", bookingStatus.getName()));
		entries.add(entry("booking.duplicateRows", lower(duplicateRows)));
		entries.add(entry("product.kind", productKind.getName()));
		writer.write("# Travel CRM Workbench import profile (UTF-8)\n");
		for (String[] entry : entries) {
			writer.write(escape(entry[0], true) + '=' + escape(entry[1], false) + '\n');
		}
	}

	private static ImportProfile read(Reader reader, String source) throws IOException {
		Properties properties = new Properties();
		properties.load(reader);
		ImportProfile profile = new ImportProfile();
		for (String key : properties.stringPropertyNames()) {
			profile.apply(key, properties.getProperty(key).trim(), source);
		}
		return profile;
	}

	private void apply(String key, String value, String source) throws ImportFileException {
		try {
			int dot = key.indexOf('.');
			String group = dot < 0 ? key : key.substring(0, dot);
			String rest = dot < 0 ? "" : key.substring(dot + 1);
			switch (group) {
				case "name" -> name = value;
				case "charset" -> charset = AUTO.equals(value) ? null : Charset.forName(value);
				case "delimiter" -> delimiter = parseDelimiter(value);
				case "header" -> header = AUTO.equals(value) ? null : parseBoolean(value);
				case "decimalSeparator" -> decimalSeparator = upper(DecimalSeparator.class, value);
				case "dateOrder" -> dateOrder = upper(DateOrder.class, value);
				case "missing" -> setMissingMarkers(split(value));
				case "column" -> columns.put(field(rest), value);
				case "template" -> templates.put(field(rest), value);
				case "twoDigitYears" -> twoDigitYears.put(field(rest),
						upper(TwoDigitYears.class, value));
				case "customer" -> applyCustomer(rest, value);
				case "booking" -> applyBooking(rest, value);
				case "product" -> applyProduct(rest, value);
				default -> throw new IllegalArgumentException(key);
			}
		} catch (IllegalArgumentException e) {
			// Unknown keys, enum names and charsets alike.
			throw new ImportFileException(NLS.bind(Messages.Profile_badEntry, new Object[] {
					source, key, value }), e);
		}
	}

	private void applyCustomer(String key, String value) {
		switch (key) {
			case "kind" -> organizations = switch (value) {
				case "organization" -> true;
				case "individual" -> false;
				default -> throw new IllegalArgumentException(value);
			};
			case "idPrefix" -> customerIdPrefix = value;
			case "whenMissing" -> missingCustomer = switch (value) {
				case "walk-in" -> MissingCustomer.WALK_IN;
				case "reject" -> MissingCustomer.REJECT;
				default -> throw new IllegalArgumentException(value);
			};
			default -> throw new IllegalArgumentException(key);
		}
	}

	private void applyBooking(String key, String value) {
		switch (key) {
			case "idPrefix" -> bookingIdPrefix = value;
			case "cancelledPrefix" -> cancelledPrefix = value.isEmpty() ? null : value;
			case "cancelledValues" -> {
				cancelledValues.clear();
				cancelledValues.addAll(split(value));
			}
			case "status" -> bookingStatus = status(value);
			case "duplicateRows" -> duplicateRows = upper(DuplicateRows.class, value);
			default -> throw new IllegalArgumentException(key);
		}
	}

	private void applyProduct(String key, String value) {
		if (!"kind".equals(key)) {
			throw new IllegalArgumentException(key);
		}
		ProductKind kind = ProductKind.get(value.toUpperCase(Locale.ROOT));
		if (kind == null) {
			throw new IllegalArgumentException(value);
		}
		productKind = kind;
	}

	private static BookingStatus status(String value) {
		BookingStatus status = BookingStatus.get(value.toUpperCase(Locale.ROOT));
		if (status == null || status == BookingStatus.CANCELLED) {
			throw new IllegalArgumentException(value);
		}
		return status;
	}

	private static ImportField field(String key) {
		ImportField field = ImportField.ofKey(key);
		if (field == null) {
			throw new IllegalArgumentException(key);
		}
		return field;
	}

	private static Character parseDelimiter(String value) {
		return switch (value) {
			case AUTO -> null;
			case "comma", "," -> ',';
			case "semicolon", ";" -> ';';
			case "tab", "\t" -> '\t';
			default -> throw new IllegalArgumentException(value);
		};
	}

	private String delimiterName() {
		if (delimiter == null) {
			return AUTO;
		}
		return switch (delimiter) {
			case ';' -> "semicolon";
			case '\t' -> "tab";
			default -> "comma";
		};
	}

	private static boolean parseBoolean(String value) {
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(value);
		};
	}

	private static <E extends Enum<E>> E upper(Class<E> type, String value) {
		return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static List<String> split(String value) {
		List<String> parts = new ArrayList<>();
		for (String part : value.split(",", -1)) {
			if (!part.isBlank()) {
				parts.add(part.trim());
			}
		}
		return parts;
	}

	private static String[] entry(String key, String value) {
		return new String[] { key, value == null ? "" : value };
	}

	/** Escapes text as java.util.Properties reads it back; non-ASCII stays as it is. */
	private static String escape(String text, boolean key) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\f' -> out.append("\\f");
				case '=', ':', '#', '!' -> out.append('\\').append(c);
				case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	// The properties, as the wizard edits them.

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	/** The encoding, or {@code null} to detect it. */
	public Charset getCharset() {
		return charset;
	}

	public void setCharset(Charset charset) {
		this.charset = charset;
	}

	/** The delimiter, or {@code null} to detect it. */
	public Character getDelimiter() {
		return delimiter;
	}

	public void setDelimiter(Character delimiter) {
		this.delimiter = delimiter;
	}

	/** Whether the first record is a header, or {@code null} to detect it. */
	public Boolean getHeader() {
		return header;
	}

	public void setHeader(Boolean header) {
		this.header = header;
	}

	public DecimalSeparator getDecimalSeparator() {
		return decimalSeparator;
	}

	public void setDecimalSeparator(DecimalSeparator decimalSeparator) {
		this.decimalSeparator = decimalSeparator;
	}

	public DateOrder getDateOrder() {
		return dateOrder;
	}

	public void setDateOrder(DateOrder dateOrder) {
		this.dateOrder = dateOrder;
	}

	/** The markers that mean "no value", compared after trimming; empty fields always do. */
	public Set<String> getMissingMarkers() {
		return Collections.unmodifiableSet(missing);
	}

	public void setMissingMarkers(List<String> markers) {
		missing.clear();
		missing.addAll(markers);
	}

	/** The column spec of a field, or {@code null} when the field is not read. */
	public String getColumn(ImportField field) {
		return columns.get(field);
	}

	/** Maps a field to a column spec; {@code null} unmaps it. */
	public void setColumn(ImportField field, String column) {
		if (column == null || column.isBlank()) {
			columns.remove(field);
		} else {
			columns.put(field, column.trim());
		}
	}

	/** The fields mapped to columns. */
	public Set<ImportField> getMappedFields() {
		return Collections.unmodifiableSet(columns.keySet());
	}

	public String getTemplate(ImportField field) {
		return templates.get(field);
	}

	public void setTemplate(ImportField field, String template) {
		if (template == null || template.isEmpty()) {
			templates.remove(field);
		} else {
			templates.put(field, template);
		}
	}

	/** How the field reads two-digit years: as set, else PAST for birth dates, else RECENT. */
	public TwoDigitYears getTwoDigitYears(ImportField field) {
		TwoDigitYears policy = twoDigitYears.get(field);
		if (policy != null) {
			return policy;
		}
		return field == ImportField.BIRTH_DATE ? TwoDigitYears.PAST : TwoDigitYears.RECENT;
	}

	public void setTwoDigitYears(ImportField field, TwoDigitYears policy) {
		twoDigitYears.put(field, policy);
	}

	/** Whether customers are organisations rather than individual tourists. */
	public boolean isOrganizations() {
		return organizations;
	}

	public void setOrganizations(boolean organizations) {
		this.organizations = organizations;
	}

	public String getCustomerIdPrefix() {
		return customerIdPrefix;
	}

	public void setCustomerIdPrefix(String prefix) {
		this.customerIdPrefix = prefix == null ? "" : prefix;
	}

	public MissingCustomer getMissingCustomer() {
		return missingCustomer;
	}

	public void setMissingCustomer(MissingCustomer missingCustomer) {
		this.missingCustomer = missingCustomer;
	}

	public String getBookingIdPrefix() {
		return bookingIdPrefix;
	}

	public void setBookingIdPrefix(String prefix) {
		this.bookingIdPrefix = prefix == null ? "" : prefix;
	}

	/** The booking id prefix marking cancellations, or {@code null}. */
	public String getCancelledPrefix() {
		return cancelledPrefix;
	}

	public void setCancelledPrefix(String prefix) {
		this.cancelledPrefix = prefix == null || prefix.isEmpty() ? null : prefix;
	}

	public Set<String> getCancelledValues() {
		return Collections.unmodifiableSet(cancelledValues);
	}

	public void setCancelledValues(List<String> values) {
		cancelledValues.clear();
		cancelledValues.addAll(values);
	}

	public BookingStatus getBookingStatus() {
		return bookingStatus;
	}

	public void setBookingStatus(BookingStatus status) {
		this.bookingStatus = status(status.getName());
	}

	public DuplicateRows getDuplicateRows() {
		return duplicateRows;
	}

	public void setDuplicateRows(DuplicateRows duplicateRows) {
		this.duplicateRows = duplicateRows;
	}

	public ProductKind getProductKind() {
		return productKind;
	}

	public void setProductKind(ProductKind productKind) {
		this.productKind = productKind;
	}
}
