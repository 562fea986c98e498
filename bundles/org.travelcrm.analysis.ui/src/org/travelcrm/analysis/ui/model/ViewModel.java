package org.travelcrm.analysis.ui.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.analysis.ui.model.ChartData.ChartType;
import org.travelcrm.analysis.ui.model.ChartData.Line;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.ChartPoint;
import org.travelcrm.core.analysis.ChartSeries;
import org.travelcrm.core.analysis.ClassLabels;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ColumnType;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.ResultTable;

/**
 * What an analysis view shows for one result: the table chosen, the chart drawn from it (or
 * from the result's series) and the customers behind each row, bar and heat map cell.
 * Computed without a display, on any thread; the view only draws it.
 */
@SuppressWarnings("nls")
public final class ViewModel {

	/** What colours the cells of the RFM heat map. */
	public enum HeatColour {
		COUNT, MONETARY
	}

	private static final int SCORES = 5;
	private static final String CUSTOMER = "customer"; //$NON-NLS-1$
	private static final String GROUP = "group"; //$NON-NLS-1$
	private static final String PERIOD = "period"; //$NON-NLS-1$
	private static final String BY = "by"; //$NON-NLS-1$
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ViewKind kind;
	private final AnalysisResult result;
	private final ResultTable table;
	private final ChartSeries series;
	private final HeatColour heatColour;
	private final ChartData chart;

	private ViewModel(ViewKind kind, AnalysisResult result, ResultTable table, ChartSeries series,
			HeatColour heatColour) {
		this.kind = kind;
		this.result = result;
		this.table = table;
		this.series = series;
		this.heatColour = heatColour;
		this.chart = buildChart();
	}

	/** The model of a view of this kind showing the table first meant for it. */
	public static ViewModel of(ViewKind kind, AnalysisResult result) {
		return of(kind, result, kind.firstTable(), null, HeatColour.COUNT);
	}

	/**
	 * The model of a view showing a table and, in the generic view, a series of the result.
	 *
	 * @param tableName the table to show; the first table when {@code null} or unknown
	 * @param seriesName the series to chart in the generic view; the first when {@code null}
	 * @param heatColour what colours the RFM heat map
	 */
	public static ViewModel of(ViewKind kind, AnalysisResult result, String tableName,
			String seriesName, HeatColour heatColour) {
		ResultTable table = tableName == null ? null : result.table(tableName);
		if (table == null && !result.tables().isEmpty()) {
			table = result.tables().get(0);
		}
		ChartSeries series = seriesName == null ? null : result.series(seriesName);
		if (series == null && !result.series().isEmpty()) {
			series = result.series().get(0);
		}
		return new ViewModel(kind, result, table, series, heatColour);
	}

	public ViewKind kind() {
		return kind;
	}

	public AnalysisResult result() {
		return result;
	}

	/** The table shown, or {@code null} when the result has none. */
	public ResultTable table() {
		return table;
	}

	/** The names of the result's tables, for choosing one. */
	public List<String> tableNames() {
		return result.tables().stream().map(ResultTable::name).toList();
	}

	/** The names of the result's series, for choosing one in the generic view. */
	public List<String> seriesNames() {
		return result.series().stream().map(ChartSeries::name).toList();
	}

	/** The series charted by the generic view, or {@code null}. */
	public ChartSeries series() {
		return series;
	}

	public ChartData chart() {
		return chart;
	}

	/** The text of a table cell as shown: decimals rounded half-up for display. */
	/** A cell as the view shows it: {@link #cellText(Object, ColumnType)}, class codes labelled. */
	public static String cellText(Object value, Column column) {
		String text = cellText(value, column.type());
		return ClassLabels.isClassColumn(column.name()) ? ClassLabels.label(text) : text;
	}

