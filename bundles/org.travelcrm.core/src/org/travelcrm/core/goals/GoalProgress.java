package org.travelcrm.core.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisCatalog;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.StrategicGoal;

/**
 * The current value of a goal's metric, computed from the analyses on the agency's data:
 * <ul>
 * <li>churn rate: the rate of the latest period of the churn analysis;</li>
 * <li>repeat-purchase rate: buyers with two or more purchases / buyers (frequency analysis);</li>
 * <li>customers in tier: the customers of the tier named by the goal's qualifier (value
 * tiers);</li>
 * <li>revenue: purchase values in the 365 days before the as-of date;</li>
 * <li>satisfaction (mean score normalised to 0..1) and complaint rate: over all surveys
 * (satisfaction analysis);</li>
 * <li>active customers: customers active at the end of the latest churn period;</li>
 * <li>campaign conversion: the target conversion of the latest evaluation.</li>
 * </ul>
 * Each analysis runs at most once per instance; rates are exact decimals with six places.
 */
public final class GoalProgress {

	/** The analysis behind churn rate and active customers. */
	public static final String CHURN = "org.travelcrm.core.analysis.churn"; //$NON-NLS-1$
	/** The analysis behind the repeat-purchase rate. */
	public static final String FREQUENCY = "org.travelcrm.core.analysis.frequency"; //$NON-NLS-1$
	/** The analysis behind customers per tier. */
	public static final String VALUE_TIER = "org.travelcrm.core.analysis.valueTier"; //$NON-NLS-1$
	/** The analysis behind satisfaction and complaint rate. */
	public static final String SATISFACTION =
			"org.travelcrm.core.analysis.satisfaction"; //$NON-NLS-1$

	private static final int SCALE = 6;
	private static final int REVENUE_DAYS = 365;

	private final AnalysisContext context;
	private final AnalysisCatalog catalog;
	private final Map<String, AnalysisResult> results = new HashMap<>();

	public GoalProgress(AnalysisContext context, AnalysisCatalog catalog) {
		this.context = context;
		this.catalog = catalog;
	}

	/**
	 * The goal's current value, or {@code null} when the data cannot tell it (no surveys, no
	 * evaluation, a tier goal without a tier).
	 *
	 * @throws CoreException when an analysis the metric needs is not installed or fails
	 */
	public BigDecimal current(StrategicGoal goal, IProgressMonitor monitor) throws CoreException {
		return current(goal.getMetric(), goal.getQualifier(), monitor);
	}

	/**
	 * The current value of a metric.
	 *
	 * @param qualifier the tier for {@link GoalMetric#CUSTOMERS_IN_TIER}, ignored otherwise
	 * @throws CoreException when an analysis the metric needs is not installed or fails
	 */
	public BigDecimal current(GoalMetric metric, String qualifier, IProgressMonitor monitor)
			throws CoreException {
		if (metric == null) {
			return null;
		}
		SubMonitor progress = SubMonitor.convert(monitor, 1);
		return switch (metric) {
			case CHURN_RATE -> latest(run(CHURN, progress.split(1)).table("periods"), //$NON-NLS-1$
					"churnRate"); //$NON-NLS-1$
			case ACTIVE_CUSTOMERS -> latest(run(CHURN, progress.split(1)).table("periods"), //$NON-NLS-1$
					"activeAtEnd"); //$NON-NLS-1$
			case REPEAT_PURCHASE_RATE -> repeatRate(run(FREQUENCY, progress.split(1)));
			case CUSTOMERS_IN_TIER -> inTier(run(VALUE_TIER, progress.split(1)), qualifier);
			case SATISFACTION -> overall(run(SATISFACTION, progress.split(1)),
					"satisfaction"); //$NON-NLS-1$
			case COMPLAINT_RATE -> overall(run(SATISFACTION, progress.split(1)),
					"complaintRate"); //$NON-NLS-1$
			case REVENUE -> revenue();
			case CAMPAIGN_CONVERSION -> latestConversion();
		};
	}

