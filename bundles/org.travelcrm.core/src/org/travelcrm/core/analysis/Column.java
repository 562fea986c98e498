package org.travelcrm.core.analysis;

import java.util.Objects;

/**
 * A column of a result table or of the per-customer values.
 *
 * @param name  a stable identifier, the same in every language (exports and JSON use it)
 * @param label what a user reads in the current language
 * @param type  the type of the values
 */
public record Column(String name, String label, ColumnType type) {

	public Column {
		Objects.requireNonNull(name);
		Objects.requireNonNull(type);
		label = label == null ? name : label;
	}
}
