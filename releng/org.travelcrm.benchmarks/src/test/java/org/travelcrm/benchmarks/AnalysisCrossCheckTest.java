package org.travelcrm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.demo.AgencyGenerator;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.ProductKind;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.model.TravelPurpose;

/** Every built-in analysis gives exactly what its SQL definition gives on DuckDB (issue 4). */
class AnalysisCrossCheckTest {

	private static final CrmFactory MODEL = CrmFactory.eINSTANCE;

	@ParameterizedTest(name = "{0} customers, seed {1}")
	@CsvSource({ "300, 1", "300, 2", "300, 3", "2000, 42" })
	void generatedAgenciesAgree(int customers, long seed) throws Exception {
		Agency agency = new AgencyGenerator(seed).generate("Cross-check", customers,
				new NullProgressMonitor());

		CrossCheck.Report report = crossCheck(agency);

		assertTrue(report.agrees(), () -> "The engine should agree with SQL, but "
				+ report.differenceCount() + " values differ: " + report.differences());
		assertTrue(report.compared() > 30L * customers,
				"Every customer's values should have been compared.");
	}

	@ParameterizedTest(name = "seed {0}")
	@CsvSource({ "7", "8" })
	void agenciesFullOfTiesAgree(long seed) throws Exception {
		Agency agency = tiedAgency(seed, 400);

		CrossCheck.Report report = crossCheck(agency);

		assertTrue(report.agrees(), () -> "The engine should agree with SQL on ties, but "
				+ report.differenceCount() + " values differ: " + report.differences());
	}

	@Test
	void aChangedValueIsReported() throws Exception {
		Agency agency = tiedAgency(9, 50);
		Map<String, AnalysisResult> engine = CrossCheck.runEngine(agency);
		try (DuckDbAgency database = DuckDbAgency.load(agency)) {
			Map<String, Expectation> expected = new SqlAnalyses(database).run();
			Object[] tiers = expected.get("valueTier").customerColumns.get("tier");
			int buyer = 0;
			while (tiers[buyer] == null) {
				buyer++;
			}
			tiers[buyer] = "KEY".equals(tiers[buyer]) ? "SMALL" : "KEY";

			CrossCheck.Report report = CrossCheck.compare(expected, engine, 5);

			assertFalse(report.agrees(), "A tier changed on one side should be reported.");
			assertEquals(1L, report.differenceCount(),
					() -> "Exactly the changed tier should differ: " + report.differences());
			assertTrue(report.differences().get(0).contains("customer T"),
					"The difference should name the customer.");
		}
	}

	private static CrossCheck.Report crossCheck(Agency agency) throws Exception {
		Map<String, AnalysisResult> engine = CrossCheck.runEngine(agency);
		try (DuckDbAgency database = DuckDbAgency.load(agency)) {
			return CrossCheck.compare(new SqlAnalyses(database).run(), engine, 10);
		}
	}

	/**
	 * Customers whose purchases take few amounts on few days, so that contributions,
	 * frequencies and recencies tie everywhere; with organisations, customers without
	 * purchases, cancelled bookings, bookings without amount or cost, month ends, and surveys
	 * on both scales including unanswered, out-of-scale scores and complaints.
	 */
	private static Agency tiedAgency(long seed, int customers) {
		SplittableRandom random = new SplittableRandom(seed);
		Agency agency = MODEL.createAgency();
		agency.setName("Ties");
		agency.setTimeZone("Asia/Shanghai");
		TravelProduct product = MODEL.createTravelProduct();
		product.setCode("TOU-1");
		product.setKind(ProductKind.TOUR);
		product.setDestination("Guilin");
		agency.getProducts().add(product);
		LocalDate end = LocalDate.of(2026, 7, 1);
		int[] daysBack = { 1, 2, 30, 31, 179, 180, 181, 364, 365, 366, 800, 1094, 1095, 1096 };
		String[] amounts = { "100.00", "200.00", "200.00", "350.50", "0.00" };
		TravelPurpose[] purposes = TravelPurpose.values();
		int bookings = 0;
		for (int i = 0; i < customers; i++) {
			Customer customer;
			if (random.nextInt(5) == 0) {
				customer = MODEL.createOrganization();
			} else {
				IndividualTourist person = MODEL.createIndividualTourist();
				person.setTravelPurpose(purposes[random.nextInt(purposes.length)]);
				customer = person;
			}
			customer.setExternalId(String.format("T%04d", i));
			customer.setName("Customer " + i);
			customer.setCountry(random.nextBoolean() ? "CN" : " ");
			agency.getCustomers().add(customer);
			int count = random.nextInt(5);
			for (int k = 0; k < count; k++) {
				Booking booking = MODEL.createBooking();
				booking.setExternalId("B" + ++bookings);
				booking.setCustomer(customer);
				LocalDate day = end.minusDays(daysBack[random.nextInt(daysBack.length)]);
				booking.setBookedDate(day);
				booking.setDepartureDate(day.plusDays(random.nextInt(40) - 5));
				booking.setTravellers(1 + random.nextInt(6));
				if (random.nextInt(10) > 0) {
					booking.setAmount(new BigDecimal(amounts[random.nextInt(amounts.length)]));
				}
				if (random.nextBoolean()) {
					booking.setCost(new BigDecimal("80.00"));
				}
				if (random.nextInt(3) > 0) {
					booking.setProduct(product);
				}
				booking.setSalesChannel(random.nextBoolean() ? "Online" : null);
				booking.setStatus(random.nextInt(8) == 0 ? BookingStatus.CANCELLED
						: BookingStatus.COMPLETED);
				agency.getBookings().add(booking);
				if (random.nextInt(3) == 0) {
					agency.getSurveys().add(survey(random, customer, day.plusDays(3)));
				}
			}
		}
		return agency;
	}

	private static Survey survey(SplittableRandom random, Customer customer, LocalDate day) {
		Survey survey = MODEL.createSurvey();
		survey.setCustomer(customer);
		survey.setDate(day);
		boolean tenPoint = random.nextBoolean();
		survey.setScale(tenPoint ? SurveyScale.TEN_POINT : SurveyScale.FIVE_POINT);
		survey.setScore(tenPoint ? random.nextInt(12) : random.nextInt(7));
		survey.setComplaint(random.nextInt(6) == 0);
		return survey;
	}
}
