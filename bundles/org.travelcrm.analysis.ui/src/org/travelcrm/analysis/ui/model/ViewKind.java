package org.travelcrm.analysis.ui.model;

/**
 * The analysis views of the workbench: which built-in analysis each one runs and which of its
 * tables it shows first. {@link #GENERIC} runs any installed analysis, a contributed one too.
 */
public enum ViewKind {

	PYRAMID("pyramid", "valueTier", "tiers"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	FREQUENCY("frequency", "frequency", "classes"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	LOYALTY("loyalty", "loyalty", "classes"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	COMPOSITION("composition", "composition", "byPurpose"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	CHURN("churn", "churn", "periods"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	SATISFACTION("satisfaction", "satisfaction", "trend"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	CONTRIBUTION("contribution", "contribution", "byTier"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	RFM("rfm", "rfm", "segments"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	TARGETS("targets", "highValueTargets", "targets"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	GENERIC("analyses", null, null); //$NON-NLS-1$

	private static final String VIEW_PREFIX = "org.travelcrm.analysis.ui.views."; //$NON-NLS-1$
	private static final String ANALYSIS_PREFIX = "org.travelcrm.core.analysis."; //$NON-NLS-1$

	private final String key;
	private final String analysis;
	private final String firstTable;

	ViewKind(String key, String analysis, String firstTable) {
		this.key = key;
		this.analysis = analysis;
		this.firstTable = firstTable;
	}

	/** The short name used in the view's extension ({@code class="…AnalysisView:key"}). */
	public String key() {
		return key;
	}

	/** The id of the workbench view. */
	public String viewId() {
		return VIEW_PREFIX + key;
	}

	/** The id of the analysis the view runs, or {@code null} for the generic view. */
	public String analysisId() {
		return analysis == null ? null : ANALYSIS_PREFIX + analysis;
	}

	/** The table shown when the view opens, or {@code null} for the first one. */
	public String firstTable() {
		return firstTable;
	}

	/** The kind with this key; the generic view for an unknown key. */
	public static ViewKind ofKey(String key) {
		for (ViewKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		return GENERIC;
	}
}
