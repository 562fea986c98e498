package org.travelcrm.core.internal.analysis;

import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ColumnType;

/** The columns of the built-in analyses: one stable name and one label each. */
@SuppressWarnings("nls")
final class Columns {

	static final Column CUSTOMER = text("customer", Messages.Column_customer); //$NON-NLS-1$
	static final Column NAME = text("name", Messages.Column_name); //$NON-NLS-1$
	static final Column KIND = text("kind", Messages.Column_kind); //$NON-NLS-1$
	static final Column PURPOSE = text("purpose", Messages.Column_purpose); //$NON-NLS-1$
	static final Column GROUP = text("group", Messages.Column_group); //$NON-NLS-1$
	static final Column CUSTOMERS = integer("customers", Messages.Column_customers); //$NON-NLS-1$
	static final Column BUYERS = integer("buyers", Messages.Column_buyers); //$NON-NLS-1$
	static final Column PURCHASES = integer("purchases", Messages.Column_purchases); //$NON-NLS-1$
	static final Column REVENUE = decimal("revenue", Messages.Column_revenue); //$NON-NLS-1$
	static final Column REVENUE_SHARE = decimal("revenueShare", //$NON-NLS-1$
			Messages.Column_revenueShare);
	static final Column CUSTOMER_SHARE = decimal("customerShare", //$NON-NLS-1$
			Messages.Column_customerShare);
	static final Column MARGIN = decimal("margin", Messages.Column_margin); //$NON-NLS-1$
	static final Column MARGIN_SHARE = decimal("marginShare", Messages.Column_marginShare);
	static final Column TIER = text("tier", Messages.Column_tier); //$NON-NLS-1$
	static final Column CONTRIBUTION = decimal("contribution", Messages.Column_contribution);
	static final Column RANK = integer("rank", Messages.Column_rank); //$NON-NLS-1$
	static final Column LOWEST = decimal("lowestContribution", //$NON-NLS-1$
			Messages.Column_lowestContribution);
	static final Column FREQUENCY_CLASS = text("frequencyClass", Messages.Column_frequencyClass);
	static final Column LOYALTY_CLASS = text("loyaltyClass", Messages.Column_loyaltyClass);
	static final Column PURCHASES_IN_WINDOW = integer("purchasesInWindow", //$NON-NLS-1$
			Messages.Column_purchasesInWindow);
	static final Column FIRST_PURCHASE = date("firstPurchase", Messages.Column_firstPurchase);
	static final Column LAST_PURCHASE = date("lastPurchase", Messages.Column_lastPurchase);
	static final Column RECENCY = integer("recency", Messages.Column_recency); //$NON-NLS-1$
	static final Column FREQUENCY = integer("frequency", Messages.Column_frequency); //$NON-NLS-1$
	static final Column MONETARY = decimal("monetary", Messages.Column_monetary); //$NON-NLS-1$
	static final Column R = integer("r", Messages.Column_r); //$NON-NLS-1$
	static final Column F = integer("f", Messages.Column_f); //$NON-NLS-1$
	static final Column M = integer("m", Messages.Column_m); //$NON-NLS-1$
	static final Column RFM_SCORE = text("rfmScore", Messages.Column_rfmScore); //$NON-NLS-1$
	static final Column RFM_SEGMENT = text("rfmSegment", Messages.Column_rfmSegment); //$NON-NLS-1$
	static final Column SCORE = integer("score", Messages.Column_score); //$NON-NLS-1$
	static final Column SURVEYS = integer("surveys", Messages.Column_surveys); //$NON-NLS-1$
	static final Column ANSWERED = integer("answered", Messages.Column_answered); //$NON-NLS-1$
	static final Column SATISFACTION = decimal("satisfaction", Messages.Column_satisfaction);
	static final Column TOP_TWO = decimal("topTwoMinusBottomTwo", Messages.Column_topTwo);
	static final Column NPS = decimal("nps", Messages.Column_nps); //$NON-NLS-1$
	static final Column COMPLAINTS = integer("complaints", Messages.Column_complaints); //$NON-NLS-1$
	static final Column COMPLAINT_RATE = decimal("complaintRate", Messages.Column_complaintRate);
	static final Column SCALE = text("scale", Messages.Column_scale); //$NON-NLS-1$
	static final Column PERIOD = text("period", Messages.Column_period); //$NON-NLS-1$
	static final Column START = date("start", Messages.Column_start); //$NON-NLS-1$
	static final Column END = date("end", Messages.Column_end); //$NON-NLS-1$
	static final Column BASE = integer("base", Messages.Column_base); //$NON-NLS-1$
	static final Column CHURNED = integer("churned", Messages.Column_churned); //$NON-NLS-1$
	static final Column CHURN_RATE = decimal("churnRate", Messages.Column_churnRate); //$NON-NLS-1$
	static final Column RETAINED = integer("retained", Messages.Column_retained); //$NON-NLS-1$
	static final Column NEW = integer("new", Messages.Column_new); //$NON-NLS-1$
	static final Column REACTIVATED = integer("reactivated", Messages.Column_reactivated);
	static final Column ACTIVE_AT_END = integer("activeAtEnd", Messages.Column_activeAtEnd);
	static final Column GINI = decimal("gini", Messages.Column_gini); //$NON-NLS-1$
	static final Column TOP_SHARE = decimal("top20RevenueShare", Messages.Column_topShare);
	static final Column TARGET_RANK = integer("targetRank", Messages.Column_targetRank); //$NON-NLS-1$
	static final Column BOOKINGS = integer("bookings", Messages.Column_bookings); //$NON-NLS-1$
	static final Column CANCELLED = integer("cancelled", Messages.Column_cancelled); //$NON-NLS-1$
	static final Column CANCELLATION_RATE = decimal("cancellationRate", //$NON-NLS-1$
			Messages.Column_cancellationRate);
	static final Column MONTH = integer("month", Messages.Column_month); //$NON-NLS-1$
	static final Column BUYER_UNIT = text("buyerUnit", Messages.Column_buyerUnit); //$NON-NLS-1$

	private Columns() {
	}

	static Column text(String name, String label) {
		return new Column(name, label, ColumnType.TEXT);
	}

	static Column integer(String name, String label) {
		return new Column(name, label, ColumnType.INTEGER);
	}

	static Column decimal(String name, String label) {
		return new Column(name, label, ColumnType.DECIMAL);
	}

	static Column date(String name, String label) {
		return new Column(name, label, ColumnType.DATE);
	}
}
