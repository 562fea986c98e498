package org.travelcrm.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an analysis computed: named tables, chart series and per-customer values, with the
 * analysis id, the as-of date and the parameter values it ran with.
 * <p>
 * Views, exports, the JSON writer ({@link ResultJson}), the command line and segments consume
 * a result without knowing the analysis that made it. Immutable.
 */
public final class AnalysisResult {

	private final String analysisId;
	private final LocalDate asOf;
	private final SortedMap<String, String> parameters;
	private final List<ResultTable> tables;
	private final List<ChartSeries> series;
	private final CustomerValues customers;

	private AnalysisResult(Builder builder) {
		analysisId = builder.analysisId;
		asOf = builder.asOf;
		parameters = Collections.unmodifiableSortedMap(new TreeMap<>(builder.parameters));
		tables = List.copyOf(builder.tables);
		series = List.copyOf(builder.series);
		customers = builder.customers;
	}

	/** Starts a result; analyses get one from {@link AnalysisRequest#newResult()}. */
	public static Builder builder(String analysisId, LocalDate asOf,
			SortedMap<String, String> parameters) {
		return new Builder(analysisId, asOf, parameters);
	}

	public String analysisId() {
		return analysisId;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** The parameter values the analysis ran with, by name. */
	public SortedMap<String, String> parameters() {
		return parameters;
	}

	public List<ResultTable> tables() {
		return tables;
	}

	/** The table with this name, or {@code null}. */
	public ResultTable table(String name) {
		for (ResultTable table : tables) {
			if (table.name().equals(name)) {
				return table;
			}
		}
		return null;
	}

	public List<ChartSeries> series() {
		return series;
	}

	/** The chart series with this name, or {@code null}. */
	public ChartSeries series(String name) {
		for (ChartSeries each : series) {
			if (each.name().equals(name)) {
				return each;
			}
		}
		return null;
	}

	/** The per-customer values; {@link CustomerValues#NONE} when the analysis gives none. */
	public CustomerValues customers() {
		return customers;
	}

	/** Builds a result. */
	public static final class Builder {

		private final String analysisId;
		private final LocalDate asOf;
		private final SortedMap<String, String> parameters;
		private final List<ResultTable> tables = new ArrayList<>();
		private final List<ChartSeries> series = new ArrayList<>();
		private CustomerValues customers = CustomerValues.NONE;

		private Builder(String analysisId, LocalDate asOf, SortedMap<String, String> parameters) {
			this.analysisId = Objects.requireNonNull(analysisId);
			this.asOf = asOf;
			this.parameters = parameters;
		}

		public Builder table(ResultTable table) {
			tables.add(table);
			return this;
		}

		public Builder series(ChartSeries chartSeries) {
			series.add(chartSeries);
			return this;
		}

		public Builder customers(CustomerValues values) {
			customers = Objects.requireNonNull(values);
			return this;
		}

		public AnalysisResult build() {
			return new AnalysisResult(this);
		}
	}
}
