package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The agency index finds customers by external id, follows additions and removals, and never
 * answers an id an object no longer has.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AgencyIndexTest {

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void findsCustomersAddedAfterTheFirstLookUp() {
		IndividualTourist wang = customer("C1");
		assertSame(wang, AgencyIndex.of(agency).customer("C1"), "C1 should be found.");

		IndividualTourist li = customer("C2");

		assertSame(li, AgencyIndex.of(agency).customer("C2"), "A customer added later is found.");
	}

	@Test
	void forgetsRemovedCustomers() {
		IndividualTourist wang = customer("C1");
		AgencyIndex.of(agency).customer("C1");

		agency.getCustomers().remove(wang);

		assertNull(AgencyIndex.of(agency).customer("C1"), "A removed customer is not found.");
	}

	@Test
	void neverAnswersAnOldIdAfterARenameAndFindsTheNewOne() {
		IndividualTourist wang = customer("C1");
		AgencyIndex.of(agency).customer("C1");

		wang.setExternalId("C9");

		assertNull(AgencyIndex.of(agency).customer("C1"), "The old id finds no customer.");
		assertSame(wang, AgencyIndex.of(agency).customer("C9"), "The new id finds the customer.");
	}

	@Test
	void findsARenamedCustomerUnderItsNewIdOnceInvalidated() {
		IndividualTourist wang = customer("C1");
		AgencyIndex.of(agency).customer("C1");

		wang.setExternalId("C9");
		AgencyIndex.of(agency).invalidate();

		assertSame(wang, AgencyIndex.of(agency).customer("C9"), "The new id finds the customer.");
	}

	@Test
	void tellsApartIdsWithTheSameHash() {
		// "Aa" and "BB" have the same String hash code.
		IndividualTourist aa = customer("Aa");
		IndividualTourist bb = customer("BB");

		assertSame(aa, AgencyIndex.of(agency).customer("Aa"), "Aa should be found.");
		assertSame(bb, AgencyIndex.of(agency).customer("BB"), "BB should be found.");
		assertNull(AgencyIndex.of(agency).customer("C#"), "An id never given is not found.");
	}

	@Test
	void theFirstOfTwoCustomersWithOneIdIsFound() {
		IndividualTourist first = customer("C1");
		customer("C1");

		assertSame(first, AgencyIndex.of(agency).customer("C1"), "The first C1 should be found.");
	}

	@Test
	void findsEveryOneOfManyNumberedBookings() {
		List<Booking> bookings = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			Booking booking = CrmFactory.eINSTANCE.createBooking();
			booking.setExternalId(i % 2 == 0 ? String.format("B%07d", i) : "SO-" + i);
			bookings.add(booking);
		}
		agency.getBookings().addAll(bookings);

		for (Booking booking : bookings) {
			assertSame(booking, AgencyIndex.of(agency).booking(booking.getExternalId()),
					booking.getExternalId() + " should be found.");
		}
		assertNull(AgencyIndex.of(agency).booking("B000002"), "One zero less is another id.");
		assertNull(AgencyIndex.of(agency).booking("B0005000"), "B0005000 was never given.");
	}

	@Test
	void oneIndexPerAgency() {
		assertSame(AgencyIndex.of(agency), AgencyIndex.of(agency),
				"The same index should serve every caller.");
	}

	private IndividualTourist customer(String id) {
		IndividualTourist customer = CrmFactory.eINSTANCE.createIndividualTourist();
		customer.setExternalId(id);
		agency.getCustomers().add(customer);
		return customer;
	}
}
