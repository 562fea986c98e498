package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.customers.ui.internal.explorer.AgencyExplorerView;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The agency explorer shows each open agency with its folders and counts, and the Properties
 * view shows the customer selected in the customer list.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ExplorerAndPropertiesTest {

	@AfterEach
	void closeAgencies() {
		Workbench.closeAll();
	}

	@Test
	void theExplorerShowsTheAgencyWithItsFolders() throws PartInitException {
		OpenAgency agency = Workbench.openDemo();
		IViewPart view = Workbench.page().showView(WorkbenchIds.VIEW_AGENCY_EXPLORER);
		assertTrue(view instanceof AgencyExplorerView, "The explorer should be the real view.");
		AgencyExplorerView explorer = (AgencyExplorerView) view;
		Workbench.processEvents();
		explorer.getViewer().expandToLevel(agency, 1);
		Workbench.processEvents();

		TreeItem node = find(explorer.getViewer().getTree(), agency.getLabel());
		assertTrue(node != null, "The explorer should list " + agency.getLabel() + ".");
		assertEquals(8, node.getItemCount(), "An agency should show its eight folders.");
		int customers = 0;
		for (TreeItem folder : List.of(node.getItem(0), node.getItem(1))) {
			String text = folder.getText();
			customers += Integer.parseInt(text.replaceAll(".*[(\uff08](\\d+)[)\uff09]$", "$1"));
		}
		assertEquals(agency.getAgency().getCustomers().size(), customers,
				"Individuals and organisations together should be all customers.");
	}

	@Test
	void thePropertiesViewShowsTheSelectedCustomer() throws PartInitException {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		PropertySheet properties = (PropertySheet) Workbench.page()
				.showView(WorkbenchIds.VIEW_PROPERTIES);
		Workbench.page().activate(list);
		Customer customer = list.getModel().get(0);

		list.getSite().getSelectionProvider().setSelection(
				new StructuredSelection(customer));
		Workbench.processEvents();

		Control control = properties.getCurrentPage().getControl();
		assertTrue(control instanceof Tree, "The Properties view should show a property tree.");
		List<String> values = new ArrayList<>();
		collect(((Tree) control).getItems(), values);
		assertTrue(values.contains(customer.getName()),
				"The Properties view should show the selected customer's name, shows " + values);
	}

	private static TreeItem find(Tree tree, String text) {
		for (TreeItem item : tree.getItems()) {
			if (item.getText().endsWith(text)) {
				return item;
			}
		}
		return null;
	}

	private static void collect(TreeItem[] items, List<String> values) {
		for (TreeItem item : items) {
			values.add(item.getText(1));
			collect(item.getItems(), values);
		}
	}

	@Test
	void newObjectsAreNamedInTheSingular() {
		assertEquals("New segment", AgencyExplorerView.newName(CrmPackage.Literals.SEGMENT),
				"A new segment is one segment.");
		assertEquals("New goal", AgencyExplorerView.newName(CrmPackage.Literals.STRATEGIC_GOAL),
				"A new goal is one goal.");
		assertEquals("New campaign", AgencyExplorerView.newName(CrmPackage.Literals.CAMPAIGN),
				"A new campaign is one campaign.");
		assertEquals("New product", AgencyExplorerView.newName(
				CrmPackage.Literals.TRAVEL_PRODUCT), "A new product is one product.");
	}
}
