package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Deleting removes every reference to what was deleted, in one undoable command, and the saved
 * file never holds a dangling reference.
 */
@ExtendWith(FailOnLoggedErrors.class)
class DeleteTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	@TempDir
	Path folder;

	@Test
	void deletingACampaignMemberLeavesNoReferenceAndUndoRestoresAll() throws Exception {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);
		Customer member = agency.getCampaigns().get(0).getMembers().getMembers().get(0);
		List<Booking> bookings = List.copyOf(member.getBookings());
		int customersBefore = agency.getCustomers().size();

		assertTrue(AgencyEditing.execute(domain, AgencyEditing.delete(domain, List.of(member))),
				"The delete command should run.");

		assertEquals(customersBefore - 1, agency.getCustomers().size(), "One customer fewer.");
		assertTrue(references(member, agency).isEmpty(),
				"Nothing should refer to the deleted customer: " + references(member, agency));
		assertFalse(agency.getCampaigns().get(0).getMembers().getMembers().contains(member),
				"The campaign snapshot should no longer list the customer.");

		domain.getCommandStack().undo();

		assertEquals(customersBefore, agency.getCustomers().size(), "Undo brings the customer back.");
		assertTrue(agency.getCampaigns().get(0).getMembers().getMembers().contains(member),
				"Undo restores the snapshot membership.");
		for (Booking booking : bookings) {
			assertSame(member, booking.getCustomer(), "Undo restores every booking's customer.");
		}
	}

	@Test
	void theSavedFileAfterADeleteLoadsWithoutDanglingReferences() throws Exception {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);
		Customer member = agency.getCampaigns().get(0).getMembers().getMembers().get(0);
		List<EObject> doomed = List.of(member, member.getBookings().get(0));
		AgencyEditing.execute(domain, AgencyEditing.delete(domain, doomed));
		AgencyStore store = AgencyFiles.store(folder.resolve("after-delete.crm"));

		store.save(agency, NO_PROGRESS);
		Agency loaded = store.load(NO_PROGRESS);

		assertTrue(EcoreUtil.equals(agency, loaded), "The saved agency should load unchanged.");
		assertTrue(loaded.eResource().getErrors().isEmpty(), "Loading should report no errors.");
	}

	private static Collection<Setting> references(EObject target, Agency agency) {
		Map<EObject, Collection<Setting>> usages = EcoreUtil.UsageCrossReferencer
				.findAll(List.of(target), agency.eResource());
		return usages.getOrDefault(target, List.of()).stream()
				.filter(s -> !s.getEStructuralFeature().isTransient())
				.toList();
	}
}
