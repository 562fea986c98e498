package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;

import org.travelcrm.core.analysis.SurveyScores;

/**
 * Counts of a group of surveys and the measures of relationship quality made from them.
 * <p>
 * Mean satisfaction: the mean normalised score of the answered surveys (0 to 1). Top two minus
 * bottom two: (answered 1-5 surveys scoring 4 or 5 - those scoring 1 or 2) / answered 1-5
 * surveys. NPS: (0-10 surveys scoring 9 or 10 - those scoring 0 to 6) / 0-10 surveys, as a
 * share from -1 to 1. Complaint rate: surveys with a complaint / all surveys, answered or not.
 */
final class SatisfactionTally {

	long surveys;
	long answered;
	long twentieths;
	long fivePoint;
	long topTwo;
	long bottomTwo;
	long tenPoint;
	long promoters;
	long detractors;
	long complaints;

	void add(SurveyScores scores, int k) {
		surveys++;
		if (scores.complaint(k)) {
			complaints++;
		}
		int normalised = scores.normalised(k);
		if (normalised == SurveyScores.NOT_ANSWERED) {
			return;
		}
		answered++;
		twentieths += normalised;
		int score = scores.score(k);
		if (scores.tenPoint(k)) {
			tenPoint++;
			promoters += score >= 9 ? 1 : 0;
			detractors += score <= 6 ? 1 : 0;
		} else {
			fivePoint++;
			topTwo += score >= 4 ? 1 : 0;
			bottomTwo += score <= 2 ? 1 : 0;
		}
	}

	BigDecimal mean() {
		return Ratios.meanOfTwentieths(twentieths, answered);
	}

	BigDecimal topTwoMinusBottomTwo() {
		return Ratios.divide(topTwo - bottomTwo, fivePoint);
	}

	BigDecimal nps() {
		return Ratios.divide(promoters - detractors, tenPoint);
	}

	BigDecimal complaintRate() {
		return Ratios.divide(complaints, surveys);
	}

	/** The row values after a group name: surveys, answered, mean, top two, NPS, complaints. */
	Object[] row(String group) {
		return new Object[] { group, surveys, answered, mean(), topTwoMinusBottomTwo(), nps(),
				complaints, complaintRate() };
	}
}
