package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.customers.ui.internal.list.CustomerColumn;
import org.travelcrm.customers.ui.internal.list.CustomerColumns;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.customers.ui.internal.list.CustomerTableModel;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The customer list filters by the computed classes (kind, tier, loyalty, frequency, RFM
 * segment) in its model, combined with the typed text, and says in its filter bar and count
 * what is shown of how many.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CustomerFilterTest {

	private static final String TIER = "org.travelcrm.customers.ui.columns.tier";
	private static final String LOYALTY = "org.travelcrm.customers.ui.columns.loyalty";

	@AfterEach
	void closeAgencies() {
		Workbench.closeAll();
	}

	@Test
	void restrictionsOfColumnsAndTheTextAllApply() {
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Customer customer = i % 2 == 0 ? CrmFactory.eINSTANCE.createOrganization()
					: CrmFactory.eINSTANCE.createIndividualTourist();
			customer.setExternalId("C" + i);
			customer.setName(i < 3 ? "Lin " + i : "Wu " + i);
			customer.setCity(i == 4 ? null : "Xiamen");
			customers.add(customer);
		}
		CustomerColumns columns = new CustomerColumns(false);
		CustomerColumn kind = columns.byId(CustomerColumns.KIND);
		CustomerColumn city = columns.byId("city");
		CustomerTableModel model = new CustomerTableModel();
		model.setCustomers(customers);
		String organisation = kind.text(customers.get(0));

		model.restrict(kind, Set.of(organisation));
		assertEquals(List.of("C0", "C2", "C4"), ids(model),
				"Only organisations should be shown.");
		assertTrue(model.isFiltered(), "A restriction should count as a filter.");

		model.setFilter("wu", columns.searched());
		assertEquals(List.of("C4"), ids(model),
				"The text and the class should both apply.");

		model.restrict(city, Set.of(""));
		assertEquals(List.of("C4"), ids(model), "The empty text should stand for no city.");
		model.restrict(city, Set.of("Xiamen"));
		assertEquals(List.of(), ids(model), "No organisation named Wu is in Xiamen.");

		assertEquals(Map.of(organisation, 3L, kind.text(customers.get(1)), 3L),
				model.countTexts(kind), "Counts should be over all customers, shown or not.");

		model.clearFilters();
		assertEquals(6, model.size(), "Clearing the filters should show everyone again.");
		assertFalse(model.isFiltered(), "Nothing should be filtered after clearing.");
	}

	@Test
	void theListCanBeRestrictedToTiersAndSaysHowManyItShows() {
		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());
		Workbench.waitFor("the classes to be computed", () -> !list.isPreparingColumns()
				&& list.filterChoices(TIER).containsKey("KEY"));
		int total = list.getModel().total();
		assertEquals(total + " customers", list.countText().replace(",", ""),
				"Unfiltered, the count should name all customers.");
		assertTrue(list.filterText(TIER).endsWith(": all"),
				"The tier drop-down should say that it keeps all, says " + list.filterText(TIER));

		Map<String, Long> choices = list.filterChoices(TIER);
		assertEquals(total, choices.values().stream().mapToLong(Long::longValue).sum(),
				"The tiers offered should cover every customer once.");
		List<String> tiers = new ArrayList<>(choices.keySet());
		assertTrue(tiers.indexOf("KEY") < tiers.indexOf("MAJOR")
				&& tiers.indexOf("MAJOR") < tiers.indexOf("ORDINARY")
				&& tiers.indexOf("") == tiers.size() - 1,
				"Tiers should be offered from the top of the pyramid down, none last: " + tiers);

		list.restrict(TIER, Set.of("KEY", "MAJOR"));

		int shown = list.getRowCount();
		assertEquals(choices.get("KEY") + choices.get("MAJOR"), shown,
				"Key and major customers should be shown, and only they.");
		for (int row = 0; row < shown; row++) {
			assertTrue(Set.of("KEY", "MAJOR").contains(list.cellText(row, TIER)),
					"Row " + row + " should be a key or major customer.");
		}
		assertEquals("Filtered: " + shown + " of " + total + " customers shown",
				list.countText().replace(",", ""), "The count should say that a filter is on.");
		assertTrue(list.filterText(TIER).endsWith(": KEY, MAJOR"),
				"The tier drop-down should name what it keeps, says " + list.filterText(TIER));

		list.restrict(LOYALTY, Set.of("LOYAL"));
		for (int row = 0; row < list.getRowCount(); row++) {
			assertEquals("LOYAL", list.cellText(row, LOYALTY),
					"Both restrictions should apply to row " + row + ".");
		}
		assertTrue(list.getRowCount() <= shown, "A second restriction can only keep fewer.");

		list.clearFilters();
		assertEquals(total, list.getRowCount(), "Clear Filters should show everyone again.");
		assertTrue(list.filterText(TIER).endsWith(": all"),
				"After clearing, the tier drop-down should keep all again.");
	}

	private static List<String> ids(CustomerTableModel model) {
		List<String> ids = new ArrayList<>();
		for (int row = 0; row < model.size(); row++) {
			ids.add(model.get(row).getExternalId());
		}
		return ids;
	}
}
