package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.customers.ui.internal.CustomerActions;
import org.travelcrm.customers.ui.internal.delete.CustomerDeletion;
import org.travelcrm.customers.ui.internal.form.CustomerFormEditor;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AttributeEdits;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Deleting a customer with bookings is one undoable command that leaves no dangling reference,
 * whether the bookings go or move; the dirty mark follows the save point even past the undo
 * limit; the customer form edits through commands and checks input where it is typed.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CustomerEditingTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeAgencies() {
		Workbench.closeAll();
	}

	@Test
	void deletingACustomerWithItsBookingsLeavesNothingDangling() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		Agency model = agency.getAgency();
		Customer doomed = customerWithBookingsAndSurveys(model);
		List<Booking> bookings = List.copyOf(doomed.getBookings());
		int customers = model.getCustomers().size();
		int allBookings = model.getBookings().size();

		agency.getCommandStack().execute(CustomerDeletion.create(agency.getEditingDomain(),
				List.of(doomed), CustomerDeletion.Bookings.DELETE, null));
		Workbench.processEvents();

		assertEquals(customers - 1, model.getCustomers().size(), "One customer should be gone.");
		assertEquals(allBookings - bookings.size(), model.getBookings().size(),
				"Its bookings should be gone with it.");
		assertTrue(references(doomed, model).isEmpty(),
				"Nothing should refer to the deleted customer: " + references(doomed, model));
		for (Booking booking : bookings) {
			assertTrue(references(booking, model).isEmpty(),
					"Nothing should refer to a deleted booking: " + references(booking, model));
		}
		assertEquals(customers - 1, list.getModel().total(),
				"The customer list should show one customer fewer.");

		agency.getCommandStack().undo();
		Workbench.processEvents();
		assertEquals(customers, model.getCustomers().size(), "Undo should bring it back.");
		assertEquals(allBookings, model.getBookings().size(), "Undo should restore its bookings.");
		bookings.forEach(booking -> assertSame(doomed, booking.getCustomer(),
				"Undo should give every booking its customer back."));

		Path file = folder.resolve("after-delete.crm");
		agency.getCommandStack().redo();
		Workbench.saveTo(agency, file);
		Workbench.closeAll();
		OpenAgency reopened = Workbench.openFile(file);
		assertEquals(customers - 1, reopened.getAgency().getCustomers().size(),
				"The saved agency should load without the deleted customer.");
	}

	@Test
	void movingTheBookingsOfADeletedCustomerKeepsTheSalesHistory() {
		OpenAgency agency = Workbench.openDemo();
		Agency model = agency.getAgency();
		Customer doomed = customerWithBookingsAndSurveys(model);
		Customer heir = model.getCustomers().stream().filter(other -> other != doomed)
				.findFirst().orElseThrow();
		List<Booking> bookings = List.copyOf(doomed.getBookings());
		int allBookings = model.getBookings().size();

		agency.getCommandStack().execute(CustomerDeletion.create(agency.getEditingDomain(),
				List.of(doomed), CustomerDeletion.Bookings.MOVE, heir));

		assertEquals(allBookings, model.getBookings().size(), "No booking should be lost.");
		bookings.forEach(booking -> assertSame(heir, booking.getCustomer(),
				"Every booking should now belong to the chosen customer."));
		assertTrue(references(doomed, model).isEmpty(),
				"Nothing should refer to the deleted customer: " + references(doomed, model));
		agency.getCommandStack().undo();
		bookings.forEach(booking -> assertSame(doomed, booking.getCustomer(),
				"One undo should move every booking back."));
	}

	@Test
	void moreEditsThanTheUndoLimitKeepTheEditorDirty() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		agency.getCommandStack().setUndoLimit(3);
		Customer customer = agency.getAgency().getCustomers().get(0);

		for (int edit = 1; edit <= 4; edit++) {
			AttributeEdits.set(agency.getEditingDomain(), customer,
					CrmPackage.Literals.CUSTOMER__CITY, "City " + edit);
		}
		int undone = 0;
		while (agency.getCommandStack().canUndo()) {
			agency.getCommandStack().undo();
			undone++;
		}
		Workbench.processEvents();

		assertEquals(3, undone, "Only as many edits as the limit should be undoable.");
		assertEquals("City 1", customer.getCity(), "The first edit cannot be undone any more.");
		assertTrue(list.isDirty(),
				"With the save point out of reach the editor should stay dirty.");
	}

	@Test
	void undoingBackToTheSavePointWithinTheLimitMakesTheEditorClean() {
		OpenAgency agency = Workbench.openDemo();
		CustomerListEditor list = Workbench.customerList(agency);
		agency.getCommandStack().setUndoLimit(3);
		Customer customer = agency.getAgency().getCustomers().get(0);

		for (int edit = 1; edit <= 3; edit++) {
			AttributeEdits.set(agency.getEditingDomain(), customer,
					CrmPackage.Literals.CUSTOMER__CITY, "City " + edit);
		}
		while (agency.getCommandStack().canUndo()) {
			agency.getCommandStack().undo();
		}
		Workbench.processEvents();

		assertFalse(list.isDirty(), "Undoing every edit should reach the save point.");
	}

	@Test
	void theFormEditsTheProfileAndCancelsBookingsThroughCommands() {
		OpenAgency agency = Workbench.openDemo();
		Customer customer = customerWithBookingsAndSurveys(agency.getAgency());
		IEditorPart part = OpenAgencies.getDefault().openEditor(agency, customer,
				WorkbenchIds.EDITOR_CUSTOMER_FORM);
		Workbench.processEvents();
		assertTrue(part instanceof CustomerFormEditor, "The customer form should open.");
		CustomerFormEditor form = (CustomerFormEditor) part;

		form.getProfile().enter(CrmPackage.Literals.CUSTOMER__PHONE, "+86 10 1234 5678");
		assertEquals("+86 10 1234 5678", customer.getPhone(), "The phone should be set.");
		assertTrue(form.isDirty(), "The form should be dirty after an edit.");

		String created = String.valueOf(customer.getCreatedDate());
		form.getProfile().enter(CrmPackage.Literals.CUSTOMER__CREATED_DATE, "31.02.2024x");
		assertEquals(created, String.valueOf(customer.getCreatedDate()),
				"A date that does not parse should not be set.");
		assertNotNull(AttributeEdits.problem(CrmPackage.Literals.CUSTOMER__CREATED_DATE,
				form.getProfile().field(CrmPackage.Literals.CUSTOMER__CREATED_DATE).getText()),
				"The field should hold the text the user typed and say what is wrong with it.");
		String bell = AttributeEdits.problem(CrmPackage.Literals.CUSTOMER__NAME, "Wang\u0007Wei");
		assertTrue(bell != null && bell.contains("U+0007") && bell.contains("Character 5"),
				"A control character is named with its position: " + bell);

		assertEquals(customer.getBookings().size(),
				form.getRecords().bookingsTable().getTable().getItemCount(),
				"The bookings page should list every booking of the customer.");
		Booking booking = customer.getBookings().stream()
				.filter(each -> each.getStatus() != BookingStatus.CANCELLED).findFirst()
				.orElseThrow();
		form.getRecords().cancel(booking);
		Workbench.processEvents();
		assertEquals(BookingStatus.CANCELLED, booking.getStatus(), "The booking is cancelled.");
		agency.getCommandStack().undo();
		assertFalse(booking.getStatus() == BookingStatus.CANCELLED, "Undo restores it.");
	}

	@Test
	void aNewCustomerGetsAFreshIdAndCanBeUndone() {
		OpenAgency agency = Workbench.openDemo();
		int before = agency.getAgency().getCustomers().size();

		Customer created = CustomerActions.newIndividual(agency);

		assertNotNull(created, "A new customer should be added.");
		assertSame(created, AgencyIndex.of(agency.getAgency()).customer(created.getExternalId()),
				"Its id should be its own.");
		agency.getCommandStack().undo();
		assertEquals(before, agency.getAgency().getCustomers().size(), "Undo removes it again.");
	}

	private static Customer customerWithBookingsAndSurveys(Agency agency) {
		return agency.getCustomers().stream()
				.filter(customer -> customer.getBookings().size() >= 2
						&& !customer.getSurveys().isEmpty())
				.findFirst().orElseThrow();
	}

	private static Collection<Setting> references(EObject object, Agency agency) {
		Map<EObject, Collection<Setting>> found = EcoreUtil.UsageCrossReferencer
				.findAll(List.of(object), agency);
		Collection<Setting> settings = found.get(object);
		return settings == null ? List.of() : settings;
	}
}
