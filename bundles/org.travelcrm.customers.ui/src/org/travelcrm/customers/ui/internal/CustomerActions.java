package org.travelcrm.customers.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.customers.ui.internal.delete.CustomerDeletion;
import org.travelcrm.customers.ui.internal.delete.DeleteCustomersDialog;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/** What the customer list and the explorer do with customers: open, create, delete. */
public final class CustomerActions {

	private CustomerActions() {
	}

	/** Opens the form of a customer. */
	public static void openForm(OpenAgency agency, Customer customer) {
		OpenAgencies.getDefault().openEditor(agency, customer, WorkbenchIds.EDITOR_CUSTOMER_FORM);
	}

	/** Adds a new individual tourist with a fresh id, as one command; returns it. */
	public static Customer newIndividual(OpenAgency agency) {
		return add(agency, CrmFactory.eINSTANCE.createIndividualTourist(),
				Messages.CustomerActions_newIndividualName);
	}

	/** Adds a new organisation with a fresh id, as one command; returns it. */
	public static Customer newOrganization(OpenAgency agency) {
		return add(agency, CrmFactory.eINSTANCE.createOrganization(),
				Messages.CustomerActions_newOrganizationName);
	}

	/**
	 * Deletes customers after asking; customers with bookings make the user choose between
	 * deleting the bookings and moving them to another customer. One undoable command.
	 */
	public static void delete(OpenAgency agency, List<Customer> customers, Shell shell) {
		if (customers.isEmpty()) {
			return;
		}
		Command command;
		if (CustomerDeletion.haveBookings(customers)) {
			DeleteCustomersDialog dialog = new DeleteCustomersDialog(shell, agency.getAgency(),
					customers);
			if (dialog.open() != Window.OK) {
				return;
			}
			command = CustomerDeletion.create(agency.getEditingDomain(), customers,
					dialog.getChoice(), dialog.getTarget());
		} else {
			if (!MessageDialog.openConfirm(shell, Messages.CustomerActions_deleteTitle,
					NLS.bind(Messages.CustomerActions_deleteConfirm, customers.size()))) {
				return;
			}
			command = CustomerDeletion.create(agency.getEditingDomain(), customers,
					CustomerDeletion.Bookings.DELETE, null);
		}
		agency.getEditingDomain().getCommandStack().execute(command);
	}

	/** An external id no customer of the agency has yet, found through the id index. */
	public static String freshId(Agency agency) {
		AgencyIndex index = AgencyIndex.of(agency);
		int number = agency.getCustomers().size() + 1;
		String id;
		do {
			id = String.format("N%06d", number++); //$NON-NLS-1$
		} while (index.customer(id) != null);
		return id;
	}

	private static Customer add(OpenAgency agency, Customer customer, String name) {
		customer.setExternalId(freshId(agency.getAgency()));
		customer.setName(name);
		customer.setCreatedDate(LocalDate.now());
		Command command = AddCommand.create(agency.getEditingDomain(), agency.getAgency(),
				CrmPackage.Literals.AGENCY__CUSTOMERS, customer);
		agency.getEditingDomain().getCommandStack().execute(command);
		return customer.getAgency() == agency.getAgency() ? customer : null;
	}
}
