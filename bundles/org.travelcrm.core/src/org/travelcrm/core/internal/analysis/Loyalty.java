package org.travelcrm.core.internal.analysis;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisParameters;
import org.travelcrm.core.analysis.LoyaltyClass;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.SurveyScores;

/**
 * The loyalty class of every buyer, with W the activity window and N the new window, checked
 * in this order:
 * <ol>
 * <li>{@code NEW}: the first purchase lies within [asOf - N, asOf);</li>
 * <li>{@code LAPSED}: no purchase within [asOf - W, asOf);</li>
 * <li>{@code LOYAL}: at least two purchases within [asOf - W, asOf), the mean normalised score
 * of the answered surveys dated within that window at least 0.75 (4.0 of 5; met when none was
 * answered), and no survey with a complaint dated within that window;</li>
 * <li>{@code WAVERING}: every other buyer.</li>
 * </ol>
 * A customer without any purchase before the as-of date has no loyalty class.
 */
public final class Loyalty {

	/** Three quarters of the scale, in twentieths. */
	private static final int LOYAL_SCORE = 15;

	/** The class per customer; {@code null} for a customer without purchases. */
	public final LoyaltyClass[] classes;
	/** Purchases within the activity window, per customer. */
	public final int[] purchasesInWindow;

	private Loyalty(LoyaltyClass[] classes, int[] purchasesInWindow) {
		this.classes = classes;
		this.purchasesInWindow = purchasesInWindow;
	}

	/** The classes under the parameters, shared per context. */
	public static Loyalty of(AnalysisContext context, AnalysisParameters parameters,
			IProgressMonitor monitor) {
		int activity = parameters.integer(ParameterNames.ACTIVITY_WINDOW_DAYS);
		int fresh = parameters.integer(ParameterNames.NEW_WINDOW_DAYS);
		return context.shared(List.of(Loyalty.class, activity, fresh), Loyalty.class,
				() -> compute(context.purchases(), context.surveys(), activity, fresh, monitor));
	}

	private static Loyalty compute(Purchases purchases, SurveyScores surveys, int activityDays,
			int newDays, IProgressMonitor monitor) {
		int n = purchases.customerCount();
		int asOf = purchases.asOfDay();
		int activeFrom = asOf - activityDays;
		int newFrom = asOf - newDays;
		LoyaltyClass[] classes = new LoyaltyClass[n];
		int[] inWindow = new int[n];
		for (int c = 0; c < n; c++) {
			Progress.check(monitor, c);
			if (purchases.count(c) == 0) {
				continue;
			}
			inWindow[c] = purchases.end(c) - purchases.firstFrom(c, activeFrom);
			if (purchases.day(purchases.start(c)) >= newFrom) {
				classes[c] = LoyaltyClass.NEW;
			} else if (inWindow[c] == 0) {
				classes[c] = LoyaltyClass.LAPSED;
			} else if (inWindow[c] >= 2 && satisfied(surveys, c, activeFrom)) {
				classes[c] = LoyaltyClass.LOYAL;
			} else {
				classes[c] = LoyaltyClass.WAVERING;
			}
		}
		return new Loyalty(classes, inWindow);
	}

	private static boolean satisfied(SurveyScores surveys, int c, int from) {
		long sum = 0;
		long answered = 0;
		for (int k = surveys.firstFrom(c, from), end = surveys.end(c); k < end; k++) {
			if (surveys.complaint(k)) {
				return false;
			}
			int score = surveys.normalised(k);
			if (score != SurveyScores.NOT_ANSWERED) {
				sum += score;
				answered++;
			}
		}
		return sum >= LOYAL_SCORE * answered;
	}
}
