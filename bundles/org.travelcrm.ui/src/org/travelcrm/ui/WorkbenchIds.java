package org.travelcrm.ui;

/**
 * Identifiers of the workbench parts that other bundles open, extend or test.
 */
public final class WorkbenchIds {

	public static final String PLUGIN_ID = "org.travelcrm.ui"; //$NON-NLS-1$

	public static final String PERSPECTIVE_CUSTOMERS =
			"org.travelcrm.ui.perspectives.customers"; //$NON-NLS-1$
	public static final String PERSPECTIVE_ANALYSIS =
			"org.travelcrm.ui.perspectives.analysis"; //$NON-NLS-1$
	public static final String PERSPECTIVE_CAMPAIGNS =
			"org.travelcrm.ui.perspectives.campaigns"; //$NON-NLS-1$
	public static final String PERSPECTIVE_PROCESS =
			"org.travelcrm.ui.perspectives.process"; //$NON-NLS-1$

	public static final String VIEW_AGENCY_EXPLORER =
			"org.travelcrm.customers.ui.views.explorer"; //$NON-NLS-1$
	public static final String VIEW_DATA_QUALITY =
			"org.travelcrm.customers.ui.views.dataQuality"; //$NON-NLS-1$
	public static final String VIEW_ANALYSES =
			"org.travelcrm.analysis.ui.views.analyses"; //$NON-NLS-1$
	public static final String VIEW_PYRAMID =
			"org.travelcrm.analysis.ui.views.pyramid"; //$NON-NLS-1$
	public static final String VIEW_CHURN =
			"org.travelcrm.analysis.ui.views.churn"; //$NON-NLS-1$
	public static final String VIEW_CONTRIBUTION =
			"org.travelcrm.analysis.ui.views.contribution"; //$NON-NLS-1$
	public static final String VIEW_RFM =
			"org.travelcrm.analysis.ui.views.rfm"; //$NON-NLS-1$
	public static final String VIEW_FREQUENCY =
			"org.travelcrm.analysis.ui.views.frequency"; //$NON-NLS-1$
	public static final String VIEW_LOYALTY =
			"org.travelcrm.analysis.ui.views.loyalty"; //$NON-NLS-1$
	public static final String VIEW_COMPOSITION =
			"org.travelcrm.analysis.ui.views.composition"; //$NON-NLS-1$
	public static final String VIEW_SATISFACTION =
			"org.travelcrm.analysis.ui.views.satisfaction"; //$NON-NLS-1$
	public static final String VIEW_TARGETS =
			"org.travelcrm.analysis.ui.views.targets"; //$NON-NLS-1$
	public static final String VIEW_ANALYSIS_PARAMETERS =
			"org.travelcrm.analysis.ui.views.parameters"; //$NON-NLS-1$
	public static final String VIEW_CAMPAIGNS =
			"org.travelcrm.campaigns.ui.views.campaigns"; //$NON-NLS-1$
	public static final String VIEW_GOALS =
			"org.travelcrm.campaigns.ui.views.goals"; //$NON-NLS-1$
	public static final String VIEW_PROCESS =
			"org.travelcrm.process.ui.views.process"; //$NON-NLS-1$
	public static final String VIEW_PROPERTIES =
			"org.eclipse.ui.views.PropertySheet"; //$NON-NLS-1$

	public static final String EDITOR_CUSTOMER_LIST =
			"org.travelcrm.customers.ui.editors.customerList"; //$NON-NLS-1$
	public static final String EDITOR_CUSTOMER_FORM =
			"org.travelcrm.customers.ui.editors.customerForm"; //$NON-NLS-1$

	public static final String COMMAND_NEW_AGENCY =
			"org.travelcrm.ui.commands.newAgency"; //$NON-NLS-1$
	public static final String COMMAND_OPEN_AGENCY =
			"org.travelcrm.ui.commands.openAgency"; //$NON-NLS-1$
	public static final String COMMAND_OPEN_DEMO_AGENCY =
			"org.travelcrm.ui.commands.openDemoAgency"; //$NON-NLS-1$

	private WorkbenchIds() {
	}
}