	/** Whether a value reaches a target in a direction; never without both. */
	public static boolean reached(GoalDirection direction, BigDecimal target, BigDecimal value) {
		if (target == null || value == null) {
			return false;
		}
		int order = value.compareTo(target);
		return direction == GoalDirection.AT_MOST ? order <= 0 : order >= 0;
	}

	/** Whether a stage of a goal is reached by a value. */
	public static boolean reached(StrategicGoal goal, GoalStage stage, BigDecimal value) {
		return reached(goal.getDirection(), stage.getTargetValue(), value);
	}

	private AnalysisResult run(String analysisId, IProgressMonitor monitor) throws CoreException {
		AnalysisResult result = results.get(analysisId);
		if (result == null) {
			AnalysisDescriptor descriptor = catalog.find(analysisId);
			if (descriptor == null) {
				throw new CoreException(Status.error(
						NLS.bind(Messages.GoalProgress_missingAnalysis, analysisId)));
			}
			result = descriptor.run(context, Map.of(), monitor);
			results.put(analysisId, result);
		}
		return result;
	}

	private static BigDecimal latest(ResultTable table, String column) {
		if (table == null) {
			return null;
		}
		for (int row = table.rows().size() - 1; row >= 0; row--) {
			BigDecimal value = decimal(table.value(row, column));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static BigDecimal repeatRate(AnalysisResult frequency) {
		ResultTable classes = frequency.table("classes"); //$NON-NLS-1$
		long buyers = 0;
		long repeat = 0;
		for (int row = 0; row < classes.rows().size(); row++) {
			String name = String.valueOf(classes.value(row, "frequencyClass")); //$NON-NLS-1$
			BigDecimal customers = decimal(classes.value(row, "customers")); //$NON-NLS-1$
			long count = customers == null ? 0 : customers.longValue();
			if (!"PROSPECT".equals(name)) { //$NON-NLS-1$
				buyers += count;
				repeat += "FIRST_TIME".equals(name) ? 0 : count; //$NON-NLS-1$
			}
		}
		return buyers == 0 ? null
				: BigDecimal.valueOf(repeat).divide(BigDecimal.valueOf(buyers), SCALE,
						RoundingMode.HALF_UP);
	}

	private static BigDecimal inTier(AnalysisResult tiers, String tier) {
		if (tier == null || tier.isBlank()) {
			return null;
		}
		ResultTable table = tiers.table("tiers"); //$NON-NLS-1$
		for (int row = 0; row < table.rows().size(); row++) {
			if (tier.trim().equalsIgnoreCase(String.valueOf(table.value(row, "tier")))) { //$NON-NLS-1$
				return decimal(table.value(row, "customers")); //$NON-NLS-1$
			}
		}
		return BigDecimal.ZERO;
	}

	private static BigDecimal overall(AnalysisResult satisfaction, String column) {
		ResultTable summary = satisfaction.table("summary"); //$NON-NLS-1$
		return summary == null || summary.rows().isEmpty() ? null
				: decimal(summary.value(0, column));
	}

	private BigDecimal revenue() {
		LocalDate end = context.asOf();
		LocalDate start = end.minusDays(REVENUE_DAYS);
		BigDecimal total = BigDecimal.ZERO;
		for (Booking booking : context.agency().getBookings()) {
			LocalDate day = booking.getBookedDate();
			if (booking.getStatus() != BookingStatus.CANCELLED && booking.getAmount() != null
					&& day != null && !day.isBefore(start) && day.isBefore(end)) {
				total = total.add(booking.getAmount());
			}
		}
		return total;
	}

	private BigDecimal latestConversion() {
		Evaluation latest = null;
		for (Evaluation evaluation : context.agency().getEvaluations()) {
			if (evaluation.getTargetConversion() != null && (latest == null
					|| later(evaluation.getEvaluatedOn(), latest.getEvaluatedOn()))) {
				latest = evaluation;
			}
		}
		return latest == null ? null : latest.getTargetConversion();
	}

	private static boolean later(LocalDate day, LocalDate than) {
		return than == null || day != null && !day.isBefore(than);
	}

	private static BigDecimal decimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		return null;
	}
}
