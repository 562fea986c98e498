package org.travelcrm.analysis.ui.internal;

import java.text.DecimalFormat;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.travelcrm.analysis.ui.model.ChartData;
import org.travelcrm.analysis.ui.model.ChartData.ChartType;
import org.travelcrm.analysis.ui.model.ChartData.Line;

/**
 * Draws a {@link ChartData}: bars and lines with SWTChart, the RFM heat map on a canvas of its
 * own. Tells a listener which bar, point or cell was clicked.
 */
final class ChartPane extends Composite {

	private static final RGB[] PALETTE = { new RGB(31, 119, 180), new RGB(255, 127, 14),
			new RGB(44, 160, 44), new RGB(214, 39, 40), new RGB(148, 103, 189),
			new RGB(140, 86, 75) };
	private static final int MANY_CATEGORIES = 8;

	private final StackLayout stack = new StackLayout();
	private final Chart chart;
	private final HeatMapCanvas heatMap;
	private ChartData data;
	private BiConsumer<Integer, Integer> clickListener = (category, row) -> {
	};

	ChartPane(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(stack);
		chart = new Chart(this, SWT.NONE);
		chart.getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getPlotArea().getControl().addMouseListener(new MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent event) {
				chartClicked(event);
			}
		});
		heatMap = new HeatMapCanvas(this);
		heatMap.addMouseListener(new MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent event) {
				Point cell = heatMap.cellAt(event.x, event.y);
				if (cell != null) {
					clickListener.accept(cell.x, cell.y);
				}
			}
		});
		stack.topControl = chart;
	}

	/** Calls back with the category index (and for a heat map the row, else -1) clicked. */
	void onClick(BiConsumer<Integer, Integer> listener) {
		clickListener = listener;
	}

	ChartData data() {
		return data;
	}

	/** The control that shows the chart now, for saving it as an image. */
	Control drawing() {
		return stack.topControl;
	}

	void show(ChartData chartData) {
		data = chartData;
		if (chartData.type() == ChartType.HEAT_MAP) {
			heatMap.show(chartData);
			stack.topControl = heatMap;
		} else {
			drawChart(chartData);
			stack.topControl = chart;
		}
		layout(true);
	}

	/** An image of the chart as shown; the caller disposes it. */
	Image snapshot() {
		Control control = drawing();
		Point size = control.getSize();
		Image image = new Image(getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(image);
		try {
			control.print(gc);
		} finally {
			gc.dispose();
		}
		return image;
	}

	private void drawChart(ChartData chartData) {
		chart.suspendUpdate(true);
		try {
			for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(series.getId());
			}
			IAxisSet axes = chart.getAxisSet();
			for (int id : axes.getYAxisIds()) {
				if (id != 0) {
					axes.deleteYAxis(id);
				}
			}
			IAxis x = axes.getXAxis(0);
			IAxis y = axes.getYAxis(0);
			x.getTitle().setText(chartData.xTitle());
			y.getTitle().setText(chartData.yTitle());
			y.getTick().setFormat(new DecimalFormat("#,##0.##")); //$NON-NLS-1$
			boolean categories = chartData.x() == null;
			x.enableCategory(categories);
			if (categories) {
				x.setCategorySeries(chartData.categories().toArray(String[]::new));
			}
			int count = chartData.categories().size();
			x.getTick().setTickLabelAngle(count > MANY_CATEGORIES ? 45 : 0);
			// Beyond a few dozen the labels overlap; the axis title then names the range.
			x.getTick().setVisible(!categories || count <= MANY_CATEGORIES * 2);
			int secondary = -1;
			if (chartData.secondaryYTitle() != null) {
				secondary = axes.createYAxis();
				IAxis right = axes.getYAxis(secondary);
				right.setPosition(Position.Secondary);
				right.getTitle().setText(chartData.secondaryYTitle());
				right.getGrid().setStyle(LineStyle.NONE);
			}
			List<Line> lines = chartData.lines();
			for (int i = 0; i < lines.size(); i++) {
				addSeries(chartData, lines.get(i), color(i), secondary);
			}
			// Explicit finite ranges: SWTChart's tick layout never ends on an infinite range,
			// which its own adjustment gives for a series without any value.
			x.adjustRange();
			if (chartData.x() != null) {
				x.setRange(finiteRange(chartData.x()));
			} else if (chartData.categories().isEmpty()) {
				x.setRange(new Range(0, 1));
			}
			y.setRange(valueRange(lines, false));
			if (secondary >= 0) {
				axes.getYAxis(secondary).setRange(valueRange(lines, true));
			}
			chart.getTitle().setText(chartData.note());
			chart.getTitle().setVisible(!chartData.note().isEmpty());
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	private void addSeries(ChartData chartData, Line line, Color color, int secondary) {
		ISeries<?> series;
		if (chartData.type() == ChartType.BAR) {
			IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet()
					.createSeries(SeriesType.BAR, line.name());
			bars.setBarColor(color);
			series = bars;
		} else {
			ILineSeries<?> points = (ILineSeries<?>) chart.getSeriesSet()
					.createSeries(SeriesType.LINE, line.name());
			points.setLineColor(color);
			points.setSymbolColor(color);
			points.setLineWidth(2);
			points.setSymbolType(chartData.categories().size() > MANY_CATEGORIES * 3
					? PlotSymbolType.NONE : PlotSymbolType.CIRCLE);
			series = points;
		}
		series.setDescription(line.label());
		if (chartData.x() != null) {
			series.setXSeries(chartData.x());
		}
		series.setYSeries(line.values());
		if (line.secondaryAxis() && secondary >= 0) {
			series.setYAxisId(secondary);
		}
	}

	/** From zero (or the lowest value below it) to a little above the highest value. */
	private static Range valueRange(List<Line> lines, boolean secondaryAxis) {
		double low = 0;
		double high = 0;
		for (Line line : lines) {
			if (line.secondaryAxis() == secondaryAxis) {
				for (double value : line.values()) {
					if (Double.isFinite(value)) {
						low = Math.min(low, value);
						high = Math.max(high, value);
					}
				}
			}
		}
		double margin = high > low ? (high - low) * 0.05 : 1;
		return new Range(low, high + margin);
	}

	private static Range finiteRange(double[] values) {
		double low = Double.MAX_VALUE;
		double high = -Double.MAX_VALUE;
		for (double value : values) {
			if (Double.isFinite(value)) {
				low = Math.min(low, value);
				high = Math.max(high, value);
			}
		}
		return low < high ? new Range(low, high) : new Range(0, 1);
	}

	private Color color(int index) {
		return new Color(getDisplay(), PALETTE[index % PALETTE.length]);
	}

	private void chartClicked(MouseEvent event) {
		if (data == null || data.categories().isEmpty()) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		double position = x.getDataCoordinate(event.x);
		int index;
		if (data.x() == null) {
			index = (int) Math.round(position);
		} else {
			index = nearest(data.x(), position);
		}
		if (index >= 0 && index < data.categories().size()) {
			clickListener.accept(index, -1);
		}
	}

	private static int nearest(double[] values, double position) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (Math.abs(values[i] - position) < Math.abs(values[best] - position)) {
				best = i;
			}
		}
		return best;
	}

	/** The RFM grid: rows of R from 5 at the top, columns of F from 1 at the left. */
	private static final class HeatMapCanvas extends Canvas {

		private static final int MARGIN = 6;
		private ChartData heat;
		private Rectangle grid = new Rectangle(0, 0, 0, 0);

		HeatMapCanvas(Composite parent) {
			super(parent, SWT.DOUBLE_BUFFERED);
			setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			addPaintListener(event -> paint(event.gc));
		}

		void show(ChartData chartData) {
			heat = chartData;
			redraw();
		}

		Point cellAt(int px, int py) {
			if (heat == null || !grid.contains(px, py)) {
				return null;
			}
			int columns = heat.categories().size();
			int rows = heat.lines().size();
			return new Point((px - grid.x) * columns / grid.width,
					(py - grid.y) * rows / grid.height);
		}

		private void paint(GC gc) {
			if (heat == null || heat.lines().isEmpty()) {
				return;
			}
			Rectangle area = getClientArea();
			int text = gc.getFontMetrics().getHeight();
			int left = MARGIN + text + gc.textExtent("R5").x + MARGIN; //$NON-NLS-1$
			int bottom = text * 3 + MARGIN * 2;
			grid = new Rectangle(left, MARGIN, Math.max(10, area.width - left - MARGIN),
					Math.max(10, area.height - bottom - MARGIN));
			double max = 0;
			for (Line line : heat.lines()) {
				for (double value : line.values()) {
					max = Double.isNaN(value) ? max : Math.max(max, value);
				}
			}
			int rows = heat.lines().size();
			int columns = heat.categories().size();
			for (int r = 0; r < rows; r++) {
				Line line = heat.lines().get(r);
				int y0 = grid.y + r * grid.height / rows;
				int y1 = grid.y + (r + 1) * grid.height / rows;
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
				gc.drawText(line.label(), left - MARGIN - gc.textExtent(line.label()).x,
						(y0 + y1 - text) / 2, true);
				for (int c = 0; c < columns; c++) {
					int x0 = grid.x + c * grid.width / columns;
					int x1 = grid.x + (c + 1) * grid.width / columns;
					paintCell(gc, line.values()[c], max, new Rectangle(x0, y0, x1 - x0, y1 - y0));
				}
			}
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			for (int c = 0; c < columns; c++) {
				String label = heat.categories().get(c);
				int x0 = grid.x + c * grid.width / columns;
				int x1 = grid.x + (c + 1) * grid.width / columns;
				gc.drawText(label, (x0 + x1 - gc.textExtent(label).x) / 2,
						grid.y + grid.height + 2, true);
			}
			int below = grid.y + grid.height + text + MARGIN;
			gc.drawText(heat.xTitle(), grid.x, below, true);
			gc.drawText(heat.note(), grid.x, below + text, true);
			Point title = gc.textExtent(heat.yTitle());
			gc.setAdvanced(true);
			Transform turn = new Transform(getDisplay());
			try {
				turn.translate(MARGIN / 2f, grid.y + (grid.height + title.x) / 2f);
				turn.rotate(-90);
				gc.setTransform(turn);
				gc.drawText(heat.yTitle(), 0, 0, true);
				gc.setTransform(null);
			} finally {
				turn.dispose();
			}
		}

		private void paintCell(GC gc, double value, double max, Rectangle cell) {
			double level = Double.isNaN(value) || max <= 0 ? 0 : value / max;
			Color fill = new Color(getDisplay(), (int) (247 - level * 239),
					(int) (251 - level * 203), (int) (255 - level * 148));
			gc.setBackground(fill);
			gc.fillRectangle(cell);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawRectangle(cell);
			if (!Double.isNaN(value)) {
				String label = new DecimalFormat("#,##0.#").format(value); //$NON-NLS-1$
				Point extent = gc.textExtent(label);
				gc.setForeground(getDisplay().getSystemColor(
						level > 0.5 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
				gc.drawText(label, cell.x + (cell.width - extent.x) / 2,
						cell.y + (cell.height - extent.y) / 2, true);
			}
		}
	}
}
