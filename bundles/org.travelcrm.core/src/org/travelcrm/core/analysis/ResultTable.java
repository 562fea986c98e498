package org.travelcrm.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named table of an analysis result: typed columns and rows of values.
 * <p>
 * Each value is {@code null} or of its column's {@link ColumnType#javaType()}. A table is
 * immutable once built.
 */
@SuppressWarnings("nls")
public final class ResultTable {

	private final String name;
	private final String label;
	private final List<Column> columns;
	private final List<List<Object>> rows;

	private ResultTable(String name, String label, List<Column> columns, List<List<Object>> rows) {
		this.name = name;
		this.label = label;
		this.columns = List.copyOf(columns);
		this.rows = Collections.unmodifiableList(rows);
	}

	/** Starts a table; {@code name} is stable across languages, {@code label} is not. */
	public static Builder builder(String name, String label) {
		return new Builder(name, label);
	}

	public String name() {
		return name;
	}

	public String label() {
		return label;
	}

	public List<Column> columns() {
		return columns;
	}

	/** The rows, each an unmodifiable list with one value per column. */
	public List<List<Object>> rows() {
		return rows;
	}

	/** The index of the column with this name, or -1. */
	public int columnIndex(String columnName) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(columnName)) {
				return i;
			}
		}
		return -1;
	}

	/** The value in a row and a named column. */
	public Object value(int row, String columnName) {
		int column = columnIndex(columnName);
		if (column < 0) {
			throw new IllegalArgumentException("No column " + columnName + " in " + name);
		}
		return rows.get(row).get(column);
	}

	/** The first row whose first column holds this key, or {@code null}. */
	public List<Object> row(Object key) {
		for (List<Object> row : rows) {
			if (Objects.equals(row.get(0), key)) {
				return row;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return name + columns + " x " + rows.size(); //$NON-NLS-1$
	}

	/** Builds a table column by column, then row by row. */
	public static final class Builder {

		private final String name;
		private final String label;
		private final List<Column> columns = new ArrayList<>();
		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String name, String label) {
			this.name = Objects.requireNonNull(name);
			this.label = label == null ? name : label;
		}

		public Builder column(String columnName, String columnLabel, ColumnType type) {
			return column(new Column(columnName, columnLabel, type));
		}

		public Builder column(Column column) {
			if (!rows.isEmpty()) {
				throw new IllegalStateException("Columns come before rows"); //$NON-NLS-1$
			}
			columns.add(column);
			return this;
		}

		/**
		 * Adds a row.
		 *
		 * @throws IllegalArgumentException when the values do not fit the columns
		 */
		public Builder row(Object... values) {
			if (values.length != columns.size()) {
				throw new IllegalArgumentException(name + " has " + columns.size() //$NON-NLS-1$
						+ " columns, not " + values.length); //$NON-NLS-1$
			}
			Object[] row = new Object[values.length];
			for (int i = 0; i < values.length; i++) {
				row[i] = columns.get(i).type().normalize(values[i]);
			}
			rows.add(Collections.unmodifiableList(Arrays.asList(row)));
			return this;
		}

		public ResultTable build() {
			return new ResultTable(name, label, columns, rows);
		}
	}
}
