package org.travelcrm.analysis.addons.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;

/** Builds small hand-made agencies and runs the installed add-on analyses on them. */
final class AddonAgency {

	final Agency agency = CrmFactory.eINSTANCE.createAgency();
	private int bookings;

	IndividualTourist person(String id) {
		IndividualTourist person = CrmFactory.eINSTANCE.createIndividualTourist();
		person.setExternalId(id);
		person.setName("Person " + id);
		agency.getCustomers().add(person);
		return person;
	}

	void buy(Customer customer, String day, String amount) {
		book(customer, day, amount, BookingStatus.COMPLETED);
	}

	void book(Customer customer, String day, String amount, BookingStatus status) {
		Booking booking = CrmFactory.eINSTANCE.createBooking();
		booking.setExternalId("B" + ++bookings);
		booking.setCustomer(customer);
		booking.setBookedDate(LocalDate.parse(day));
		booking.setAmount(new BigDecimal(amount));
		booking.setStatus(status);
		agency.getBookings().add(booking);
	}

	/** Runs an analysis found through the extension registry, as the product does. */
	AnalysisResult run(String analysisId, String asOf, Map<String, String> parameters) {
		AnalysisDescriptor descriptor = Analyses.installed().find(analysisId);
		if (descriptor == null) {
			throw new AssertionError("The analysis " + analysisId + " is contributed.");
		}
		try {
			return descriptor.run(AnalysisContext.of(agency, LocalDate.parse(asOf)), parameters,
					new NullProgressMonitor());
		} catch (CoreException e) {
			throw new AssertionError("The analysis " + analysisId + " can be created.", e);
		}
	}
}
