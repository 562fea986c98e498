package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.model.validation.ModelRules;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Validation finds each kind of bad data and says what is wrong and what to do, naming the
 * objects concerned; good data passes.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ValidationTest {

	private static final CrmFactory MODEL = CrmFactory.eINSTANCE;

	private final Agency agency = MODEL.createAgency();
	private final IndividualTourist wang = customer("C1", "王伟");

	@Test
	void goodDataPasses() {
		booking("B1", wang);

		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(agency).getSeverity(),
				"A customer with one sound booking should pass.");
	}

	@Test
	void anAgencyWithoutCurrencyOrTimeZoneIsReported() {
		agency.setCurrency(null);
		assertTrue(only(ModelRules.MISSING_CURRENCY).getMessage().contains("currency"),
				"A missing currency should be named.");

		agency.setCurrency("CNY");
		agency.setTimeZone(" ");
		assertTrue(only(ModelRules.MISSING_TIME_ZONE).getMessage().contains("time zone"),
				"A blank time zone should be named.");
	}

	@Test
	void duplicateCustomerIdsAreReportedWithBothCustomers() {
		IndividualTourist twin = customer("C1", "Wang Wei");

		Diagnostic problem = only(ModelRules.DUPLICATE_CUSTOMER_ID);

		assertTrue(problem.getMessage().contains("\"C1\"") && problem.getMessage().contains("merge"),
				"The message should name the id and suggest merging: " + problem.getMessage());
		assertEquals(List.of(wang, twin), problem.getData(), "Both customers should be named.");
	}

	@Test
	void aMissingCustomerIdIsReported() {
		customer(" ", "李娜");

		assertTrue(only(ModelRules.MISSING_CUSTOMER_ID).getMessage().contains("李娜"),
				"The message should name the customer.");
	}

	@Test
	void idsWithSpacesAroundThemAreWarnedAbout() {
		booking("B1 ", wang);
		IndividualTourist li = customer("\u3000C2", "李娜");
		TravelProduct product = MODEL.createTravelProduct();
		product.setCode("\tP-7");
		product.setName("Harbin");
		agency.getProducts().add(product);

		Diagnostic all = Diagnostician.INSTANCE.validate(agency);

		assertEquals(List.of(ModelRules.SPACES_AROUND_ID, ModelRules.SPACES_AROUND_ID,
				ModelRules.SPACES_AROUND_ID), codes(all), "Three warnings: " + all);
		assertEquals(Diagnostic.WARNING, all.getSeverity(), "Spaces are a warning, not an error.");
		assertTrue(all.getChildren().stream().anyMatch(d -> d.getMessage().contains("\"B1 \"")
				&& d.getMessage().contains("\"B1\"") && d.getData().contains(
						agency.getBookings().get(0))), "The booking is named: " + all);
		assertTrue(all.getChildren().stream().anyMatch(d -> d.getData().contains(li)
				&& d.getMessage().contains("\"C2\"")), "The customer is named: " + all);
		assertTrue(all.getChildren().stream().anyMatch(d -> d.getData().contains(product)
				&& d.getMessage().contains("\"P-7\"")), "The product is named: " + all);
	}

	@Test
	void duplicateBookingIdsAreReported() {
		booking("B1", wang);
		booking("B1", wang);

		assertTrue(only(ModelRules.DUPLICATE_BOOKING_ID).getMessage().contains("\"B1\""),
				"The message should name the booking id.");
	}

	@Test
	void aNegativeAmountIsReported() {
		booking("B1", wang).setAmount(new BigDecimal("-12.50"));

		assertTrue(only(ModelRules.NEGATIVE_AMOUNT).getMessage().contains("-12.50"),
				"The message should show the amount.");
	}

	@Test
	void aReturnBeforeDepartureIsReported() {
		Booking booking = booking("B1", wang);
		booking.setDepartureDate(LocalDate.of(2025, 5, 10));
		booking.setReturnDate(LocalDate.of(2025, 5, 2));

		String message = only(ModelRules.RETURN_BEFORE_DEPARTURE).getMessage();

		assertTrue(message.contains("2025-05-02") && message.contains("2025-05-10"),
				"The message should give both dates: " + message);
	}

	@Test
	void aBookingWithoutCustomerIsReported() {
		booking("B7", null);

		assertTrue(only(ModelRules.BOOKING_WITHOUT_CUSTOMER).getMessage().contains("B7"),
				"The message should name the booking.");
	}

	@Test
	void scoresOutsideTheirScaleAreReportedButZeroOnFivePointsIsNotAnswered() {
		survey(SurveyScale.FIVE_POINT, 0);
		survey(SurveyScale.TEN_POINT, 10);
		survey(SurveyScale.FIVE_POINT, 7);

		assertTrue(only(ModelRules.SCORE_OUTSIDE_SCALE).getMessage().contains("7"),
				"Only the 7 on the 1-5 scale should be reported.");
	}

	@Test
	void aGoalStageWithoutTargetOrDeadlineIsReported() {
		StrategicGoal goal = MODEL.createStrategicGoal();
		goal.setName("Lower churn");
		GoalStage stage = MODEL.createGoalStage();
		goal.getStages().add(stage);
		agency.getGoals().add(goal);

		Diagnostic all = Diagnostician.INSTANCE.validate(agency);

		assertEquals(2, codes(all).size(), "Both the target and the deadline should be missing.");
		assertTrue(codes(all).containsAll(List.of(ModelRules.STAGE_WITHOUT_TARGET,
				ModelRules.STAGE_WITHOUT_DEADLINE)), "Missing target and deadline are reported.");
		assertTrue(all.getChildren().get(0).getMessage().contains("Lower churn"),
				"The message should name the goal.");
	}

	private Diagnostic only(int code) {
		Diagnostic all = Diagnostician.INSTANCE.validate(agency);
		assertEquals(List.of(code), codes(all), "Exactly one problem should be found: " + all);
		return all.getChildren().get(0);
	}

	private static List<Integer> codes(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().map(Diagnostic::getCode).toList();
	}

	private IndividualTourist customer(String id, String name) {
		IndividualTourist customer = MODEL.createIndividualTourist();
		customer.setExternalId(id);
		customer.setName(name);
		agency.getCustomers().add(customer);
		return customer;
	}

	private Booking booking(String id, IndividualTourist customer) {
		Booking booking = MODEL.createBooking();
		booking.setExternalId(id);
		booking.setCustomer(customer);
		booking.setBookedDate(LocalDate.of(2025, 4, 1));
		booking.setAmount(new BigDecimal("1999.00"));
		agency.getBookings().add(booking);
		return booking;
	}

	private void survey(SurveyScale scale, int score) {
		Survey survey = MODEL.createSurvey();
		survey.setCustomer(wang);
		survey.setScale(scale);
		survey.setScore(score);
		survey.setDate(LocalDate.of(2025, 6, 1));
		agency.getSurveys().add(survey);
	}
}
