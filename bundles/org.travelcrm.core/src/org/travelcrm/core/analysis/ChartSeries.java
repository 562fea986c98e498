package org.travelcrm.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A series of points an analysis proposes to chart.
 *
 * @param name  a stable identifier
 * @param label what a user reads in the current language
 * @param kind  how the series is best drawn
 */
public record ChartSeries(String name, String label, ChartKind kind, List<ChartPoint> points) {

	public ChartSeries {
		Objects.requireNonNull(name);
		Objects.requireNonNull(kind);
		label = label == null ? name : label;
		points = List.copyOf(points);
	}
}
