package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.customers.ui.internal.form.CustomerFormEditor;
import org.travelcrm.customers.ui.internal.list.CustomerColumns;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.customers.ui.internal.list.CustomerTableModel;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Segment;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The customer list on the demo agency sorts Chinese names in pinyin order, filters as you
 * type, edits in place through undoable commands, and keeps exactly what was saved: a saved edit
 * is there after reopening, an edit closed without saving is gone everywhere.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CustomerListTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeAgencies() {
		Workbench.closeAll();
	}

	@Test
	void namesSortInPinyinOrderWhateverTheSystemLocale() {
		Locale.setDefault(Locale.US);
		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());

		list.sortBy(CustomerColumns.NAME, true);
		Workbench.processEvents();

		CustomerTableModel rows = list.getModel();
		List<String> han = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			String name = rows.get(row).getName();
			if (name != null && Character.UnicodeScript.of(name.codePointAt(0))
					== Character.UnicodeScript.HAN) {
				han.add(name);
			}
		}
		assertTrue(han.size() > 50, "The demo agency should have many Chinese names, has "
				+ han.size() + ".");
		Collator pinyin = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
		for (int i = 1; i < han.size(); i++) {
			assertTrue(pinyin.compare(han.get(i - 1), han.get(i)) <= 0, "In pinyin order, "
					+ han.get(i - 1) + " should not come after " + han.get(i) + ".");
		}
		int li = firstStartingWith(han, "\u674e");
		int wang = firstStartingWith(han, "\u738b");
		int zhang = firstStartingWith(han, "\u5f20");
		assertTrue(li >= 0 && wang > li && zhang > wang, "Li should come before Wang and Wang"
				+ " before Zhang (pinyin), not in code point order; positions " + li + ", "
				+ wang + ", " + zhang + ".");
		assertEquals(rows.get(0).getName(), list.cellText(0, CustomerColumns.NAME),
				"The first row of the grid should show the first name of the sorted model.");
		assertTrue(Workbench.colours(list.getTable()) > 3,
				"The grid should paint its headings and rows, not an empty area.");
	}

	@Test
	void filteringShowsOnlyMatchingCustomersAndClearingShowsAll() {
		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());
		int total = list.getModel().total();

		list.setFilter("\u5f20");
		Workbench.processEvents();

		CustomerTableModel rows = list.getModel();
		assertTrue(rows.size() > 0 && rows.size() < total,
				"Filtering by a surname should keep some customers, not all: " + rows.size());
		for (int row = 0; row < rows.size(); row++) {
			Customer customer = rows.get(row);
			assertTrue(String.join(" ", String.valueOf(customer.getName()),
					String.valueOf(customer.getCity()), String.valueOf(customer.getEmail()),
					String.valueOf(customer.getExternalId()), String.valueOf(customer.getPhone()))
					.contains("\u5f20"), "Every customer shown should match the filter.");
		}
		assertEquals(rows.size(), list.getRowCount(),
				"The table should show as many rows as the filter keeps.");

		list.setFilter("");
		assertEquals(total, list.getRowCount(), "An empty filter shows everyone.");
	}

	@Test
	void anEditCanBeUndoneRedoneSavedAndReopened() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		list.sortBy(CustomerColumns.EXTERNAL_ID, true);
		Customer customer = list.getModel().get(0);
		String id = customer.getExternalId();
		String before = customer.getName();

		list.editCell(0, CustomerColumns.NAME, "\u738b\u5c0f\u660e Edited");
		Workbench.processEvents();

		assertEquals("\u738b\u5c0f\u660e Edited", customer.getName(),
				"The cell edit should change the customer's name.");
		assertTrue(list.isDirty(), "An edit should make the list dirty.");
		agency.getCommandStack().undo();
		Workbench.processEvents();
		assertEquals(before, customer.getName(), "Undo should restore the name.");
		assertFalse(list.isDirty(), "Undo back to the save point should make the list clean.");
		agency.getCommandStack().redo();
		Workbench.processEvents();
		assertEquals("\u738b\u5c0f\u660e Edited", customer.getName(),
				"Redo should apply it again.");

		Path file = folder.resolve("edited.crm");
		Workbench.saveTo(agency, file);
		assertFalse(list.isDirty(), "Saving should make the list clean.");
		assertTrue(Files.isRegularFile(file), "The agency file should exist after saving.");
		Workbench.closeAll();

		OpenAgency reopened = Workbench.openFile(file);
		Customer again = AgencyIndex.of(reopened.getAgency()).customer(id);
		assertEquals("\u738b\u5c0f\u660e Edited", again.getName(),
				"The saved name should be there after reopening the file.");
	}

	@Test
	void anEditElsewhereKeepsTheSelectedCustomersSelected() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		list.sortBy(CustomerColumns.EXTERNAL_ID, true);
		list.select(2, 5);
		List<Object> before = selectionOf(list);

		Segment segment = CrmFactory.eINSTANCE.createSegment();
		segment.setName("Autumn");
		agency.getCommandStack().execute(AddCommand.create(agency.getEditingDomain(),
				agency.getAgency(), CrmPackage.Literals.AGENCY__SEGMENTS, segment));
		Workbench.processEvents();

		assertEquals(2, before.size(), "Two customers were selected.");
		assertEquals(before, selectionOf(list),
				"Adding a segment should leave the same customers selected.");
	}

	@Test
	void enterOpensTheSelectedCustomerNotTheNextOne() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		list.sortBy(CustomerColumns.EXTERNAL_ID, true);
		list.select(4);
		Customer selected = list.getModel().get(4);

		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = SWT.CR;
		list.getTable().notifyListeners(SWT.KeyDown, enter);
		Workbench.processEvents();

		IEditorPart opened = Workbench.page().getActiveEditor();
		assertTrue(opened instanceof CustomerFormEditor, "Enter opens a customer form: " + opened);
		assertEquals(selected, ((CustomerFormEditor) opened).getCustomer(),
				"Enter opens the selected customer, not the one below it.");
	}

	private static List<Object> selectionOf(CustomerListEditor list) {
		return ((IStructuredSelection) list.getSite().getSelectionProvider().getSelection())
				.toList();
	}

	@Test
	void closingWithoutSavingDropsTheChangeEverywhere() {
		OpenAgency demo = Workbench.openDemo();
		Path file = folder.resolve("kept.crm");
		Workbench.saveTo(demo, file);
		Workbench.closeAll();
		OpenAgency agency = Workbench.openFile(file);
		CustomerListEditor list = Workbench.customerList(agency);
		Customer customer = list.getModel().get(0);
		String id = customer.getExternalId();
		String before = customer.getName();

		list.editCell(0, CustomerColumns.NAME, "Not Kept");
		Workbench.processEvents();
		assertTrue(list.isDirty(), "The edit should make the list dirty.");
		Workbench.page().closeEditor(list, false);
		Workbench.processEvents();

		assertFalse(OpenAgencies.getDefault().getAll().contains(agency),
				"Closing the last editor without saving should close the agency everywhere.");
		OpenAgency reopened = Workbench.openFile(file);
		assertEquals(before, AgencyIndex.of(reopened.getAgency()).customer(id).getName(),
				"The file should still hold the old name.");
		assertNotEquals("Not Kept", AgencyIndex.of(reopened.getAgency()).customer(id).getName(),
				"The change should not have been written.");
	}

	@Test
	void copyAsCsvWritesTheHeadingAndTheSelectedRows() {
		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());
		list.select(0, 1, 2);

		String csv = list.selectionAsCsv();

		String[] lines = csv.split("\r\n");
		assertEquals(4, lines.length, "A heading and three rows should be copied.");
		assertTrue(lines[1].contains(list.getModel().get(0).getExternalId()),
				"The first copied row should be the first selected customer.");
	}

	@Test
	void textAnAgencyFileCannotHoldIsRefusedInPlace() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		String before = list.getModel().get(0).getName();

		list.editCell(0, CustomerColumns.NAME, "bad\u0001name");
		Workbench.processEvents();

		assertEquals(before, list.getModel().get(0).getName(),
				"A control character should be refused, leaving the name as it was.");
		assertNull(agency.getCommandStack().getUndoCommand(), "Nothing should have been done.");
	}

	@Test
	void theAnalysesFillTheTierColumnOfBuyers() {
		CustomerListEditor list = Workbench.customerList(Workbench.openDemo());
		String tier = "org.travelcrm.customers.ui.columns.tier";
		assertTrue(list.columnIndex(tier) >= 0, "The tier column should be contributed.");

		Workbench.waitFor("the tier column to be computed", () -> {
			for (int row = 0; row < list.getRowCount(); row++) {
				if (!list.cellText(row, tier).isEmpty()) {
					return true;
				}
			}
			return false;
		});

		for (int row = 0; row < list.getRowCount(); row++) {
			String value = list.cellText(row, tier);
			assertTrue(List.of("", "KEY", "MAJOR", "ORDINARY", "SMALL").contains(value),
					"A tier should be one of the pyramid's, not " + value + ".");
		}
	}

	private static int firstStartingWith(List<String> names, String prefix) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}
}
