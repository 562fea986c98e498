package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.LoyaltyClass;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;

/** Loyalty classes ({@link Loyalty}): how many buyers are new, loyal, wavering and lapsed. */
public final class LoyaltyAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.loyalty"; //$NON-NLS-1$

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		Loyalty loyalty = Loyalty.of(request.context(), request.parameters(), monitor);
		int n = purchases.customerCount();
		LoyaltyClass[] classes = LoyaltyClass.values();
		long[] customers = new long[classes.length];
		long buyers = 0;
		Object[] classNames = new Object[n];
		Object[] inWindow = new Object[n];
		Object[] first = new Object[n];
		Object[] last = new Object[n];
		for (int c = 0; c < n; c++) {
			LoyaltyClass loyaltyClass = loyalty.classes[c];
			if (loyaltyClass != null) {
				customers[loyaltyClass.ordinal()]++;
				buyers++;
				classNames[c] = loyaltyClass.name();
				inWindow[c] = Long.valueOf(loyalty.purchasesInWindow[c]);
				first[c] = firstPurchase(purchases, c);
				last[c] = lastPurchase(purchases, c);
			}
		}
		ResultTable.Builder table = table("classes", Messages.Table_loyaltyClasses, //$NON-NLS-1$
				Columns.LOYALTY_CLASS, Columns.CUSTOMERS, Columns.CUSTOMER_SHARE);
		for (LoyaltyClass each : classes) {
			BigDecimal share = Ratios.divide(customers[each.ordinal()], buyers);
			table.row(each.name(), customers[each.ordinal()], share);
		}
		ResultTable built = table.build();
		return request.newResult().table(built)
				.series(series("customersByClass", Messages.Series_customersByClass, //$NON-NLS-1$
						ChartKind.PIE, built, Columns.LOYALTY_CLASS.name(),
						Columns.CUSTOMERS.name()))
				.customers(customers(purchases,
						new Column[] { Columns.LOYALTY_CLASS, Columns.PURCHASES_IN_WINDOW,
								Columns.FIRST_PURCHASE, Columns.LAST_PURCHASE },
						new Object[][] { classNames, inWindow, first, last }))
				.build();
	}
}
