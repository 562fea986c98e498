package org.travelcrm.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.core.analysis.ChartSeries;

/**
 * Draws a chart series as a self-contained SVG picture: bars, a line, or pie slices, with the
 * axis scaled from zero (or the lowest negative value) to the highest value.
 */
@SuppressWarnings("nls")
final class SvgChart {

	private static final int WIDTH = 720;
	private static final int HEIGHT = 300;
	private static final int LEFT = 70;
	private static final int RIGHT = 20;
	private static final int TOP = 20;
	private static final int BOTTOM = 70;
	private static final String[] COLOURS = { "#2f6fb0", "#e07b24", "#3a9a5b", "#c23b4a",
			"#7b57b5", "#b8960f", "#2a9aa4", "#8c6d4f" };

	private SvgChart() {
	}

	static String render(ChartSeries series) {
		List<ChartPoint> points = series.points();
		StringBuilder svg = new StringBuilder(4096);
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" " //$NON-NLS-1$
				+ "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
				WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(series.label())));
		if (points.isEmpty()) {
			svg.append(text(WIDTH / 2.0, HEIGHT / 2.0, "middle", "—")); //$NON-NLS-1$ //$NON-NLS-2$
			return svg.append("</svg>").toString(); //$NON-NLS-1$
		}
		if (series.kind() == ChartKind.PIE) {
			pie(svg, points);
		} else {
			axes(svg, points, series.kind() == ChartKind.LINE);
		}
		return svg.append("</svg>").toString(); //$NON-NLS-1$
	}

	private static void axes(StringBuilder svg, List<ChartPoint> points, boolean line) {
		double max = 0;
		double min = 0;
		for (ChartPoint point : points) {
			max = Math.max(max, point.y().doubleValue());
			min = Math.min(min, point.y().doubleValue());
		}
		if (max == min) {
			max = min + 1;
		}
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double lo = min;
		double span = max - min;
		for (int i = 0; i <= 4; i++) {
			double value = lo + span * i / 4;
			double y = TOP + plotHeight - plotHeight * i / 4;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", //$NON-NLS-1$
					LEFT, y, WIDTH - RIGHT, y));
			svg.append(text(LEFT - 6, y + 4, "end", number(value))); //$NON-NLS-1$
		}
		double zeroY = TOP + plotHeight - plotHeight * (0 - lo) / span;
		int n = points.size();
		double step = plotWidth / n;
		int labelEvery = Math.max(1, (int) Math.ceil(n / 24.0));
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < n; i++) {
			ChartPoint point = points.get(i);
			double value = point.y().doubleValue();
			double x = LEFT + step * i;
			double y = TOP + plotHeight - plotHeight * (value - lo) / span;
			if (line) {
				path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f ", //$NON-NLS-1$
						x + step / 2, y));
				svg.append(String.format(Locale.ROOT,
						"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s: %s</title>" //$NON-NLS-1$
								+ "</circle>", //$NON-NLS-1$
						x + step / 2, y, COLOURS[0], Html.escape(point.label()), plain(point.y())));
			} else {
				double top = Math.min(y, zeroY);
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">" //$NON-NLS-1$
								+ "<title>%s: %s</title></rect>", //$NON-NLS-1$
						x + step * 0.1, top, step * 0.8, Math.abs(zeroY - y), COLOURS[i % 8],
						Html.escape(point.label()), plain(point.y())));
			}
			if (i % labelEvery == 0) {
				double lx = x + step / 2;
				double ly = HEIGHT - BOTTOM + 14;
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" " //$NON-NLS-1$
								+ "transform=\"rotate(-35 %.1f %.1f)\">%s</text>", //$NON-NLS-1$
						lx, ly, lx, ly, Html.escape(shorten(point.label()))));
			}
		}
		if (line) {
			svg.append("<path d=\"").append(path.toString().trim()) //$NON-NLS-1$
					.append("\" fill=\"none\" stroke=\"").append(COLOURS[0]) //$NON-NLS-1$
					.append("\" stroke-width=\"2\"/>"); //$NON-NLS-1$
		}
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555\"/>", //$NON-NLS-1$
				LEFT, zeroY, WIDTH - RIGHT, zeroY));
	}

	private static void pie(StringBuilder svg, List<ChartPoint> points) {
		double total = 0;
		for (ChartPoint point : points) {
			total += Math.max(0, point.y().doubleValue());
		}
		double cx = 150;
		double cy = HEIGHT / 2.0;
		double r = 110;
		double angle = -Math.PI / 2;
		for (int i = 0; i < points.size(); i++) {
			ChartPoint point = points.get(i);
			double share = total == 0 ? 0 : Math.max(0, point.y().doubleValue()) / total;
			double next = angle + share * 2 * Math.PI;
			if (share >= 0.9999) {
				svg.append(String.format(Locale.ROOT,
						"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", cx, cy, r, //$NON-NLS-1$
						COLOURS[i % 8]));
			} else if (share > 0) {
				svg.append(String.format(Locale.ROOT,
						"<path d=\"M%.1f,%.1f L%.1f,%.1f A%.1f,%.1f 0 %d 1 %.1f,%.1f Z\" fill=\"%s\">" //$NON-NLS-1$
								+ "<title>%s: %s</title></path>", //$NON-NLS-1$
						cx, cy, cx + r * Math.cos(angle), cy + r * Math.sin(angle), r, r,
						share > 0.5 ? 1 : 0, cx + r * Math.cos(next), cy + r * Math.sin(next),
						COLOURS[i % 8], Html.escape(point.label()), plain(point.y())));
			}
			double ly = TOP + 10 + i * 18;
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"300\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>", ly - 10, //$NON-NLS-1$
					COLOURS[i % 8]));
			svg.append(text(318, ly, "start", shorten(point.label()) + " — " //$NON-NLS-1$ //$NON-NLS-2$
					+ plain(point.y())));
			angle = next;
		}
	}

	private static String text(double x, double y, String anchor, String content) {
		return String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%s</text>", x, y, //$NON-NLS-1$
				anchor, Html.escape(content));
	}

	private static String number(double value) {
		if (Math.abs(value) >= 1_000_000) {
			return String.format(Locale.ROOT, "%.1fM", value / 1_000_000); //$NON-NLS-1$
		}
		if (Math.abs(value) >= 10_000) {
			return String.format(Locale.ROOT, "%.0fk", value / 1_000); //$NON-NLS-1$
		}
		if (value == Math.rint(value)) {
			return String.format(Locale.ROOT, "%.0f", value); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String shorten(String label) {
		return label.length() <= 22 ? label : label.substring(0, 21) + '…';
	}
}
