package org.travelcrm.core.internal.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.LoyaltyClass;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.Period;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.core.analysis.RfmSegment;
import org.travelcrm.core.analysis.SurveyScores;
import org.travelcrm.model.SurveyScale;

/**
 * Satisfaction and relationship quality from all surveys dated before the as-of date: the
 * measures of {@link SatisfactionTally} overall, by value tier, loyalty class and RFM segment
 * (customers without one in the group {@code NONE}), the distribution of raw scores per scale,
 * and the trend per calendar period from the period of the first survey to the period that
 * contains the day before the as-of date (the last one may be partial).
 */
public final class SatisfactionAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.satisfaction"; //$NON-NLS-1$

	private static final String NONE = "NONE"; //$NON-NLS-1$

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		AnalysisContext context = request.context();
		Purchases purchases = context.purchases();
		SurveyScores scores = context.surveys();
		Tiering tiering = Tiering.of(context, request.parameters(), monitor);
		Loyalty loyalty = Loyalty.of(context, request.parameters(), monitor);
		Rfm rfm = Rfm.of(context, request.parameters(), monitor);
		Period period = request.parameters().choice(ParameterNames.PERIOD, Period.class);
		int n = purchases.customerCount();

		SatisfactionTally overall = new SatisfactionTally();
		Map<String, SatisfactionTally> byTier = groups(tiering.classes);
		Map<String, SatisfactionTally> byLoyalty = groups(names(LoyaltyClass.values()));
		Map<String, SatisfactionTally> byRfm = groups(names(RfmSegment.values()));
		// Raw scores per scale (five-point, ten-point); scores outside 0-10 are left out.
		long[][] distribution = new long[2][11];
		TreeMap<Integer, SatisfactionTally> trend = new TreeMap<>();
		Object[][] values = new Object[4][n];
		for (int c = 0; c < n; c++) {
			Progress.check(monitor, c);
			SatisfactionTally customer = new SatisfactionTally();
			String tier = tiering.tiers[c] == null ? NONE : tiering.tiers[c];
			String loyaltyClass = loyalty.classes[c] == null ? NONE : loyalty.classes[c].name();
			String segment = rfm.segments[c] == null ? NONE : rfm.segments[c].name();
			for (int k = scores.start(c), end = scores.end(c); k < end; k++) {
				customer.add(scores, k);
				overall.add(scores, k);
				byTier.get(tier).add(scores, k);
				byLoyalty.get(loyaltyClass).add(scores, k);
				byRfm.get(segment).add(scores, k);
				if (scores.score(k) >= 0 && scores.score(k) <= 10) {
					distribution[scores.tenPoint(k) ? 1 : 0][scores.score(k)]++;
				}
				int periodStart = (int) period.start(date(scores.day(k))).toEpochDay();
				trend.computeIfAbsent(periodStart, key -> new SatisfactionTally()).add(scores, k);
			}
			if (customer.surveys > 0) {
				values[0][c] = Long.valueOf(customer.surveys);
				values[1][c] = Long.valueOf(customer.answered);
				values[2][c] = customer.mean();
				values[3][c] = Long.valueOf(customer.complaints);
			}
		}

		AnalysisResult.Builder result = request.newResult();
		result.table(tallyTable("summary", Messages.Table_satisfactionSummary, //$NON-NLS-1$
				Map.of("ALL", overall))); //$NON-NLS-1$
		result.table(tallyTable("byTier", Messages.Table_byTier, byTier)); //$NON-NLS-1$
		result.table(tallyTable("byLoyalty", Messages.Table_byLoyalty, byLoyalty)); //$NON-NLS-1$
		result.table(tallyTable("byRfmSegment", Messages.Table_byRfmSegment, byRfm)); //$NON-NLS-1$
		ResultTable.Builder scoresTable = table("distribution", Messages.Table_distribution, //$NON-NLS-1$
				Columns.SCALE, Columns.SCORE, Columns.SURVEYS);
		String[] scales = { SurveyScale.FIVE_POINT.name(), SurveyScale.TEN_POINT.name() };
		for (int scale = 0; scale < 2; scale++) {
			for (int score = 0; score <= (scale == 0 ? 5 : 10); score++) {
				scoresTable.row(scales[scale], Long.valueOf(score), distribution[scale][score]);
			}
		}
		result.table(scoresTable.build());
		ResultTable trendTable = trendTable(period, trend, context.asOfDay());
		result.table(trendTable);
		result.series(series("meanSatisfaction", Messages.Series_meanSatisfaction, //$NON-NLS-1$
				ChartKind.LINE, trendTable, Columns.PERIOD.name(), Columns.SATISFACTION.name()));
		result.customers(customers(purchases, new Column[] { Columns.SURVEYS, Columns.ANSWERED,
				Columns.SATISFACTION, Columns.COMPLAINTS }, values));
		return result.build();
	}

	private static ResultTable trendTable(Period period, TreeMap<Integer, SatisfactionTally> trend,
			int asOfDay) {
		ResultTable.Builder table = table("trend", Messages.Table_trend, Columns.PERIOD, //$NON-NLS-1$
				Columns.START, Columns.SURVEYS, Columns.ANSWERED, Columns.SATISFACTION,
				Columns.COMPLAINT_RATE);
		if (trend.isEmpty()) {
			return table.build();
		}
		LocalDate last = period.start(date(asOfDay - 1));
		for (LocalDate start = date(trend.firstKey()); !start.isAfter(last); start = period
				.next(start)) {
			SatisfactionTally tally = trend.get((int) start.toEpochDay());
			if (tally == null) {
				table.row(period.label(start), start, 0L, 0L, null, null);
			} else {
				table.row(period.label(start), start, tally.surveys, tally.answered, tally.mean(),
						tally.complaintRate());
			}
		}
		return table.build();
	}

	private static ResultTable tallyTable(String name, String label,
			Map<String, SatisfactionTally> groups) {
		ResultTable.Builder table = table(name, label, Columns.GROUP, Columns.SURVEYS,
				Columns.ANSWERED, Columns.SATISFACTION, Columns.TOP_TWO, Columns.NPS,
				Columns.COMPLAINTS, Columns.COMPLAINT_RATE);
		groups.forEach((group, tally) -> table.row(tally.row(group)));
		return table.build();
	}

	/** One empty tally per class, in the classes' order, and one for customers without. */
	private static Map<String, SatisfactionTally> groups(List<String> classes) {
		Map<String, SatisfactionTally> groups = new LinkedHashMap<>();
		for (String each : classes) {
			groups.put(each, new SatisfactionTally());
		}
		groups.put(NONE, new SatisfactionTally());
		return groups;
	}

	private static List<String> names(Enum<?>[] values) {
		List<String> names = new ArrayList<>(values.length);
		for (Enum<?> value : values) {
			names.add(value.name());
		}
		return names;
	}
}
