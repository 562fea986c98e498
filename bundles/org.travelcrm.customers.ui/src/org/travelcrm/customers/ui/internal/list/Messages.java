package org.travelcrm.customers.ui.internal.list;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the customer list; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.list.messages"; //$NON-NLS-1$

	public static String CustomerList_wrongInput;
	public static String CustomerList_title;
	public static String CustomerList_filterHint;
	public static String CustomerList_count;
	public static String CustomerList_countFiltered;
	public static String CustomerList_open;
	public static String CustomerList_newIndividual;
	public static String CustomerList_newOrganization;
	public static String CustomerList_copyCsv;
	public static String CustomerList_delete;
	public static String CustomerList_selectAll;
	public static String CustomerList_preparing;
	public static String CustomerList_resetColumns;
	public static String ColumnLayout_notSaved;

	public static String Column_externalId;
	public static String Column_name;
	public static String Column_kind;
	public static String Column_phone;
	public static String Column_email;
	public static String Column_city;
	public static String Column_country;
	public static String Column_channel;
	public static String Column_created;
	public static String Column_purchases;
	public static String Column_lastPurchase;
	public static String Column_contribution;
	public static String Columns_badContribution;
	public static String AnalysisColumn_badData;
	public static String AnalysisColumn_failed;

	public static String ClassFilter_clear;
	public static String ClassFilter_clearTip;
	public static String ClassFilter_all;
	public static String ClassFilter_chosen;
	public static String ClassFilter_many;
	public static String ClassFilter_showAll;
	public static String ClassFilter_choice;
	public static String ClassFilter_none;
	public static String ClassFilter_computing;

	public static String Kind_individual;
	public static String Kind_organization;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
