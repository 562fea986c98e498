package org.travelcrm.core.tests.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.quality.DataQualityCheck;
import org.travelcrm.core.quality.QualityProblem;
import org.travelcrm.core.quality.QualityProblem.Kind;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The data-quality check lists broken model rules, duplicate customers (with a merge as quick
 * fix), customers without contact data (walk-ins excepted) and bookings without a customer.
 */
@ExtendWith(FailOnLoggedErrors.class)
class DataQualityCheckTest {

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void listsEachKindOfProblem() {
		Customer wang = customer("C1", " Wang Wei ", "13800138000");
		customer("C2", "WANG WEI", null);
		Customer walkIn = customer("W1", null, null);
		walkIn.getTags().add("walk-in");
		Booking orphan = booking("B1", null, "10");
		booking("B2", wang, "-5");

		List<QualityProblem> problems = DataQualityCheck.run(agency, new NullProgressMonitor());

		assertEquals(List.of(orphan), only(problems, Kind.BOOKING_WITHOUT_CUSTOMER).objects(),
				"The booking without a customer is reported.");
		assertTrue(only(problems, Kind.VALIDATION).message().contains("-5"),
				"The negative amount is reported by validation.");
		assertEquals(2, only(problems, Kind.DUPLICATE_CUSTOMERS).objects().size(),
				"The two Wang Weis are one duplicate group.");
		assertEquals("C2", ((Customer) only(problems, Kind.MISSING_CONTACT).objects().get(0))
				.getExternalId(), "C2 has no contact data; the walk-in is not reported.");
		assertNull(only(problems, Kind.MISSING_CONTACT).quickFix(),
				"Missing contact data has no quick fix.");
	}

	@Test
	void mergesDuplicatesAsItsQuickFix() {
		Customer wang = customer("C1", " Wang Wei ", "13800138000");
		customer("C2", "WANG WEI", "+86 138 0013 8000");
		booking("B1", wang, "10");
		QualityProblem duplicates = only(DataQualityCheck.run(agency, new NullProgressMonitor()),
				Kind.DUPLICATE_CUSTOMERS);
		assertNotNull(duplicates.quickFix(), "Duplicates can be merged.");

		duplicates.quickFix().createCommand().execute();

		assertEquals(List.of(wang), List.copyOf(agency.getCustomers()),
				"The customer with bookings survives.");
		assertTrue(DataQualityCheck.run(agency, new NullProgressMonitor()).stream()
				.noneMatch(p -> p.kind() == Kind.DUPLICATE_CUSTOMERS), "No duplicates are left.");
	}

	private static QualityProblem only(List<QualityProblem> problems, Kind kind) {
		List<QualityProblem> found = problems.stream().filter(p -> p.kind() == kind).toList();
		assertEquals(1, found.size(), "There is one problem of kind " + kind + ": " + found);
		return found.get(0);
	}

	private Customer customer(String id, String name, String phone) {
		Customer customer = CrmFactory.eINSTANCE.createIndividualTourist();
		customer.setExternalId(id);
		customer.setName(name);
		customer.setPhone(phone);
		agency.getCustomers().add(customer);
		return customer;
	}

	private Booking booking(String id, Customer customer, String amount) {
		Booking booking = CrmFactory.eINSTANCE.createBooking();
		booking.setExternalId(id);
		booking.setCustomer(customer);
		booking.setAmount(new BigDecimal(amount));
		agency.getBookings().add(booking);
		return booking;
	}
}
