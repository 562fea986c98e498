package org.travelcrm.campaigns.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

/** Messages of the campaign and evaluation wizards; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.campaigns.ui.internal.wizard.messages"; //$NON-NLS-1$

	public static String EvaluationWizard_cannotAdd;
	public static String EvaluationWizard_title;
	public static String FindingsPage_add;
	public static String FindingsPage_deadline;
	public static String FindingsPage_description;
	public static String FindingsPage_findings;
	public static String FindingsPage_goal;
	public static String FindingsPage_lessons;
	public static String FindingsPage_noGoal;
	public static String FindingsPage_proposeChange;
	public static String FindingsPage_rationale;
	public static String FindingsPage_target;
	public static String FindingsPage_title;
	public static String KpiPage_add;
	public static String KpiPage_badTarget;
	public static String KpiPage_description;
	public static String KpiPage_direction;
	public static String KpiPage_metric;
	public static String KpiPage_remove;
	public static String KpiPage_target;
	public static String KpiPage_targetHint;
	public static String KpiPage_title;
	public static String MixPage_badDiscount;
	public static String MixPage_badPrice;
	public static String MixPage_channels;
	public static String MixPage_description;
	public static String MixPage_discount;
	public static String MixPage_discountHint;
	public static String MixPage_message;
	public static String MixPage_offer;
	public static String MixPage_price;
	public static String MixPage_products;
	public static String MixPage_title;
	public static String NewCampaignWizard_cannotAdd;
	public static String NewCampaignWizard_freezing;
	public static String NewCampaignWizard_title;
	public static String ResultsPage_control;
	public static String ResultsPage_conversion;
	public static String ResultsPage_cost;
	public static String ResultsPage_description;
	public static String ResultsPage_lift;
	public static String ResultsPage_margin;
	public static String ResultsPage_measured;
	public static String ResultsPage_met;
	public static String ResultsPage_no;
	public static String ResultsPage_noControl;
	public static String ResultsPage_noCost;
	public static String ResultsPage_revenue;
	public static String ResultsPage_roi;
	public static String ResultsPage_target;
	public static String ResultsPage_title;
	public static String ResultsPage_yes;
	public static String ReviewPage_channels;
	public static String ReviewPage_description;
	public static String ReviewPage_finish;
	public static String ReviewPage_offer;
	public static String ReviewPage_segment;
	public static String ReviewPage_title;
	public static String SchedulePage_attribution;
	public static String SchedulePage_badBudget;
	public static String SchedulePage_badDate;
	public static String SchedulePage_badSeed;
	public static String SchedulePage_budget;
	public static String SchedulePage_controlShare;
	public static String SchedulePage_defaultName;
	public static String SchedulePage_description;
	public static String SchedulePage_end;
	public static String SchedulePage_endBeforeStart;
	public static String SchedulePage_launch;
	public static String SchedulePage_name;
	public static String SchedulePage_noName;
	public static String SchedulePage_seed;
	public static String SchedulePage_start;
	public static String SchedulePage_title;
	public static String SegmentPage_chooseSegment;
	public static String SegmentPage_defaultName;
	public static String SegmentPage_define;
	public static String SegmentPage_description;
	public static String SegmentPage_existing;
	public static String SegmentPage_guidance;
	public static String SegmentPage_loyalty;
	public static String SegmentPage_memberCount;
	public static String SegmentPage_nameHint;
	public static String SegmentPage_noMembers;
	public static String SegmentPage_tierLine;
	public static String SegmentPage_tiers;
	public static String SegmentPage_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
