package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.customers.ui.internal.form.ClassificationPage;
import org.travelcrm.customers.ui.internal.form.CustomerFormEditor;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The customer form explains the customer's classes with the numbers behind them: the tier it
 * shows is the one the value tier analysis gives, with the contribution it was ranked by.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ClassificationPageTest {

	@AfterEach
	void closeAll() {
		Workbench.closeAll();
	}

	@Test
	void theFormExplainsTheTierWithItsContribution() throws Exception {
		OpenAgency agency = Workbench.openDemo();
		Customer buyer = agency.getAgency().getBookings().get(0).getCustomer();
		var tiers = Analyses.builtIn().find("org.travelcrm.core.analysis.valueTier")
				.run(AnalysisContext.of(agency.getAgency()), Map.of(), null).customers();
		String tier = tiers.text(buyer.getExternalId(), "tier");
		String contribution = tiers.decimal(buyer.getExternalId(), "contribution").toPlainString();

		IEditorPart part = OpenAgencies.getDefault().openEditor(agency, buyer,
				WorkbenchIds.EDITOR_CUSTOMER_FORM);
		ClassificationPage page = ((CustomerFormEditor) part).getClassification();
		page.join();
		Workbench.waitFor("the classes to be explained",
				() -> page.shownText().contains(contribution));

		assertTrue(page.shownText().contains(tier),
				"The page should name the tier " + tier + ": " + page.shownText());
		assertTrue(page.shownText().contains("LOYAL needs 2 or more purchases"),
				"The loyalty rule should be stated: " + page.shownText());
	}
}
