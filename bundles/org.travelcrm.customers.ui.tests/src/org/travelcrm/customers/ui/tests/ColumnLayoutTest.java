package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.customers.ui.internal.list.ColumnLayout;
import org.travelcrm.customers.ui.internal.list.ColumnLayout.Arrangement;
import org.travelcrm.customers.ui.internal.list.CustomerColumns;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The columns of the customer list open as the user left them (order, hidden ones, widths),
 * kept on disk for the next start, and Reset Columns brings back the first arrangement.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ColumnLayoutTest {

	private static final String EMAIL = "email";
	private static final String CITY = "city";
	private static final String COUNTRY = "country";

	@AfterEach
	void forgetTheArrangement() {
		Workbench.closeAll();
		ColumnLayout.ofPlugin().clear();
	}

	@Test
	void anArrangementMadeInOneListRestoresInTheNextAndOnDisk() throws IOException {
		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());
		List<String> first = list.columnOrder();
		assertFalse(list.isColumnVisible(COUNTRY), "The country is hidden at first.");

		list.moveColumn(CustomerColumns.NAME, 0);
		list.setColumnVisible(EMAIL, false);
		list.setColumnVisible(COUNTRY, true);
		list.resizeColumn(CITY, 151);
		List<String> arranged = list.columnOrder();
		assertEquals(List.of(CustomerColumns.NAME, CustomerColumns.EXTERNAL_ID),
				arranged.subList(0, 2), "The name should have moved before the id.");
		Workbench.closeAll();

		CustomerListEditor again = Workbench.customerList(Workbench.openDemo());
		assertEquals(arranged, again.columnOrder(), "The next list should keep the order.");
		assertFalse(again.isColumnVisible(EMAIL), "The e-mail should stay hidden.");
		assertTrue(again.isColumnVisible(COUNTRY), "The country should stay shown.");
		assertEquals(151, again.columnWidth(CITY), "The city should keep its width.");
		String saved = Files.readString(preferencesFile());
		assertTrue(saved.contains("customerList.columnOrder=name,externalId,")
				&& saved.contains("151"), "The arrangement should be on disk for the next "
						+ "start, the file says:\n" + saved);

		again.resetColumns();
		assertEquals(first, again.columnOrder(), "Reset should bring back the first order.");
		assertTrue(again.isColumnVisible(EMAIL) && !again.isColumnVisible(COUNTRY),
				"Reset should show and hide the columns as at first.");
		assertNull(ColumnLayout.ofPlugin().load(), "Reset should forget the arrangement.");
	}

	@Test
	void columnsTheSavedArrangementDoesNotKnowComeLast() {
		ColumnLayout.ofPlugin().save(new Arrangement(List.of("gone", EMAIL, CustomerColumns.NAME),
				Set.of(CustomerColumns.NAME), Map.of(EMAIL, 33, "gone", 12)));

		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());

		List<String> order = list.columnOrder();
		assertEquals(List.of(EMAIL, CustomerColumns.NAME, CustomerColumns.EXTERNAL_ID),
				order.subList(0, 3), "Saved columns first, in their order, then the others in "
						+ "their own order; a column no longer there is skipped: " + order);
		assertFalse(list.isColumnVisible(CustomerColumns.NAME), "The name was saved hidden.");
		assertTrue(list.isColumnVisible(CustomerColumns.EXTERNAL_ID),
				"A column the arrangement does not know should be shown.");
		assertFalse(list.isColumnVisible(COUNTRY),
				"A column the arrangement does not know is hidden as at first.");
		assertEquals(33, list.columnWidth(EMAIL), "The e-mail should have its saved width.");
	}

	private static Path preferencesFile() {
		Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
		return workspace.resolve(Path.of(".metadata", ".plugins", "org.eclipse.core.runtime",
				".settings", "org.travelcrm.customers.ui.prefs"));
	}
}
