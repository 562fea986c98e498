package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * A value set through an item property descriptor, as the Properties view sets it, is one
 * undoable command on the agency's stack, and the id index follows it.
 */
@ExtendWith(FailOnLoggedErrors.class)
class PropertyEditTest {

	@Test
	void aPropertyEditIsAnUndoableCommandAndTheIndexFollowsIt() {
		Agency agency = DemoAgency.create(new NullProgressMonitor());
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);
		Booking booking = agency.getBookings().get(0);
		String id = booking.getExternalId();
		assertSame(booking, AgencyIndex.of(agency).booking(id), "Found before the edit.");

		descriptor(domain, booking).setPropertyValue(booking, "B7777777");

		assertTrue(domain.getCommandStack().canUndo(), "The edit is on the command stack.");
		assertSame(booking, AgencyIndex.of(agency).booking("B7777777"), "Found by its new id.");
		domain.getCommandStack().undo();
		assertEquals(id, booking.getExternalId(), "Undo gives the old id back.");
		assertSame(booking, AgencyIndex.of(agency).booking(id), "Found by its old id again.");
	}

	@Test
	void theDomainOfAnAgencyIsFoundFromItsObjects() {
		Agency agency = DemoAgency.create(new NullProgressMonitor());
		AdapterFactoryEditingDomain domain = AgencyEditing.createDomain(agency);

		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(
				agency.getBookings().get(0)), "EMF.Edit finds the agency's domain.");
	}

	private static IItemPropertyDescriptor descriptor(AdapterFactoryEditingDomain domain,
			Booking booking) {
		IItemPropertySource source = (IItemPropertySource) domain.getAdapterFactory()
				.adapt(booking, IItemPropertySource.class);
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(booking)) {
			if (descriptor.getFeature(booking) == CrmPackage.Literals.BOOKING__EXTERNAL_ID) {
				return descriptor;
			}
		}
		return fail("Bookings have an external id property.");
	}
}
