package org.travelcrm.core.analysis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;

/**
 * A compact, read-only columnar view of an agency's surveys dated before an as-of date, by
 * customer (numbered as in {@link Purchases}) and sorted by day.
 * <p>
 * Scores are normalised to twentieths so that they compare exactly: (s - 1) / 4 on the 1-5
 * scale is {@code 5 (s - 1)} twentieths, s / 10 on the 0-10 scale is {@code 2 s}
 * twentieths. A score of 0 on the 1-5 scale, and any score outside its scale, is not answered
 * ({@link #NOT_ANSWERED}) and never enters an average; the survey still counts for
 * complaints. A survey without customer or date is left out.
 */
public final class SurveyScores {

	/** The normalised score of a survey that was not answered. */
	public static final int NOT_ANSWERED = -1;

	private final int[] starts;
	private final int[] days;
	private final byte[] scores;
	private final byte[] normalised;
	private final boolean[] tenPoint;
	private final boolean[] complaints;

	private SurveyScores(int[] starts, int[] days, byte[] scores, byte[] normalised,
			boolean[] tenPoint, boolean[] complaints) {
		this.starts = starts;
		this.days = days;
		this.scores = scores;
		this.normalised = normalised;
		this.tenPoint = tenPoint;
		this.complaints = complaints;
	}

	/** Builds the view of the surveys dated before the as-of day. */
	public static SurveyScores of(Agency agency, Purchases purchases) {
		int n = purchases.customerCount();
		Map<Customer, Integer> index = new IdentityHashMap<>(n);
		for (int c = 0; c < n; c++) {
			index.put(purchases.customer(c), c);
		}
		List<Survey> surveys = agency.getSurveys();
		int m = surveys.size();
		int[] owner = new int[m];
		int[] surveyDays = new int[m];
		for (int i = 0; i < m; i++) {
			Survey survey = surveys.get(i);
			Integer c = survey.getCustomer() == null ? null : index.get(survey.getCustomer());
			surveyDays[i] = survey.getDate() == null ? 0 : (int) survey.getDate().toEpochDay();
			owner[i] = c == null || survey.getDate() == null
					|| surveyDays[i] >= purchases.asOfDay() ? -1 : c;
		}
		DayGroups groups = DayGroups.of(n, owner, surveyDays);
		int count = groups.keys.length;
		int[] days = new int[count];
		byte[] scores = new byte[count];
		byte[] normalised = new byte[count];
		boolean[] tenPoint = new boolean[count];
		boolean[] complaints = new boolean[count];
		for (int k = 0; k < count; k++) {
			Survey survey = surveys.get(groups.record(k));
			days[k] = groups.day(k);
			tenPoint[k] = survey.getScale() == SurveyScale.TEN_POINT;
			int score = survey.getScore();
			scores[k] = (byte) Math.max(-1, Math.min(score, 100));
			normalised[k] = (byte) normalise(score, tenPoint[k]);
			complaints[k] = survey.isComplaint();
		}
		return new SurveyScores(groups.starts, days, scores, normalised, tenPoint, complaints);
	}

	/** A score in twentieths of the full scale, or {@link #NOT_ANSWERED}. */
	public static int normalise(int score, boolean tenPoint) {
		if (tenPoint) {
			return score >= 0 && score <= 10 ? 2 * score : NOT_ANSWERED;
		}
		return score >= 1 && score <= 5 ? 5 * (score - 1) : NOT_ANSWERED;
	}

	/** The number of surveys in the view. */
	public int size() {
		return days.length;
	}

	/** The number of the first survey of customer c. */
	public int start(int c) {
		return starts[c];
	}

	/** One past the number of the last survey of customer c. */
	public int end(int c) {
		return starts[c + 1];
	}

	/** The number of the first survey of customer c dated on or after a day. */
	public int firstFrom(int c, int fromDay) {
		return DayGroups.firstFrom(starts, days, c, fromDay);
	}

	/** The day of survey k as an epoch day. */
	public int day(int k) {
		return days[k];
	}

	/** The raw score of survey k on its own scale. */
	public int score(int k) {
		return scores[k];
	}

	/** The normalised score of survey k in twentieths, or {@link #NOT_ANSWERED}. */
	public int normalised(int k) {
		return normalised[k];
	}

	/** Whether survey k was given on the 0-10 scale. */
	public boolean tenPoint(int k) {
		return tenPoint[k];
	}

	public boolean complaint(int k) {
		return complaints[k];
	}
}
