package org.travelcrm.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ColumnType;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.Agency;

/**
 * Runs every built-in analysis of the engine and compares its results with the SQL
 * definitions of {@link SqlAnalyses}: every per-customer value and every table row the SQL
 * computed. Decimals compare by value (not scale); a group the engine lists from a fixed set
 * but the SQL did not find must count zero.
 * <p>
 * The engine runs with its default parameters on a fresh {@link AnalysisContext}, each analysis
 * once, and the value tiers a second time under the ABC policy (key {@code valueTierAbc}).
 */
final class CrossCheck {

	/** The outcome: how many values were compared and the first differences found. */
	record Report(long compared, long differenceCount, List<String> differences) {

		boolean agrees() {
			return differenceCount == 0;
		}
	}

	private final int limit;
	private final List<String> differences = new ArrayList<>();
	private long differenceCount;
	private long compared;

	private CrossCheck(int limit) {
		this.limit = limit;
	}

	/** The engine's results by analysis key (the last part of the id; see the class doc). */
	static Map<String, AnalysisResult> runEngine(Agency agency) throws CoreException {
		return runEngine(agency, new LinkedHashMap<>());
	}

	/**
	 * The engine's results as {@link #runEngine(Agency)}, keeping in {@code seconds} the
	 * shortest time each analysis took so far (the first includes building the views).
	 */
	static Map<String, AnalysisResult> runEngine(Agency agency, Map<String, Double> seconds)
			throws CoreException {
		AnalysisContext context = AnalysisContext.of(agency);
		Map<String, AnalysisResult> results = new LinkedHashMap<>();
		for (AnalysisDescriptor descriptor : Analyses.builtIn().analyses()) {
			String key = descriptor.id().substring(descriptor.id().lastIndexOf('.') + 1);
			run(descriptor, context, key, Map.of(), results, seconds);
			if (key.equals("valueTier")) {
				run(descriptor, context, "valueTierAbc",
						Map.of(ParameterNames.TIER_POLICY, "ABC"), results, seconds);
			}
		}
		return results;
	}

	private static void run(AnalysisDescriptor descriptor, AnalysisContext context, String key,
			Map<String, String> parameters, Map<String, AnalysisResult> results,
			Map<String, Double> seconds) throws CoreException {
		long start = System.nanoTime();
		results.put(key, descriptor.run(context, parameters, null));
		seconds.merge(key, (System.nanoTime() - start) / 1e9, Math::min);
	}

	/** Compares, keeping at most {@code limit} differences as text. */
	static Report compare(Map<String, Expectation> expected, Map<String, AnalysisResult> actual,
			int limit) {
		CrossCheck check = new CrossCheck(limit);
		for (Expectation expectation : expected.values()) {
			AnalysisResult result = actual.get(expectation.analysis);
			if (result == null) {
				check.differ(expectation.analysis + ": the engine has no result");
				continue;
			}
			check.customers(expectation, result.customers());
			for (Expectation.Table table : expectation.tables) {
				check.table(expectation.analysis, table, result.table(table.name()));
			}
		}
		return new Report(check.compared, check.differenceCount, List.copyOf(check.differences));
	}

	private void customers(Expectation expectation, CustomerValues values) {
		for (Map.Entry<String, Object[]> column : expectation.customerColumns.entrySet()) {
			Object[] sql = column.getValue();
			if (!values.hasColumn(column.getKey()) || values.size() != sql.length) {
				differ(expectation.analysis + ": the engine has no per-customer column "
						+ column.getKey() + " for " + sql.length + " customers");
				continue;
			}
			for (int c = 0; c < sql.length; c++) {
				Object engine = values.value(c, column.getKey());
				if (!same(sql[c], engine)) {
					differ(expectation.analysis + ": customer " + values.customerId(c) + " "
							+ column.getKey() + " is " + engine + " in the engine, "
							+ plain(sql[c]) + " in SQL");
				}
			}
		}
	}

	private void table(String analysis, Expectation.Table expected, ResultTable engine) {
		String where = analysis + " table " + expected.name();
		if (engine == null) {
			differ(where + " is missing in the engine");
			return;
		}
		Map<List<Object>, List<Object>> engineRows = new LinkedHashMap<>();
		for (List<Object> row : engine.rows()) {
			List<Object> key = new ArrayList<>();
			for (String keyColumn : expected.keys()) {
				key.add(row.get(engine.columnIndex(keyColumn)));
			}
			engineRows.putIfAbsent(key, row);
		}
		for (Map.Entry<List<Object>, Object[]> sqlRow : expected.rows().entrySet()) {
			List<Object> row = engineRows.remove(sqlRow.getKey());
			if (row == null) {
				differ(where + ": row " + sqlRow.getKey() + " is missing in the engine");
				continue;
			}
			for (int i = 0; i < expected.columns().size(); i++) {
				String column = expected.columns().get(i);
				int index = engine.columnIndex(column);
				Object value = index < 0 ? null : row.get(index);
				if (index < 0 || !same(sqlRow.getValue()[i], value)) {
					differ(where + " row " + sqlRow.getKey() + " " + column + " is " + value
							+ " in the engine, " + plain(sqlRow.getValue()[i]) + " in SQL");
				}
			}
		}
		for (Map.Entry<List<Object>, List<Object>> extra : engineRows.entrySet()) {
			if (!expected.fixedGroups() || !countsZero(engine, expected, extra.getValue())) {
				differ(where + ": row " + extra.getKey() + " of the engine is not in SQL");
			}
		}
	}

	/** Whether every count of a row (its integer columns besides the keys) is zero. */
	private static boolean countsZero(ResultTable table, Expectation.Table expected,
			List<Object> row) {
		for (int i = 0; i < row.size(); i++) {
			if (table.columns().get(i).type() == ColumnType.INTEGER
					&& !expected.keys().contains(table.columns().get(i).name())
					&& !Long.valueOf(0).equals(row.get(i))) {
				return false;
			}
		}
		return true;
	}

	private boolean same(Object sql, Object engine) {
		compared++;
		Object expected = plain(sql);
		if (expected instanceof BigDecimal decimal && engine instanceof BigDecimal actual) {
			return decimal.compareTo(actual) == 0;
		}
		return Objects.equals(expected, engine);
	}

	private static Object plain(Object value) {
		return value instanceof Expectation.Ratio ratio ? ratio.value() : value;
	}

	private void differ(String difference) {
		differenceCount++;
		if (differences.size() < limit) {
			differences.add(difference);
		}
	}
}
