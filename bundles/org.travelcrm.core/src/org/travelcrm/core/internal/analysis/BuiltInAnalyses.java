package org.travelcrm.core.internal.analysis;

import java.util.List;
import java.util.function.Supplier;

import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisCatalog;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisParameter;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.ParameterType;

/**
 * The built-in analyses with the same ids, names and parameters as their contributions in
 * the core's {@code plugin.xml}, created directly: for programs that run without the extension
 * registry.
 */
@SuppressWarnings("nls")
public final class BuiltInAnalyses {

	/** The symbolic name of the bundle that contributes the built-in analyses. */
	public static final String CONTRIBUTOR = "org.travelcrm.core"; //$NON-NLS-1$

	private static final AnalysisParameter LOOKBACK = integer(ParameterNames.LOOKBACK_DAYS,
			ParameterNames.LOOKBACK_DAYS_DEFAULT, Messages.Parameter_lookbackDays);
	private static final AnalysisParameter ALL_HISTORY = integer(ParameterNames.LOOKBACK_DAYS,
			"0", Messages.Parameter_lookbackDaysAllHistory); //$NON-NLS-1$
	private static final AnalysisParameter THRESHOLD = integer(ParameterNames.MULTIPLE_THRESHOLD,
			ParameterNames.MULTIPLE_THRESHOLD_DEFAULT, Messages.Parameter_multipleThreshold);
	private static final AnalysisParameter ACTIVITY = integer(
			ParameterNames.ACTIVITY_WINDOW_DAYS, ParameterNames.ACTIVITY_WINDOW_DAYS_DEFAULT,
			Messages.Parameter_activityWindowDays);
	private static final AnalysisParameter NEW_WINDOW = integer(ParameterNames.NEW_WINDOW_DAYS,
			ParameterNames.NEW_WINDOW_DAYS_DEFAULT, Messages.Parameter_newWindowDays);
	private static final AnalysisParameter POLICY = new AnalysisParameter(
			ParameterNames.TIER_POLICY, ParameterType.CHOICE, ParameterNames.TIER_POLICY_DEFAULT,
			List.of("PYRAMID", "ABC"), Messages.Parameter_tierPolicy); //$NON-NLS-1$ //$NON-NLS-2$
	private static final AnalysisParameter TIER_SHARES = new AnalysisParameter(
			ParameterNames.TIER_SHARES, ParameterType.DECIMAL_LIST,
			ParameterNames.TIER_SHARES_DEFAULT, List.of(), Messages.Parameter_tierShares);
	private static final AnalysisParameter ABC_SHARES = new AnalysisParameter(
			ParameterNames.ABC_SHARES, ParameterType.DECIMAL_LIST,
			ParameterNames.ABC_SHARES_DEFAULT, List.of(), Messages.Parameter_abcShares);
	private static final AnalysisParameter PERIOD = new AnalysisParameter(ParameterNames.PERIOD,
			ParameterType.CHOICE, ParameterNames.PERIOD_DEFAULT,
			List.of("MONTH", "QUARTER", "YEAR"), Messages.Parameter_period);
	private static final AnalysisParameter PURPOSES = new AnalysisParameter(
			ParameterNames.PURPOSES, ParameterType.TEXT, "", List.of(), //$NON-NLS-1$
			Messages.Parameter_purposes);

	/** The built-in analyses in the order the analysis views list them. */
	public static final AnalysisCatalog CATALOG = new Catalog(List.of(
			descriptor(CompositionAnalysis.ID, Messages.Analysis_composition_name,
					Messages.Category_customers, Messages.Analysis_composition_description,
					List.of(), CompositionAnalysis::new),
			descriptor(FrequencyAnalysis.ID, Messages.Analysis_frequency_name,
					Messages.Category_behaviour, Messages.Analysis_frequency_description,
					List.of(ALL_HISTORY, THRESHOLD), FrequencyAnalysis::new),
			descriptor(LoyaltyAnalysis.ID, Messages.Analysis_loyalty_name,
					Messages.Category_behaviour, Messages.Analysis_loyalty_description,
					List.of(ACTIVITY, NEW_WINDOW), LoyaltyAnalysis::new),
			descriptor(ValueTierAnalysis.ID, Messages.Analysis_valueTier_name,
					Messages.Category_value, Messages.Analysis_valueTier_description,
					List.of(LOOKBACK, POLICY, TIER_SHARES, ABC_SHARES), ValueTierAnalysis::new),
			descriptor(RfmAnalysis.ID, Messages.Analysis_rfm_name, Messages.Category_value,
					Messages.Analysis_rfm_description, List.of(LOOKBACK), RfmAnalysis::new),
			descriptor(ChurnAnalysis.ID, Messages.Analysis_churn_name,
					Messages.Category_relationship, Messages.Analysis_churn_description,
					List.of(ACTIVITY, PERIOD), ChurnAnalysis::new),
			descriptor(SatisfactionAnalysis.ID, Messages.Analysis_satisfaction_name,
					Messages.Category_relationship, Messages.Analysis_satisfaction_description,
					List.of(ACTIVITY, NEW_WINDOW, LOOKBACK, POLICY, TIER_SHARES, ABC_SHARES,
							PERIOD),
					SatisfactionAnalysis::new),
			descriptor(ContributionAnalysis.ID, Messages.Analysis_contribution_name,
					Messages.Category_value, Messages.Analysis_contribution_description,
					List.of(LOOKBACK, POLICY, TIER_SHARES, ABC_SHARES), ContributionAnalysis::new),
			descriptor(HighValueTargetsAnalysis.ID, Messages.Analysis_highValueTargets_name,
					Messages.Category_value, Messages.Analysis_highValueTargets_description,
					List.of(LOOKBACK, POLICY, TIER_SHARES, ABC_SHARES, PURPOSES),
					HighValueTargetsAnalysis::new)));

	private BuiltInAnalyses() {
	}

	private static AnalysisParameter integer(String name, String defaultValue,
			String description) {
		return new AnalysisParameter(name, ParameterType.INTEGER, defaultValue, List.of(),
				description);
	}

	private static AnalysisDescriptor descriptor(String id, String name, String category,
			String description, List<AnalysisParameter> parameters, Supplier<Analysis> factory) {
		return new AnalysisDescriptor(id, name, category, description, parameters, CONTRIBUTOR,
				factory::get);
	}

	private record Catalog(List<AnalysisDescriptor> analyses) implements AnalysisCatalog {
	}
}
