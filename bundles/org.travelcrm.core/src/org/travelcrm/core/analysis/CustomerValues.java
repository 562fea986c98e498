package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values an analysis gives each customer, by customer external id: classes (such as the
 * tier), scores and numbers.
 * <p>
 * Held by column: one array per {@link Column}, one row per customer of the agency in the
 * agency's order. A customer the analysis gives nothing (for example a tier to a customer
 * without purchases) has {@code null} values. Segments, exports and cross-checks read these
 * values by column name without knowing the analysis. Immutable once built.
 */
public final class CustomerValues {

	/** Values for an agency without customers, or an analysis without per-customer values. */
	public static final CustomerValues NONE = new Builder(new String[0]).build();

	private final String[] customerIds;
	private final List<Column> columns;
	private final Object[][] values;
	private volatile Map<String, Integer> rowById;

	private CustomerValues(String[] customerIds, List<Column> columns, Object[][] values) {
		this.customerIds = customerIds;
		this.columns = List.copyOf(columns);
		this.values = values;
	}

	/** Starts values for these customers (external ids, one row each, in this order). */
	public static Builder builder(String[] customerIds) {
		return new Builder(customerIds.clone());
	}

	/** The number of customers (rows). */
	public int size() {
		return customerIds.length;
	}

	/** The external id of the customer in a row. */
	public String customerId(int row) {
		return customerIds[row];
	}

	public List<Column> columns() {
		return columns;
	}

	/** The value in a row and a column. */
	public Object value(int row, String column) {
		return values[columnIndex(column)][row];
	}

	/** The row of a customer, or -1 when the customer is not in these values. */
	public int row(String customerId) {
		Map<String, Integer> rows = rowById;
		if (rows == null) {
			rows = new HashMap<>(customerIds.length * 4 / 3 + 1);
			for (int i = 0; i < customerIds.length; i++) {
				rows.putIfAbsent(customerIds[i], i);
			}
			rowById = rows;
		}
		Integer row = rows.get(customerId);
		return row == null ? -1 : row;
	}

	/** The value of a customer in a column, {@code null} for an unknown customer. */
	public Object get(String customerId, String column) {
		int row = row(customerId);
		return row < 0 ? null : value(row, column);
	}

	/** The value of a customer in a {@link ColumnType#TEXT} column, such as a class. */
	public String text(String customerId, String column) {
		return (String) get(customerId, column);
	}

	/** The value of a customer in a {@link ColumnType#INTEGER} column. */
	public Long integer(String customerId, String column) {
		return (Long) get(customerId, column);
	}

	/** The value of a customer in a {@link ColumnType#DECIMAL} column. */
	public BigDecimal decimal(String customerId, String column) {
		return (BigDecimal) get(customerId, column);
	}

	/** Whether there is a column with this name. */
	public boolean hasColumn(String column) {
		for (Column each : columns) {
			if (each.name().equals(column)) {
				return true;
			}
		}
		return false;
	}

	private int columnIndex(String column) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No per-customer column " + column); //$NON-NLS-1$
	}

	/** Builds per-customer values column by column. */
	public static final class Builder {

		private final String[] customerIds;
		private final List<Column> columns = new ArrayList<>();
		private final List<Object[]> values = new ArrayList<>();

		private Builder(String[] customerIds) {
			this.customerIds = customerIds;
		}

		/**
		 * Adds a column with one value per customer.
		 *
		 * @throws IllegalArgumentException when the values do not fit the column
		 */
		public Builder column(Column column, Object[] columnValues) {
			Objects.requireNonNull(column);
			if (columnValues.length != customerIds.length) {
				throw new IllegalArgumentException(column.name() + " has " + columnValues.length //$NON-NLS-1$
						+ " values for " + customerIds.length + " customers"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Object[] copy = new Object[columnValues.length];
			for (int i = 0; i < copy.length; i++) {
				copy[i] = column.type().normalize(columnValues[i]);
			}
			columns.add(column);
			values.add(copy);
			return this;
		}

		public CustomerValues build() {
			return new CustomerValues(customerIds, columns, values.toArray(new Object[0][]));
		}
	}
}
