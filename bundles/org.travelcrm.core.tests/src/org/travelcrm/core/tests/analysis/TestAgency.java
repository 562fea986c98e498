package org.travelcrm.core.tests.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelPurpose;

/** Builds small hand-made agencies for the analysis tests. */
final class TestAgency {

	static final String COMPOSITION = "org.travelcrm.core.analysis.composition";
	static final String FREQUENCY = "org.travelcrm.core.analysis.frequency";
	static final String LOYALTY = "org.travelcrm.core.analysis.loyalty";
	static final String VALUE_TIER = "org.travelcrm.core.analysis.valueTier";
	static final String RFM = "org.travelcrm.core.analysis.rfm";
	static final String CHURN = "org.travelcrm.core.analysis.churn";
	static final String SATISFACTION = "org.travelcrm.core.analysis.satisfaction";
	static final String CONTRIBUTION = "org.travelcrm.core.analysis.contribution";
	static final String TARGETS = "org.travelcrm.core.analysis.highValueTargets";

	final Agency agency = CrmFactory.eINSTANCE.createAgency();
	private int bookings;

	IndividualTourist person(String id) {
		return person(id, TravelPurpose.LEISURE);
	}

	IndividualTourist person(String id, TravelPurpose purpose) {
		IndividualTourist person = CrmFactory.eINSTANCE.createIndividualTourist();
		person.setExternalId(id);
		person.setName("Person " + id);
		person.setTravelPurpose(purpose);
		agency.getCustomers().add(person);
		return person;
	}

	Organization organization(String id) {
		Organization organization = CrmFactory.eINSTANCE.createOrganization();
		organization.setExternalId(id);
		organization.setName("Organisation " + id);
		agency.getCustomers().add(organization);
		return organization;
	}

	Booking buy(Customer customer, String day, String amount) {
		return book(customer, day, amount, BookingStatus.COMPLETED);
	}

	Booking book(Customer customer, String day, String amount, BookingStatus status) {
		Booking booking = CrmFactory.eINSTANCE.createBooking();
		booking.setExternalId("B" + ++bookings);
		booking.setCustomer(customer);
		booking.setBookedDate(LocalDate.parse(day));
		booking.setAmount(new BigDecimal(amount));
		booking.setStatus(status);
		agency.getBookings().add(booking);
		return booking;
	}

	Survey survey(Customer customer, String day, int score, SurveyScale scale,
			boolean complaint) {
		Survey survey = CrmFactory.eINSTANCE.createSurvey();
		survey.setCustomer(customer);
		survey.setDate(LocalDate.parse(day));
		survey.setScore(score);
		survey.setScale(scale);
		survey.setComplaint(complaint);
		agency.getSurveys().add(survey);
		return survey;
	}

	AnalysisResult run(String analysisId, String asOf, Map<String, String> parameters) {
		try {
			return Analyses.builtIn().find(analysisId).run(
					AnalysisContext.of(agency, asOf == null ? null : LocalDate.parse(asOf)),
					parameters, new NullProgressMonitor());
		} catch (CoreException e) {
			throw new AssertionError("A built-in analysis can always be created.", e);
		}
	}

	AnalysisResult run(String analysisId, String asOf) {
		return run(analysisId, asOf, Map.of());
	}
}
