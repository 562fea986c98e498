package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point of a chart series.
 *
 * @param label the category or period the point stands for; stable across languages
 * @param x     the position on a numeric x axis, or {@code null} for a category axis
 * @param y     the value
 */
public record ChartPoint(String label, BigDecimal x, BigDecimal y) {

	public ChartPoint {
		Objects.requireNonNull(label);
		Objects.requireNonNull(y);
	}
}
