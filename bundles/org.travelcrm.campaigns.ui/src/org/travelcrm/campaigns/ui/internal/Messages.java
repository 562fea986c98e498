package org.travelcrm.campaigns.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the campaign views, editor and actions; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.campaigns.ui.internal.messages"; //$NON-NLS-1$

	public static String Actions_title;
	public static String Actions_noAgency;
	public static String Actions_nothingToEvaluate;
	public static String CampaignEditor_amount;
	public static String CampaignEditor_booked;
	public static String CampaignEditor_customer;
	public static String CampaignEditor_figures;
	public static String CampaignEditor_noCost;
	public static String CampaignEditor_notPlanned;
	public static String CampaignEditor_wrongInput;
	public static String CampaignsView_evaluate;
	public static String CampaignsView_evaluated;
	public static String CampaignsView_members;
	public static String CampaignsView_name;
	public static String CampaignsView_new;
	public static String CampaignsView_status;
	public static String Direction_atLeast;
	public static String Direction_atMost;
	public static String Format_unknown;
	public static String GoalsView_accept;
	public static String GoalsView_current;
	public static String GoalsView_deadline;
	public static String GoalsView_goal;
	public static String GoalsView_measuring;
	public static String GoalsView_metric;
	public static String GoalsView_newGoal;
	public static String GoalsView_no;
	public static String GoalsView_proposed;
	public static String GoalsView_qualifier;
	public static String GoalsView_rationale;
	public static String GoalsView_reached;
	public static String GoalsView_target;
	public static String GoalsView_yes;
	public static String Metric_activeCustomers;
	public static String Metric_campaignConversion;
	public static String Metric_churnRate;
	public static String Metric_complaintRate;
	public static String Metric_customersInTier;
	public static String Metric_repeatPurchaseRate;
	public static String Metric_revenue;
	public static String Metric_satisfaction;
	public static String Status_completed;
	public static String Status_draft;
	public static String Status_running;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