	public static String cellText(Object value, ColumnType type) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal decimal) {
			int scale = decimal.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2;
			return decimal.setScale(scale, RoundingMode.HALF_UP).toPlainString();
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).setScale(4, RoundingMode.HALF_UP).toPlainString();
		}
		return String.valueOf(value);
	}

	/** The ids of the customers behind a row of the table shown; empty when it has none. */
	public List<String> customersOfRow(int row) {
		if (table == null || row < 0 || row >= table.rows().size()) {
			return List.of();
		}
		int customerColumn = table.columnIndex(CUSTOMER);
		if (customerColumn >= 0) {
			return List.of(String.valueOf(table.rows().get(row).get(customerColumn)));
		}
		Column key = keyColumn(table);
		String property = customerProperty(table, key);
		CustomerValues customers = result.customers();
		if (property == null || !customers.hasColumn(property)) {
			return List.of();
		}
		String wanted = String.valueOf(table.rows().get(row).get(table.columnIndex(key.name())));
		List<String> ids = new ArrayList<>();
		for (int c = 0; c < customers.size(); c++) {
			if (wanted.equals(String.valueOf(customers.value(c, property)))) {
				ids.add(customers.customerId(c));
			}
		}
		return ids;
	}

	/** The ids of the customers behind a bar or point of the chart; empty when it has none. */
	public List<String> customersOfCategory(int index) {
		if (chart.type() == ChartType.HEAT_MAP || index < 0
				|| index >= chart.categories().size() || table == null) {
			return List.of();
		}
		String category = chart.categories().get(index);
		Column key = keyColumn(table);
		int keyIndex = table.columnIndex(key.name());
		for (int row = 0; row < table.rows().size(); row++) {
			if (category.equals(cellText(table.rows().get(row).get(keyIndex), key))) {
				return customersOfRow(row);
			}
		}
		return List.of();
	}

	/**
	 * The ids of the customers in a cell of the RFM heat map.
	 *
	 * @param row the row from the top, 0 for R = 5
	 * @param column the column from the left, 0 for F = 1
	 */
	public List<String> customersOfCell(int row, int column) {
		CustomerValues customers = result.customers();
		if (chart.type() != ChartType.HEAT_MAP || !customers.hasColumn("r")) { //$NON-NLS-1$
			return List.of();
		}
		long r = SCORES - row;
		long f = column + 1L;
		List<String> ids = new ArrayList<>();
		for (int c = 0; c < customers.size(); c++) {
			if (score(customers, c, "r") == r && score(customers, c, "f") == f) { //$NON-NLS-1$ //$NON-NLS-2$
				ids.add(customers.customerId(c));
			}
		}
		return ids;
	}

	private ChartData buildChart() {
		switch (kind) {
		case RFM:
			return heatMap();
		case CONTRIBUTION:
			return lorenz();
		case TARGETS:
			return seriesChart(result.series("targetsByPurpose")); //$NON-NLS-1$
		case CHURN:
			if (table != null && table.columnIndex("churnRate") >= 0) { //$NON-NLS-1$
				return churn();
			}
			break;
		case SATISFACTION:
			if (table != null && table.name().equals("trend")) { //$NON-NLS-1$
				return satisfactionTrend();
			}
			if (table != null && table.name().equals("distribution")) { //$NON-NLS-1$
				return satisfactionDistribution();
			}
			break;
		case GENERIC:
			if (series != null) {
				return seriesChart(series);
			}
			break;
		default:
			break;
		}
		return tableChart();
	}

	/** Shares and rates in per cent; else the first count; categories from the key column. */
	private ChartData tableChart() {
		if (table == null) {
			return empty();
		}
		Column key = keyColumn(table);
		List<Column> shares = new ArrayList<>();
		for (Column column : table.columns()) {
			String name = column.name();
			if (column.type() == ColumnType.DECIMAL
					&& (name.endsWith("Share") || name.endsWith("Rate"))) { //$NON-NLS-1$ //$NON-NLS-2$
				shares.add(column);
			}
		}
		List<Line> lines = new ArrayList<>();
		String yTitle;
		if (shares.isEmpty()) {
			Column count = firstNumeric(table, key);
			if (count == null) {
				return empty();
			}
			lines.add(new Line(count.name(), count.label(), values(table, count.name(), false),
					false));
			yTitle = count.label();
		} else {
			for (Column share : shares) {
				lines.add(new Line(share.name(), share.label(),
						values(table, share.name(), true), false));
			}
			yTitle = shares.size() == 1 ? NLS.bind(Messages.Chart_percent, shares.get(0).label())
					: Messages.Chart_share;
		}
		boolean overTime = key.type() == ColumnType.DATE || key.name().equals(PERIOD);
		return new ChartData(overTime ? ChartType.LINE : ChartType.BAR, keys(table, key), null,
				lines, key.label(), yTitle, null, null);
	}

	private ChartData churn() {
		List<Line> lines = List.of(
				new Line("new", Messages.Chart_new, values(table, "new", false), false),
				new Line("reactivated", Messages.Chart_reactivated, //$NON-NLS-1$
						values(table, "reactivated", false), false), //$NON-NLS-1$
				new Line("churned", Messages.Chart_churned, //$NON-NLS-1$
						values(table, "churned", false), false), //$NON-NLS-1$
				new Line("churnRate", Messages.Chart_churnRate, //$NON-NLS-1$
						values(table, "churnRate", true), true)); //$NON-NLS-1$
		return new ChartData(ChartType.LINE, keys(table, table.columns().get(0)), null, lines,
				periodTitle(table), Messages.Chart_customers, Messages.Chart_churnRate, null);
	}

	private ChartData satisfactionTrend() {
		List<Line> lines = List.of(
				new Line("satisfaction", Messages.Chart_satisfaction, //$NON-NLS-1$
						values(table, "satisfaction", true), false), //$NON-NLS-1$
				new Line("complaintRate", Messages.Chart_complaintRate, //$NON-NLS-1$
						values(table, "complaintRate", true), true)); //$NON-NLS-1$
		return new ChartData(ChartType.LINE, keys(table, table.columns().get(0)), null, lines,
				periodTitle(table), Messages.Chart_satisfaction, Messages.Chart_complaintRate,
				null);
	}

	/** "Period, first to last": the labels of many periods are too many to print. */
	private static String periodTitle(ResultTable periods) {
		if (periods.rows().isEmpty()) {
			return Messages.Chart_period;
		}
		List<String> labels = keys(periods, periods.columns().get(0));
		return NLS.bind(Messages.Chart_periods, labels.get(0), labels.get(labels.size() - 1));
	}

	private ChartData satisfactionDistribution() {
		List<String> categories = new ArrayList<>();
		int scale = table.columnIndex("scale"); //$NON-NLS-1$
		int score = table.columnIndex("score"); //$NON-NLS-1$
		for (List<Object> row : table.rows()) {
			categories.add(NLS.bind(Messages.Chart_scoreLabel, scaleShortName(row.get(scale)),
					row.get(score)));
		}
		List<Line> lines = List.of(new Line("surveys", Messages.Chart_surveys, //$NON-NLS-1$
				values(table, "surveys", false), false)); //$NON-NLS-1$
		return new ChartData(ChartType.BAR, categories, null, lines, Messages.Chart_score,
				Messages.Chart_surveys, null, null);
	}

	private static String scaleShortName(Object scale) {
		return String.valueOf(scale).startsWith("FIVE") ? "1-5" : "0-10";
	}

	private ChartData lorenz() {
		ChartSeries lorenz = result.series("lorenz"); //$NON-NLS-1$
		ChartSeries pareto = result.series("pareto"); //$NON-NLS-1$
		if (lorenz == null || pareto == null) {
			return tableChart();
		}
		int n = lorenz.points().size();
		double[] x = new double[n];
		double[] equality = new double[n];
		List<String> categories = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ChartPoint point = lorenz.points().get(i);
			x[i] = percent(point.x());
			equality[i] = x[i];
			categories.add(ClassLabels.label(point.label()));
		}
		List<Line> lines = List.of(
				new Line("lorenz", Messages.Chart_lorenz, pointValues(lorenz), false), //$NON-NLS-1$
				new Line("pareto", Messages.Chart_pareto, pointValues(pareto), false), //$NON-NLS-1$
				new Line("equality", Messages.Chart_equality, equality, false)); //$NON-NLS-1$
		String note = ""; //$NON-NLS-1$
		ResultTable summary = result.table("summary"); //$NON-NLS-1$
		if (summary != null && !summary.rows().isEmpty()) {
			Object gini = summary.value(0, "gini"); //$NON-NLS-1$
			note = NLS.bind(Messages.Chart_gini, cellText(gini, ColumnType.DECIMAL));
		}
		return new ChartData(ChartType.LINE, categories, x, lines,
				Messages.Chart_shareOfCustomers, Messages.Chart_shareOfRevenue, null, note);
	}

	private ChartData heatMap() {
		CustomerValues customers = result.customers();
		if (!customers.hasColumn("r")) { //$NON-NLS-1$
			return tableChart();
		}
		double[][] sums = new double[SCORES][SCORES];
		double[][] counts = new double[SCORES][SCORES];
		for (int c = 0; c < customers.size(); c++) {
			long r = score(customers, c, "r"); //$NON-NLS-1$
			long f = score(customers, c, "f"); //$NON-NLS-1$
			if (r < 1 || f < 1) {
				continue;
			}
			int row = (int) (SCORES - r);
			int column = (int) (f - 1);
			counts[row][column]++;
			sums[row][column] += score(customers, c, "m"); //$NON-NLS-1$
		}
		List<String> columns = new ArrayList<>();
		List<Line> rows = new ArrayList<>();
		for (int i = 0; i < SCORES; i++) {
			columns.add("F" + (i + 1)); //$NON-NLS-1$
			double[] values = new double[SCORES];
			for (int j = 0; j < SCORES; j++) {
				values[j] = heatColour == HeatColour.COUNT ? counts[i][j]
						: counts[i][j] == 0 ? Double.NaN : sums[i][j] / counts[i][j];
			}
			rows.add(new Line("R" + (SCORES - i), "R" + (SCORES - i), values, false));
		}
		String note = heatColour == HeatColour.COUNT ? Messages.Chart_heatCount
				: Messages.Chart_heatMonetary;
		return new ChartData(ChartType.HEAT_MAP, columns, null, rows, Messages.Chart_frequency,
				Messages.Chart_recency, null, note);
	}

	private static ChartData seriesChart(ChartSeries chartSeries) {
		if (chartSeries == null) {
			return empty();
		}
		List<String> categories = new ArrayList<>();
		boolean numericX = !chartSeries.points().isEmpty();
		for (ChartPoint point : chartSeries.points()) {
			categories.add(ClassLabels.label(point.label()));
			numericX &= point.x() != null;
		}
		double[] x = null;
		if (numericX) {
			x = chartSeries.points().stream().mapToDouble(p -> p.x().doubleValue()).toArray();
		}
		ChartType type = chartSeries.kind() == ChartKind.LINE ? ChartType.LINE : ChartType.BAR;
		List<Line> lines = List.of(new Line(chartSeries.name(), chartSeries.label(),
				chartSeries.points().stream().mapToDouble(ViewModel::y).toArray(), false));
		return new ChartData(type, categories, x, lines, "", chartSeries.label(), null, null);
	}

	private static double[] pointValues(ChartSeries chartSeries) {
		return chartSeries.points().stream().mapToDouble(p -> p.y() == null ? Double.NaN
				: percent(p.y())).toArray();
	}

	private static double y(ChartPoint point) {
		return point.y() == null ? Double.NaN : point.y().doubleValue();
	}

	private static double percent(BigDecimal value) {
		return value.multiply(HUNDRED).doubleValue();
	}

	private static ChartData empty() {
		return new ChartData(ChartType.BAR, List.of(), null, List.of(), "", "", null, null);
	}

	private static long score(CustomerValues customers, int row, String column) {
		Object value = customers.value(row, column);
		return value instanceof Number number ? number.longValue() : 0;
	}

	/** The column naming the groups: the first text column, else the first column. */
	private static Column keyColumn(ResultTable table) {
		for (Column column : table.columns()) {
			if (column.type() == ColumnType.TEXT) {
				return column;
			}
		}
		return table.columns().get(0);
	}

	/** The per-customer value matching a key column: {@code byPurpose}'s group is purpose. */
	private static String customerProperty(ResultTable table, Column key) {
		if (!key.name().equals(GROUP)) {
			return key.name();
		}
		String name = table.name();
		if (name.startsWith(BY) && name.length() > BY.length()) {
			return name.substring(BY.length(), BY.length() + 1).toLowerCase(Locale.ROOT)
					+ name.substring(BY.length() + 1);
		}
		return null;
	}

	private static Column firstNumeric(ResultTable table, Column key) {
		for (Column column : table.columns()) {
			if (column != key && (column.type() == ColumnType.INTEGER
					|| column.type() == ColumnType.DECIMAL)) {
				return column;
			}
		}
		return null;
	}

	private static List<String> keys(ResultTable table, Column key) {
		int index = table.columnIndex(key.name());
		return table.rows().stream().map(row -> cellText(row.get(index), key)).toList();
	}

	private static double[] values(ResultTable table, String column, boolean percent) {
		int index = table.columnIndex(column);
		double[] values = new double[table.rows().size()];
		for (int row = 0; row < values.length; row++) {
			Object value = table.rows().get(row).get(index);
			values[row] = value instanceof Number number
					? number.doubleValue() * (percent ? 100 : 1) : Double.NaN;
		}
		return values;
	}
}
