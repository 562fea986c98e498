package org.travelcrm.analysis.ui.model;

import java.util.List;

/**
 * What a chart of an analysis view draws, already in the units it shows: shares and rates in
 * per cent, counts as counts. Free of SWT so that tests can read it without a display.
 *
 * @param type how the lines are drawn
 * @param categories the labels along the x axis (for a heat map: its columns)
 * @param x numeric x positions when the x axis is continuous, else {@code null}
 * @param lines the values, one array per line, each as long as the categories
 * @param xTitle the title of the x axis
 * @param yTitle the title of the y axis (for a heat map: of its rows)
 * @param secondaryYTitle the title of the right axis, or {@code null} when there is none
 * @param note a short text shown with the chart (for example the Gini coefficient), or empty
 */
public record ChartData(ChartType type, List<String> categories, double[] x, List<Line> lines,
		String xTitle, String yTitle, String secondaryYTitle, String note) {

	/** How a chart is drawn. */
	public enum ChartType {
		BAR, LINE, HEAT_MAP
	}

	/**
	 * One line (or bar series, or heat map row).
	 *
	 * @param name the stable name, for tests and drill-down
	 * @param label the legend text in the UI language
	 * @param values one value per category; {@link Double#NaN} where there is none
	 * @param secondaryAxis whether the line is measured on the right axis
	 */
	public record Line(String name, String label, double[] values, boolean secondaryAxis) {
	}

	public ChartData {
		categories = List.copyOf(categories);
		lines = List.copyOf(lines);
		note = note == null ? "" : note; //$NON-NLS-1$
	}

	/** Whether the chart has at least one value to draw. */
	public boolean hasData() {
		for (Line line : lines) {
			for (double value : line.values()) {
				if (!Double.isNaN(value)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The line with this name, or {@code null}. */
	public Line line(String name) {
		for (Line line : lines) {
			if (line.name().equals(name)) {
				return line;
			}
		}
		return null;
	}
}
