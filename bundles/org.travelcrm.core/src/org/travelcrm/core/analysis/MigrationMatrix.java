package org.travelcrm.core.analysis;

import java.util.List;

/**
 * How many customers move from each class under the current parameters (rows) to each class
 * under the proposed ones (columns). The last class of both, {@link #NONE}, holds customers
 * without a class (for example no tier because they bought nothing in the window).
 */
public final class MigrationMatrix {

	/** The class of customers who have none. */
	public static final String NONE = "NONE"; //$NON-NLS-1$

	private final List<String> classes;
	private final long[][] counts;

	MigrationMatrix(List<String> fromClasses, long[][] counts) {
		this.classes = List.copyOf(fromClasses);
		this.counts = counts;
	}

	/** The classes of rows and columns, ending with {@link #NONE}. */
	public List<String> classes() {
		return classes;
	}

	/** The number of customers in class {@code from} now and {@code to} as proposed. */
	public long count(String from, String to) {
		int row = classes.indexOf(from);
		int column = classes.indexOf(to);
		return row < 0 || column < 0 ? 0 : counts[row][column];
	}

	/** The number of customers whose class changes. */
	public long moved() {
		long moved = 0;
		for (int row = 0; row < counts.length; row++) {
			for (int column = 0; column < counts.length; column++) {
				moved += row == column ? 0 : counts[row][column];
			}
		}
		return moved;
	}

	/** The matrix as a table: one row per current class, one column per proposed class. */
	public ResultTable toTable(String label) {
		ResultTable.Builder table = ResultTable.builder("migration", label) //$NON-NLS-1$
				.column("from", null, ColumnType.TEXT); //$NON-NLS-1$
		for (String each : classes) {
			table.column(each, each, ColumnType.INTEGER);
		}
		for (int row = 0; row < counts.length; row++) {
			Object[] values = new Object[classes.size() + 1];
			values[0] = classes.get(row);
			for (int column = 0; column < counts.length; column++) {
				values[column + 1] = Long.valueOf(counts[row][column]);
			}
			table.row(values);
		}
		return table.build();
	}
}
