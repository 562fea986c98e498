package org.travelcrm.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in analyses of DESIGN 4 written as SQL over the tables of {@link DuckDbAgency},
 * with the default parameters, as the independent oracle of the engine.
 * <p>
 * Each definition is stated as directly as SQL allows: purchases are the bookings that are not
 * cancelled and were booked before the as-of date (the day after the latest booked date);
 * windows are half-open {@code [asOf - days, asOf)}; the pyramid's thresholds are the
 * contributions at rows ceil(share n) of the buyers ordered by contribution, a buyer at or
 * above a threshold taking its tier; the ABC class takes the cumulative revenue of the buyers
 * with a greater contribution plus its own; RFM scores are 1 + floor(5 (rank - 1) / n) with
 * SQL's competition rank (recency ranked descending); churn uses the last purchase before
 * each month boundary (an as-of join); normalised satisfaction is summed in twentieths of the
 * scale, (s - 1) / 4 being 5 (s - 1) / 20 and s / 10 being 2 s / 20, so that averages compare
 * exactly. Shares and means are returned as exact numerators and denominators
 * ({@link Expectation.Ratio}).
 * <p>
 * {@link #run()} executes every query and fetches every row; that is what the benchmark times.
 */
final class SqlAnalyses {

	static final int ACTIVITY_DAYS = 365;
	static final int NEW_DAYS = 180;
	static final int LOOKBACK_DAYS = 1095;
	static final int MULTIPLE_THRESHOLD = 3;

	private static final String PURPOSE = "CASE WHEN kind = 'ORGANIZATION' THEN 'BUSINESS' "
			+ "ELSE coalesce(travel_purpose, 'UNSPECIFIED') END";
	private static final String TOTAL = "(SELECT coalesce(sum(amount), 0) FROM p)";
	private static final String SEGMENT = """
			CASE WHEN r_score >= 4 AND f_score >= 4 AND m_score >= 4 THEN 'CHAMPIONS'
			 WHEN r_score >= 3 AND f_score >= 4 THEN 'LOYAL_CUSTOMERS'
			 WHEN r_score >= 4 AND f_score >= 2 THEN 'POTENTIAL_LOYALISTS'
			 WHEN r_score >= 4 THEN 'NEW_CUSTOMERS'
			 WHEN r_score = 3 THEN 'NEED_ATTENTION'
			 WHEN f_score >= 4 AND m_score >= 4 THEN 'CANNOT_LOSE'
			 WHEN f_score >= 3 THEN 'AT_RISK'
			 WHEN r_score = 2 THEN 'HIBERNATING' ELSE 'LOST' END""";
	/** The measures of a group of surveys, in the columns of {@link #SURVEY_COLUMNS}. */
	private static final String SURVEY_MEASURES = """
			count(*), count(norm20), sum(norm20), 20 * count(norm20),
			count(*) FILTER (WHERE NOT ten_point AND norm20 IS NOT NULL AND score >= 4)
			 - count(*) FILTER (WHERE NOT ten_point AND norm20 IS NOT NULL AND score <= 2),
			count(*) FILTER (WHERE NOT ten_point AND norm20 IS NOT NULL),
			count(*) FILTER (WHERE ten_point AND norm20 IS NOT NULL AND score >= 9)
			 - count(*) FILTER (WHERE ten_point AND norm20 IS NOT NULL AND score <= 6),
			count(*) FILTER (WHERE ten_point AND norm20 IS NOT NULL),
			count(*) FILTER (WHERE complaint), count(*) FILTER (WHERE complaint), count(*)""";
	private static final String[] SURVEY_COLUMNS = { "surveys", "answered", "satisfaction/",
			"topTwoMinusBottomTwo/", "nps/", "complaints", "complaintRate/" };

	private final Connection connection;
	private final int customers;
	private final Map<String, Expectation> expectations = new LinkedHashMap<>();
	private final Map<String, Double> seconds = new LinkedHashMap<>();
	private LocalDate asOf;

	SqlAnalyses(DuckDbAgency database) {
		this.connection = database.connection();
		this.customers = database.customerCount();
	}

	/** Runs every definition; the expectations by analysis (see {@link CrossCheck}). */
	Map<String, Expectation> run() throws SQLException {
		expectations.clear();
		asOf = single("SELECT max(booked) + 1 FROM bookings", LocalDate.class);
		if (asOf == null) {
			throw new IllegalStateException("The cross-check needs at least one booking.");
		}
		step("views", this::views);
		step("composition", this::composition);
		step("frequency", this::frequency);
		step("loyalty", this::loyalty);
		step("valueTier", this::valueTier);
		step("rfm", this::rfm);
		step("churn", this::churn);
		step("satisfaction", this::satisfaction);
		step("contribution", this::contribution);
		step("highValueTargets", this::highValueTargets);
		return expectations;
	}

	/** The shortest time each step of {@link #run()} took so far, in seconds. */
	Map<String, Double> seconds() {
		return seconds;
	}

	private interface Step {
		void run() throws SQLException;
	}

	private void step(String name, Step step) throws SQLException {
		long start = System.nanoTime();
		step.run();
		seconds.merge(name, (System.nanoTime() - start) / 1e9, Math::min);
	}

	/** The as-of date of the last run. */
	LocalDate asOf() {
		return asOf;
	}

	private void views() throws SQLException {
		execute("""
				CREATE OR REPLACE TEMP TABLE p AS
				SELECT c, booked AS day, coalesce(amount, 0) AS amount, cost, product_kind,
				 destination, channel, departure, travellers
				FROM bookings WHERE c IS NOT NULL AND booked IS NOT NULL AND booked < {asOf}
				 AND status IS DISTINCT FROM 'CANCELLED'""");
		execute("""
				CREATE OR REPLACE TEMP TABLE s AS
				SELECT c, day, ten_point, score, complaint,
				 CASE WHEN ten_point AND score BETWEEN 0 AND 10 THEN 2 * score
				  WHEN NOT ten_point AND score BETWEEN 1 AND 5 THEN 5 * (score - 1) END AS norm20
				FROM surveys WHERE c IS NOT NULL AND day IS NOT NULL AND day < {asOf}""");
		execute("""
				CREATE OR REPLACE TEMP TABLE pc AS
				SELECT c, count(*) AS purchases, sum(amount) AS revenue, min(day) AS first_day,
				 max(day) AS last_day,
				 count(*) FILTER (WHERE day >= {asOf} - {W}) AS in_activity,
				 count(*) FILTER (WHERE day >= {asOf} - {L}) AS f,
				 sum(amount) FILTER (WHERE day >= {asOf} - {L}) AS v,
				 max(day) FILTER (WHERE day >= {asOf} - {L}) AS last_in_window,
				 coalesce(sum(amount - cost)
				  FILTER (WHERE day >= {asOf} - {L} AND cost IS NOT NULL), 0) AS margin
				FROM p GROUP BY c""");
		execute("""
				CREATE OR REPLACE TEMP TABLE cx AS
				SELECT cu.c, cu.id, CASE WHEN kind = 'ORGANIZATION' THEN 'ORGANIZATION'
				  ELSE 'INDIVIDUAL' END AS unit, %s AS purpose,
				 coalesce(nullif(trim(country), ''), 'UNSPECIFIED') AS country,
				 coalesce(pc.purchases, 0) AS purchases, coalesce(pc.revenue, 0) AS revenue
				FROM customers cu LEFT JOIN pc USING (c)""".formatted(PURPOSE));
	}

	private void composition() throws SQLException {
		Expectation e = expect("composition");
		perCustomer(e, "SELECT c, unit, purpose, country, purchases, revenue FROM cx",
				"buyerUnit", "purpose", "country", "purchases", "revenue");
		for (String[] grouping : new String[][] { { "byBuyerUnit", "unit" },
				{ "byPurpose", "purpose" }, { "byCountry", "country" } }) {
			table(e, grouping[0], false, 1, """
					SELECT %s, count(*), count(*) FILTER (WHERE purchases > 0), sum(purchases),
					 sum(revenue), sum(revenue), %s FROM cx GROUP BY 1""".formatted(grouping[1],
					TOTAL), "group", "customers", "buyers", "purchases", "revenue",
					"revenueShare/");
		}
		String lead = "date_diff('day', day, departure)";
		String[][] bookingGroupings = {
				{ "byProductKind", "coalesce(product_kind, 'UNSPECIFIED')", "false" },
				{ "byDestination", "coalesce(nullif(trim(destination), ''), 'UNSPECIFIED')",
						"false" },
				{ "byChannel", "coalesce(nullif(trim(channel), ''), 'UNSPECIFIED')", "false" },
				{ "byLeadTime", "CASE WHEN departure IS NULL OR " + lead
						+ " < 0 THEN 'UNSPECIFIED' WHEN " + lead + " < 7 THEN '0-6' WHEN " + lead
						+ " < 30 THEN '7-29' WHEN " + lead + " < 90 THEN '30-89' WHEN " + lead
						+ " < 180 THEN '90-179' ELSE '180+' END", "true" },
				{ "byPartySize", "CASE WHEN travellers < 2 THEN '1' WHEN travellers < 3 THEN '2' "
						+ "WHEN travellers < 5 THEN '3-4' WHEN travellers < 10 THEN '5-9' "
						+ "ELSE '10+' END", "true" } };
		for (String[] grouping : bookingGroupings) {
			table(e, grouping[0], Boolean.parseBoolean(grouping[2]), 1, """
					SELECT %s, count(DISTINCT c), count(*), sum(amount), sum(amount), %s
					FROM p GROUP BY 1""".formatted(grouping[1], TOTAL), "group", "buyers",
					"purchases", "revenue", "revenueShare/");
		}
		String cancelled = "FROM bookings WHERE status = 'CANCELLED' AND c IS NOT NULL "
				+ "AND booked < {asOf}";
		table(e, "byMonth", true, 1, """
				WITH m AS (SELECT month(day) AS month, count(*) AS purchases,
				  sum(amount) AS revenue FROM p GROUP BY 1),
				 x AS (SELECT month(booked) AS month, count(*) AS cancelled %s GROUP BY 1)
				SELECT month, coalesce(purchases, 0), coalesce(revenue, 0), coalesce(revenue, 0),
				 %s, coalesce(cancelled, 0) FROM m FULL JOIN x USING (month)"""
				.formatted(cancelled, TOTAL), "month", "purchases", "revenue", "revenueShare/",
				"cancelled");
		table(e, "cancellations", false, 0, """
				SELECT n + x, x, x, n + x FROM (SELECT count(*) AS n FROM p),
				 (SELECT count(*) AS x %s)""".formatted(cancelled), "bookings", "cancelled",
				"cancellationRate/");
	}

	private void frequency() throws SQLException {
		Expectation e = expect("frequency");
		execute("""
				CREATE OR REPLACE TEMP TABLE freq AS
				SELECT c, purchases, revenue, CASE WHEN purchases = 0 THEN 'PROSPECT'
				  WHEN purchases = 1 THEN 'FIRST_TIME' WHEN purchases >= %d THEN 'MULTIPLE'
				  ELSE 'REPEAT' END AS class
				FROM cx""".formatted(MULTIPLE_THRESHOLD));
		perCustomer(e, "SELECT c, class, purchases FROM freq", "frequencyClass", "purchases");
		table(e, "classes", true, 1, """
				SELECT class, count(*), count(*), (SELECT count(*) FROM customers),
				 sum(purchases), sum(revenue), sum(revenue), %s FROM freq GROUP BY 1"""
				.formatted(TOTAL), "frequencyClass", "customers", "customerShare/", "purchases",
				"revenue", "revenueShare/");
	}

	private void loyalty() throws SQLException {
		Expectation e = expect("loyalty");
		execute("""
				CREATE OR REPLACE TEMP TABLE loyalty AS
				SELECT pc.c, CASE WHEN first_day >= {asOf} - {N} THEN 'NEW'
				  WHEN in_activity = 0 THEN 'LAPSED'
				  WHEN in_activity >= 2 AND coalesce(sv.complaints, 0) = 0
				   AND coalesce(sv.sum20, 0) >= 15 * coalesce(sv.answered, 0) THEN 'LOYAL'
				  ELSE 'WAVERING' END AS class, in_activity, first_day, last_day
				FROM pc LEFT JOIN (SELECT c, count(*) FILTER (WHERE complaint) AS complaints,
				  sum(norm20) AS sum20, count(norm20) AS answered
				  FROM s WHERE day >= {asOf} - {W} GROUP BY c) sv USING (c)""");
		perCustomer(e, "SELECT c, class, in_activity, first_day, last_day FROM loyalty",
				"loyaltyClass", "purchasesInWindow", "firstPurchase", "lastPurchase");
		table(e, "classes", true, 1, """
				SELECT class, count(*), count(*), (SELECT count(*) FROM loyalty)
				FROM loyalty GROUP BY 1""", "loyaltyClass", "customers", "customerShare/");
	}

	private void valueTier() throws SQLException {
		Expectation e = expect("valueTier");
		execute("""
				CREATE OR REPLACE TEMP TABLE tiers AS
				WITH r AS (SELECT c, v, f, last_in_window, margin,
				  row_number() OVER (ORDER BY v DESC) AS rn, rank() OVER (ORDER BY v DESC) AS rk,
				  count(*) OVER () AS n FROM pc WHERE f > 0),
				 b AS (SELECT max(v) FILTER (WHERE rn = least(n, ceil(0.01 * n))) AS t1,
				  max(v) FILTER (WHERE rn = least(n, ceil(0.20 * n))) AS t2,
				  max(v) FILTER (WHERE rn = least(n, ceil(0.50 * n))) AS t3 FROM r)
				SELECT r.*, CASE WHEN v >= t1 THEN 0 WHEN v >= t2 THEN 1 WHEN v >= t3 THEN 2
				  ELSE 3 END AS tier_index,
				 CASE WHEN v >= t1 THEN 'KEY' WHEN v >= t2 THEN 'MAJOR' WHEN v >= t3 THEN 'ORDINARY'
				  ELSE 'SMALL' END AS tier
				FROM r, b""");
		tierResults(e, "tiers");

		Expectation abc = expect("valueTierAbc");
		execute("""
				CREATE OR REPLACE TEMP TABLE abc AS
				SELECT c, v, f, rk, CASE WHEN total = 0 OR cumulative <= 0.80 * total THEN 'A'
				  WHEN cumulative <= 0.95 * total THEN 'B' ELSE 'C' END AS tier
				FROM (SELECT c, v, f, rk, sum(v) OVER () AS total,
				  sum(v) OVER (ORDER BY v DESC) - (count(*) OVER (PARTITION BY v) - 1) * v
				   AS cumulative FROM tiers)""");
		tierResults(abc, "abc");
	}

	private void tierResults(Expectation e, String table) throws SQLException {
		perCustomer(e, "SELECT c, tier, v, rk, f FROM " + table, "tier", "contribution", "rank",
				"purchases");
		table(e, "tiers", true, 1, """
				SELECT tier, count(*), count(*), (SELECT count(*) FROM %1$s), sum(v), sum(v),
				 (SELECT sum(v) FROM %1$s), min(v) FROM %1$s GROUP BY 1""".formatted(table),
				"tier", "customers", "customerShare/", "revenue", "revenueShare/",
				"lowestContribution");
	}

	private void rfm() throws SQLException {
		Expectation e = expect("rfm");
		execute("""
				CREATE OR REPLACE TEMP TABLE rfm AS
				SELECT *, %s AS segment FROM (
				 SELECT c, recency, f, v,
				  1 + (5 * (rank() OVER (ORDER BY recency DESC) - 1)) // n AS r_score,
				  1 + (5 * (rank() OVER (ORDER BY f) - 1)) // n AS f_score,
				  1 + (5 * (rank() OVER (ORDER BY v) - 1)) // n AS m_score
				 FROM (SELECT c, f, v, date_diff('day', last_in_window, {asOf}) AS recency,
				  count(*) OVER () AS n FROM pc WHERE f > 0))""".formatted(SEGMENT));
		perCustomer(e, """
				SELECT c, recency, f, v, r_score, f_score, m_score,
				 r_score::VARCHAR || f_score::VARCHAR || m_score::VARCHAR, segment FROM rfm""",
				"recency", "frequency", "monetary", "r", "f", "m", "rfmScore", "rfmSegment");
		table(e, "segments", true, 1, """
				SELECT segment, count(*), count(*), (SELECT count(*) FROM rfm), sum(v), sum(v),
				 (SELECT sum(v) FROM rfm) FROM rfm GROUP BY 1""", "rfmSegment", "customers",
				"customerShare/", "revenue", "revenueShare/");
	}

	private void churn() throws SQLException {
		Expectation e = expect("churn");
		table(e, "periods", false, 1, """
				WITH bounds AS (SELECT unnest(generate_series(
				  date_trunc('month', (SELECT min(day) FROM p))::TIMESTAMP,
				  {asOf}::TIMESTAMP, INTERVAL 1 MONTH))::DATE AS b),
				 lb AS (SELECT x.c, x.first_day, x.b, p.day AS last_before,
				  coalesce(p.day >= x.b - {W}, false) AS active
				  FROM (SELECT pc.c, pc.first_day, bounds.b FROM pc CROSS JOIN bounds) x
				  ASOF LEFT JOIN p ON x.c = p.c AND x.b > p.day),
				 q AS (SELECT c, first_day, b AS s, lead(b) OVER w AS e, active,
				  lead(active) OVER w AS active_e, lead(last_before) OVER w AS last_before_e
				  FROM lb WINDOW w AS (PARTITION BY c ORDER BY b))
				SELECT strftime(s, '%Y-%m'), s, e, base, churned, churned, base, base - churned,
				 fresh, reactivated, active_end
				FROM (SELECT s, e, count(*) FILTER (WHERE active) AS base,
				  count(*) FILTER (WHERE active AND NOT active_e) AS churned,
				  count(*) FILTER (WHERE first_day >= s AND first_day < e) AS fresh,
				  count(*) FILTER (WHERE NOT active AND first_day < s AND last_before_e >= s)
				   AS reactivated,
				  count(*) FILTER (WHERE active_e) AS active_end
				 FROM q WHERE e IS NOT NULL GROUP BY s, e)""", "period", "start", "end", "base",
				"churned", "churnRate/", "retained", "new", "reactivated", "activeAtEnd");
	}

	private void satisfaction() throws SQLException {
		Expectation e = expect("satisfaction");
		perCustomer(e, """
				SELECT c, count(*), count(norm20), sum(norm20), 20 * count(norm20),
				 count(*) FILTER (WHERE complaint) FROM s GROUP BY c""", "surveys", "answered",
				"satisfaction/", "complaints");
		execute("""
				CREATE OR REPLACE TEMP TABLE sx AS
				SELECT s.*, coalesce(t.tier, 'NONE') AS tier, coalesce(l.class, 'NONE') AS loyalty,
				 coalesce(r.segment, 'NONE') AS segment
				FROM s LEFT JOIN tiers t USING (c) LEFT JOIN loyalty l USING (c)
				 LEFT JOIN rfm r USING (c)""");
		String[] groupColumns = concat(new String[] { "group" }, SURVEY_COLUMNS);
		table(e, "summary", false, 1, "SELECT 'ALL', " + SURVEY_MEASURES + " FROM sx",
				groupColumns);
		table(e, "byTier", true, 1, "SELECT tier, " + SURVEY_MEASURES + " FROM sx GROUP BY 1",
				groupColumns);
		table(e, "byLoyalty", true, 1,
				"SELECT loyalty, " + SURVEY_MEASURES + " FROM sx GROUP BY 1", groupColumns);
		table(e, "byRfmSegment", true, 1,
				"SELECT segment, " + SURVEY_MEASURES + " FROM sx GROUP BY 1", groupColumns);
		table(e, "distribution", true, 2, """
				SELECT CASE WHEN ten_point THEN 'TEN_POINT' ELSE 'FIVE_POINT' END, score, count(*)
				FROM s WHERE score BETWEEN 0 AND CASE WHEN ten_point THEN 10 ELSE 5 END
				GROUP BY 1, 2""", "scale", "score", "surveys");
		table(e, "trend", true, 1, """
				SELECT strftime(date_trunc('month', day), '%Y-%m'), date_trunc('month', day)::DATE,
				 count(*), count(norm20), sum(norm20), 20 * count(norm20),
				 count(*) FILTER (WHERE complaint), count(*) FROM s GROUP BY 1, 2""", "period",
				"start", "surveys", "answered", "satisfaction/", "complaintRate/");
	}

	private void contribution() throws SQLException {
		Expectation e = expect("contribution");
		perCustomer(e, "SELECT c, tier, v, v, (SELECT sum(v) FROM tiers), margin FROM tiers",
				"tier", "revenue", "revenueShare/", "margin");
		table(e, "byTier", true, 1, """
				SELECT tier, count(*), count(*), (SELECT count(*) FROM tiers), sum(v), sum(v),
				 (SELECT sum(v) FROM tiers), sum(margin), sum(margin),
				 (SELECT sum(margin) FROM tiers) FROM tiers GROUP BY 1""", "tier", "customers",
				"customerShare/", "revenue", "revenueShare/", "margin", "marginShare/");
		table(e, "summary", false, 0, """
				WITH a AS (SELECT v, margin, row_number() OVER (ORDER BY v) AS up,
				  row_number() OVER (ORDER BY v DESC) AS down, count(*) OVER () AS n FROM tiers)
				SELECT count(*), coalesce(sum(v), 0), coalesce(sum(margin), 0),
				 2 * sum(up * v) - (count(*) + 1) * sum(v), count(*) * sum(v),
				 sum(v) FILTER (WHERE down <= ceil(0.2 * n)), sum(v) FROM a""", "buyers",
				"revenue", "margin", "gini/", "top20RevenueShare/");
	}

	private void highValueTargets() throws SQLException {
		Expectation e = expect("highValueTargets");
		execute("""
				CREATE OR REPLACE TEMP TABLE targets AS
				SELECT r.c, t.v, cx.purpose, row_number() OVER (ORDER BY t.tier_index,
				  r.r_score + r.f_score + r.m_score DESC, t.v DESC, cx.id) AS target_rank
				FROM rfm r JOIN tiers t USING (c) JOIN cx USING (c)
				WHERE t.tier_index < 2 OR r.segment IN ('CHAMPIONS', 'LOYAL_CUSTOMERS',
				 'POTENTIAL_LOYALISTS', 'CANNOT_LOSE')""");
		perCustomer(e, "SELECT c, target_rank FROM targets", "targetRank");
		table(e, "byPurpose", false, 1, "SELECT purpose, count(*), sum(v) FROM targets GROUP BY 1",
				"purpose", "customers", "contribution");
	}

	private Expectation expect(String analysis) {
		Expectation expectation = new Expectation(analysis);
		expectations.put(analysis, expectation);
		return expectation;
	}

	/**
	 * Reads per-customer values: the first column is the customer number, then one column per
	 * name, or two (numerator, denominator) for a name ending with {@code /}.
	 */
	private void perCustomer(Expectation expectation, String sql, String... columns)
			throws SQLException {
		Object[][] values = new Object[columns.length][customers];
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(expand(sql))) {
			while (rows.next()) {
				int c = rows.getInt(1);
				read(rows, 2, columns, values, c);
			}
		}
		for (int i = 0; i < columns.length; i++) {
			expectation.customerColumns.put(name(columns[i]), values[i]);
		}
	}

	/** Reads table rows: {@code keys} key columns first, then columns as in perCustomer. */
	private void table(Expectation expectation, String name, boolean fixedGroups, int keys,
			String sql, String... columns) throws SQLException {
		Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
		List<String> valueColumns = Arrays.asList(columns).subList(keys, columns.length);
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(expand(sql))) {
			while (result.next()) {
				List<Object> key = new ArrayList<>();
				for (int k = 1; k <= keys; k++) {
					key.add(Expectation.normalize(result.getObject(k)));
				}
				Object[][] values = new Object[valueColumns.size()][1];
				read(result, keys + 1, valueColumns.toArray(new String[0]), values, 0);
				Object[] row = new Object[values.length];
				for (int i = 0; i < row.length; i++) {
					row[i] = values[i][0];
				}
				rows.put(key, row);
			}
		}
		expectation.tables.add(new Expectation.Table(name,
				Arrays.stream(columns, 0, keys).toList(),
				valueColumns.stream().map(SqlAnalyses::name).toList(), rows, fixedGroups));
	}

	private static void read(ResultSet rows, int first, String[] columns, Object[][] values,
			int index) throws SQLException {
		int column = first;
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].endsWith("/")) {
				values[i][index] = new Expectation.Ratio(
						Expectation.decimal(rows.getObject(column)),
						Expectation.decimal(rows.getObject(column + 1)));
				column += 2;
			} else {
				Object value = rows.getObject(column++);
				values[i][index] = value instanceof java.sql.Date || value instanceof LocalDate
						? rows.getObject(column - 1, LocalDate.class)
						: Expectation.normalize(value);
			}
		}
	}

	private static String name(String column) {
		return column.endsWith("/") ? column.substring(0, column.length() - 1) : column;
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(expand(sql));
		}
	}

	private <T> T single(String sql, Class<T> type) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getObject(1, type) : null;
		}
	}

	private String expand(String sql) {
		return sql.replace("{asOf}", "DATE '" + asOf + "'")
				.replace("{W}", Integer.toString(ACTIVITY_DAYS))
				.replace("{N}", Integer.toString(NEW_DAYS))
				.replace("{L}", Integer.toString(LOOKBACK_DAYS));
	}
}
