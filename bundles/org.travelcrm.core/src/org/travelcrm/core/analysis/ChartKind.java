package org.travelcrm.core.analysis;

/** How a chart series is best drawn. */
public enum ChartKind {
	/** One bar per labelled point. */
	BAR,
	/** A line through the points, by label or by x. */
	LINE,
	/** Slices of a whole, one per labelled point. */
	PIE
}
