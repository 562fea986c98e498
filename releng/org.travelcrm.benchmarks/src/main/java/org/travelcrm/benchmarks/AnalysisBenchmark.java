package org.travelcrm.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.demo.AgencyGenerator;
import org.travelcrm.model.Agency;

/**
 * All built-in analyses of the engine against the same definitions in SQL on DuckDB, on
 * generated agencies at half, full and double the reference size (100,000 customers, about
 * 1,000,000 bookings).
 * <p>
 * For each size the agency is generated (seed 42) and copied into DuckDB's in-memory tables;
 * neither counts. Then, several times in turn, the engine runs every analysis on a fresh
 * context (building its per-run views counts) and DuckDB runs every SQL definition and fetches
 * every row; the best time of each is reported with their ratio. The last results are
 * compared value by value ({@link CrossCheck}). Targets: identical results, the engine at
 * least as fast as DuckDB (ratio at most 1) and doubling the data costing the engine at most
 * 2.2 times the time. Exits with 1 when a target is missed.
 * Usage: {@code AnalysisBenchmark [CUSTOMERS] [REPEATS]}.
 */
public final class AnalysisBenchmark {

	private static final int SHOWN_DIFFERENCES = 20;

	private record Run(int customers, int bookings, double load, double engine, double duckDb,
			Map<String, Double> analyses, Map<String, Double> queries, CrossCheck.Report report) {

		double ratio() {
			return engine / duckDb;
		}
	}

	private AnalysisBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int reference = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		System.out.printf(Locale.ROOT,
				"Analysis benchmark, reference %,d customers, best of %d runs, %d processors%n",
				reference, repeats, Runtime.getRuntime().availableProcessors());

		measure(Math.max(1_000, reference / 20), repeats);
		List<Run> runs = new ArrayList<>();
		for (int customers : new int[] { reference / 2, reference, reference * 2 }) {
			runs.add(measure(customers, repeats));
		}

		System.out.println();
		System.out.println("customers  bookings | DuckDB load | engine s  DuckDB s  ratio | "
				+ "values compared  differences");
		for (Run run : runs) {
			System.out.printf(Locale.ROOT, "%9d %9d | %10.2fs | %7.3fs %8.3fs %6.2f | %15d %12d%n",
					run.customers, run.bookings, run.load, run.engine, run.duckDb, run.ratio(),
					run.report.compared(), run.report.differenceCount());
		}
		Run full = runs.get(1);
		Run doubled = runs.get(2);
		System.out.println();
		System.out.println("engine per analysis at the reference size (best, seconds; the first "
				+ "builds the views):");
		full.analyses.forEach((analysis, seconds) -> System.out.printf(Locale.ROOT,
				"  %-18s %7.3f%n", analysis, seconds));
		System.out.println("DuckDB per step at the reference size (best, seconds):");
		full.queries.forEach((step, seconds) -> System.out.printf(Locale.ROOT,
				"  %-18s %7.3f%n", step, seconds));

		boolean ok = true;
		for (Run run : runs) {
			ok &= check("identical results at " + run.customers + " customers",
					run.report.agrees(), run.report.differenceCount());
			for (String difference : run.report.differences()) {
				System.out.println("  " + difference);
			}
		}
		for (Run run : runs) {
			ok &= check("engine / DuckDB <= 1 at " + run.customers + " customers",
					run.ratio() <= 1, run.ratio());
		}
		ok &= check("doubling: engine <= 2.2x", doubled.engine / full.engine <= 2.2,
				doubled.engine / full.engine);
		System.out.printf(Locale.ROOT, "(doubling: DuckDB %.2fx)%n", doubled.duckDb / full.duckDb);
		System.exit(ok ? 0 : 1);
	}

	private static Run measure(int customers, int repeats) throws Exception {
		Agency agency = new AgencyGenerator(42).generate("Benchmark", customers,
				new NullProgressMonitor());
		long loadStart = System.nanoTime();
		try (DuckDbAgency database = DuckDbAgency.load(agency)) {
			double load = seconds(loadStart);
			SqlAnalyses sql = new SqlAnalyses(database);
			double bestEngine = Double.MAX_VALUE;
			double bestDuckDb = Double.MAX_VALUE;
			Map<String, Double> analyses = new LinkedHashMap<>();
			Map<String, AnalysisResult> results = null;
			Map<String, Expectation> expected = null;
			for (int i = 0; i < repeats; i++) {
				results = null;
				System.gc();
				long start = System.nanoTime();
				results = CrossCheck.runEngine(agency, analyses);
				bestEngine = Math.min(bestEngine, seconds(start));
				expected = null;
				System.gc();
				start = System.nanoTime();
				expected = sql.run();
				bestDuckDb = Math.min(bestDuckDb, seconds(start));
			}
			CrossCheck.Report report = CrossCheck.compare(expected, results, SHOWN_DIFFERENCES);
			System.out.printf(Locale.ROOT,
					"  %,d customers / %,d bookings: engine %.3fs, DuckDB %.3fs, %s%n", customers,
					agency.getBookings().size(), bestEngine, bestDuckDb,
					report.agrees() ? "identical" : report.differenceCount() + " differences");
			return new Run(customers, agency.getBookings().size(), load, bestEngine, bestDuckDb,
					analyses, sql.seconds(), report);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static boolean check(String target, boolean met, double value) {
		System.out.printf(Locale.ROOT, "%s %s (measured %.2f)%n", met ? "PASS" : "FAIL", target,
				value);
		return met;
	}
}
