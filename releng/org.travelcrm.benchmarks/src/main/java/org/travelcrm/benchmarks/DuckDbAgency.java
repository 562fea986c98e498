package org.travelcrm.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelProduct;

/**
 * An agency copied as it is into the tables of an in-memory DuckDB database, through the JDBC
 * appender, for the SQL definitions of {@link SqlAnalyses} to run on.
 * <p>
 * Nothing is filtered or derived while loading: every customer, booking and survey is one row
 * with its raw values ({@code NULL} where the model has none). Customers are numbered 0 to n - 1
 * in the agency's order (column {@code c}); bookings and surveys refer to that number, or hold
 * {@code NULL} when their customer is missing or not one of the agency's customers. Amounts and
 * costs are exact {@code DECIMAL(18, s)} with s the largest scale found (at least 2).
 * <p>
 * Tables: {@code customers(c, id, kind, travel_purpose, country)},
 * {@code bookings(c, booked, status, amount, cost, product_kind, destination, channel, departure,
 * travellers)}, {@code surveys(c, day, ten_point, score, complaint)}.
 */
final class DuckDbAgency implements AutoCloseable {

	private final DuckDBConnection connection;
	private final int customerCount;

	private DuckDbAgency(DuckDBConnection connection, int customerCount) {
		this.connection = connection;
		this.customerCount = customerCount;
	}

	/** Opens an in-memory database and loads the agency into it. */
	static DuckDbAgency load(Agency agency) throws SQLException {
		Connection opened = DriverManager.getConnection("jdbc:duckdb:");
		DuckDBConnection connection = opened.unwrap(DuckDBConnection.class);
		List<Customer> customers = agency.getCustomers();
		Map<Customer, Integer> index = new IdentityHashMap<>(customers.size());
		for (int c = 0; c < customers.size(); c++) {
			index.putIfAbsent(customers.get(c), c);
		}
		int scale = scale(agency);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE customers (c INTEGER, id VARCHAR, kind VARCHAR, "
					+ "travel_purpose VARCHAR, country VARCHAR)");
			statement.execute("CREATE TABLE bookings (c INTEGER, booked DATE, status VARCHAR, "
					+ "amount DECIMAL(18, " + scale + "), cost DECIMAL(18, " + scale + "), "
					+ "product_kind VARCHAR, destination VARCHAR, channel VARCHAR, "
					+ "departure DATE, travellers INTEGER)");
			statement.execute("CREATE TABLE surveys (c INTEGER, day DATE, ten_point BOOLEAN, "
					+ "score INTEGER, complaint BOOLEAN)");
		}
		appendCustomers(connection, customers);
		appendBookings(connection, agency.getBookings(), index, scale);
		appendSurveys(connection, agency.getSurveys(), index);
		return new DuckDbAgency(connection, customers.size());
	}

	Connection connection() {
		return connection;
	}

	int customerCount() {
		return customerCount;
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

	private static int scale(Agency agency) {
		int scale = 2;
		for (Booking booking : agency.getBookings()) {
			scale = Math.max(scale, scaleOf(booking.getAmount()));
			scale = Math.max(scale, scaleOf(booking.getCost()));
		}
		if (scale > 18) {
			throw new IllegalArgumentException("Amounts with " + scale
					+ " decimal places do not fit an exact DECIMAL(18, s) column.");
		}
		return scale;
	}

	private static int scaleOf(BigDecimal amount) {
		return amount == null ? 0 : amount.scale();
	}

	private static void appendCustomers(DuckDBConnection connection, List<Customer> customers)
			throws SQLException {
		try (DuckDBAppender appender = connection.createAppender("customers")) {
			for (int c = 0; c < customers.size(); c++) {
				Customer customer = customers.get(c);
				appender.beginRow().append(c);
				text(appender, customer.getExternalId());
				appender.append(customer instanceof Organization ? "ORGANIZATION" : "INDIVIDUAL");
				text(appender, customer instanceof IndividualTourist person
						&& person.getTravelPurpose() != null ? person.getTravelPurpose().name()
								: null);
				text(appender, customer.getCountry());
				appender.endRow();
			}
		}
	}

	private static void appendBookings(DuckDBConnection connection, List<Booking> bookings,
			Map<Customer, Integer> index, int scale) throws SQLException {
		try (DuckDBAppender appender = connection.createAppender("bookings")) {
			for (Booking booking : bookings) {
				appender.beginRow();
				owner(appender, booking.getCustomer(), index);
				date(appender, booking.getBookedDate());
				text(appender, booking.getStatus() == null ? null : booking.getStatus().name());
				decimal(appender, booking.getAmount(), scale);
				decimal(appender, booking.getCost(), scale);
				TravelProduct product = booking.getProduct();
				text(appender, product == null || product.getKind() == null ? null
						: product.getKind().name());
				text(appender, product == null ? null : product.getDestination());
				text(appender, booking.getSalesChannel());
				date(appender, booking.getDepartureDate());
				appender.append(booking.getTravellers());
				appender.endRow();
			}
		}
	}

	private static void appendSurveys(DuckDBConnection connection, List<Survey> surveys,
			Map<Customer, Integer> index) throws SQLException {
		try (DuckDBAppender appender = connection.createAppender("surveys")) {
			for (Survey survey : surveys) {
				appender.beginRow();
				owner(appender, survey.getCustomer(), index);
				date(appender, survey.getDate());
				appender.append(survey.getScale() == SurveyScale.TEN_POINT);
				appender.append(survey.getScore());
				appender.append(survey.isComplaint());
				appender.endRow();
			}
		}
	}

	private static void owner(DuckDBAppender appender, Customer customer,
			Map<Customer, Integer> index) throws SQLException {
		Integer c = customer == null ? null : index.get(customer);
		if (c == null) {
			appender.appendNull();
		} else {
			appender.append(c.intValue());
		}
	}

	private static void text(DuckDBAppender appender, String text) throws SQLException {
		if (text == null) {
			appender.appendNull();
		} else {
			appender.append(text);
		}
	}

	private static void date(DuckDBAppender appender, LocalDate day)
			throws SQLException {
		if (day == null) {
			appender.appendNull();
		} else {
			appender.append(day);
		}
	}

	private static void decimal(DuckDBAppender appender, BigDecimal amount, int scale)
			throws SQLException {
		if (amount == null) {
			appender.appendNull();
		} else {
			appender.append(amount.setScale(scale));
		}
	}
}
