package org.travelcrm.model.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Customer;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelProduct;

/**
 * The rules an agency's data must follow, with messages that say what is wrong and what to do.
 * The generated {@code CrmValidator} calls these; each diagnostic carries the offending objects
 * as its data, so that editors can select them and quick fixes can act on them.
 */
@SuppressWarnings("nls")
public final class ModelRules {

	/** Diagnostic source of every rule here. */
	public static final String SOURCE = "org.travelcrm.model"; //$NON-NLS-1$

	public static final int DUPLICATE_CUSTOMER_ID = 1;
	public static final int DUPLICATE_BOOKING_ID = 2;
	public static final int DUPLICATE_PRODUCT_CODE = 3;
	public static final int MISSING_CUSTOMER_ID = 4;
	public static final int MISSING_BOOKING_ID = 5;
	public static final int BOOKING_WITHOUT_CUSTOMER = 6;
	public static final int NEGATIVE_AMOUNT = 7;
	public static final int NEGATIVE_COST = 8;
	public static final int RETURN_BEFORE_DEPARTURE = 9;
	public static final int NO_TRAVELLERS = 10;
	public static final int SCORE_OUTSIDE_SCALE = 11;
	public static final int STAGE_WITHOUT_TARGET = 12;
	public static final int STAGE_WITHOUT_DEADLINE = 13;
	public static final int MISSING_PRODUCT_CODE = 14;
	public static final int NEGATIVE_PRICE = 15;
	public static final int MISSING_CURRENCY = 16;
	public static final int MISSING_TIME_ZONE = 17;
	public static final int SPACES_AROUND_ID = 18;

	private ModelRules() {
	}

	public static boolean uniqueCustomerIds(Agency agency, DiagnosticChain diagnostics) {
		return unique(agency.getCustomers(), Customer::getExternalId, DUPLICATE_CUSTOMER_ID,
				Messages.Rule_duplicateCustomerId, diagnostics);
	}

	public static boolean uniqueBookingIds(Agency agency, DiagnosticChain diagnostics) {
		return unique(agency.getBookings(), Booking::getExternalId, DUPLICATE_BOOKING_ID,
				Messages.Rule_duplicateBookingId, diagnostics);
	}

	public static boolean uniqueProductCodes(Agency agency, DiagnosticChain diagnostics) {
		return unique(agency.getProducts(), TravelProduct::getCode, DUPLICATE_PRODUCT_CODE,
				Messages.Rule_duplicateProductCode, diagnostics);
	}

	/**
	 * The agency's currency and time zone are needed to show amounts and to tell which day a
	 * purchase fell on; neither may be empty.
	 */
	public static boolean hasCurrencyAndTimeZone(Agency agency, DiagnosticChain diagnostics) {
		boolean valid = true;
		if (isBlank(agency.getCurrency())) {
			valid = report(diagnostics, Diagnostic.ERROR, MISSING_CURRENCY,
					Messages.Rule_missingCurrency, agency);
		}
		if (isBlank(agency.getTimeZone())) {
			valid &= report(diagnostics, Diagnostic.ERROR, MISSING_TIME_ZONE,
					Messages.Rule_missingTimeZone, agency);
		}
		return valid;
	}

	public static boolean customerHasExternalId(Customer customer, DiagnosticChain diagnostics) {
		String id = customer.getExternalId();
		if (!isBlank(id)) {
			return !hasSpacesAround(id) || report(diagnostics, Diagnostic.WARNING,
					SPACES_AROUND_ID, NLS.bind(Messages.Rule_spacedCustomerId,
							text(customer.getName()), id, id.strip()), customer);
		}
		return report(diagnostics, Diagnostic.ERROR, MISSING_CUSTOMER_ID,
				NLS.bind(Messages.Rule_missingCustomerId, text(customer.getName())), customer);
	}

	public static boolean bookingHasExternalId(Booking booking, DiagnosticChain diagnostics) {
		String id = booking.getExternalId();
		if (!isBlank(id)) {
			return !hasSpacesAround(id) || report(diagnostics, Diagnostic.WARNING,
					SPACES_AROUND_ID, NLS.bind(Messages.Rule_spacedBookingId, id, id.strip()),
					booking);
		}
		return report(diagnostics, Diagnostic.ERROR, MISSING_BOOKING_ID,
				NLS.bind(Messages.Rule_missingBookingId, customerName(booking),
						text(booking.getBookedDate())), booking);
	}

	public static boolean bookingHasCustomer(Booking booking, DiagnosticChain diagnostics) {
		if (booking.getCustomer() != null) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, BOOKING_WITHOUT_CUSTOMER,
				NLS.bind(Messages.Rule_bookingWithoutCustomer, text(booking.getExternalId())),
				booking);
	}

	public static boolean nonNegativeAmounts(Booking booking, DiagnosticChain diagnostics) {
		boolean valid = true;
		if (isNegative(booking.getAmount())) {
			valid = report(diagnostics, Diagnostic.ERROR, NEGATIVE_AMOUNT,
					NLS.bind(Messages.Rule_negativeAmount, text(booking.getExternalId()),
							booking.getAmount().toPlainString()), booking);
		}
		if (isNegative(booking.getCost())) {
			valid &= report(diagnostics, Diagnostic.ERROR, NEGATIVE_COST,
					NLS.bind(Messages.Rule_negativeCost, text(booking.getExternalId()),
							booking.getCost().toPlainString()), booking);
		}
		return valid;
	}

	public static boolean returnNotBeforeDeparture(Booking booking, DiagnosticChain diagnostics) {
		if (booking.getDepartureDate() == null || booking.getReturnDate() == null
				|| !booking.getReturnDate().isBefore(booking.getDepartureDate())) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, RETURN_BEFORE_DEPARTURE,
				NLS.bind(Messages.Rule_returnBeforeDeparture, new Object[] {
						text(booking.getExternalId()), booking.getReturnDate(),
						booking.getDepartureDate() }), booking);
	}

	public static boolean positiveTravellers(Booking booking, DiagnosticChain diagnostics) {
		if (booking.getTravellers() >= 1) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, NO_TRAVELLERS,
				NLS.bind(Messages.Rule_noTravellers, text(booking.getExternalId()),
						booking.getTravellers()), booking);
	}

	/** On the 1-5 scale, 0 means "not answered" and is allowed. */
	public static boolean scoreWithinScale(Survey survey, DiagnosticChain diagnostics) {
		int score = survey.getScore();
		boolean fivePoint = survey.getScale() == SurveyScale.FIVE_POINT;
		int max = fivePoint ? 5 : 10;
		if (score >= 0 && score <= max) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, SCORE_OUTSIDE_SCALE,
				NLS.bind(Messages.Rule_scoreOutsideScale, new Object[] {
						customerName(survey.getCustomer()), text(survey.getDate()), score,
						fivePoint ? Messages.Rule_scaleFivePoint : Messages.Rule_scaleTenPoint }),
				survey);
	}

	public static boolean stageHasTargetAndDeadline(GoalStage stage, DiagnosticChain diagnostics) {
		String goal = stage.eContainer() instanceof StrategicGoal g ? text(g.getName()) : "?";
		int number = stage.eContainer() instanceof StrategicGoal g ? g.getStages().indexOf(stage) + 1 : 0;
		boolean valid = true;
		if (stage.getTargetValue() == null) {
			valid = report(diagnostics, Diagnostic.ERROR, STAGE_WITHOUT_TARGET,
					NLS.bind(Messages.Rule_stageWithoutTarget, number, goal), stage);
		}
		if (stage.getDeadline() == null) {
			valid &= report(diagnostics, Diagnostic.ERROR, STAGE_WITHOUT_DEADLINE,
					NLS.bind(Messages.Rule_stageWithoutDeadline, number, goal), stage);
		}
		return valid;
	}

	public static boolean productHasCode(TravelProduct product, DiagnosticChain diagnostics) {
		String code = product.getCode();
		if (!isBlank(code)) {
			return !hasSpacesAround(code) || report(diagnostics, Diagnostic.WARNING,
					SPACES_AROUND_ID, NLS.bind(Messages.Rule_spacedProductCode,
							text(product.getName()), code, code.strip()), product);
		}
		return report(diagnostics, Diagnostic.ERROR, MISSING_PRODUCT_CODE,
				NLS.bind(Messages.Rule_missingProductCode, text(product.getName())), product);
	}

	public static boolean nonNegativePrice(TravelProduct product, DiagnosticChain diagnostics) {
		if (!isNegative(product.getListPrice())) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, NEGATIVE_PRICE,
				NLS.bind(Messages.Rule_negativePrice, text(product.getCode()),
						product.getListPrice().toPlainString()), product);
	}

	private static <T extends EObject> boolean unique(List<T> objects, Function<T, String> key,
			int code, String message, DiagnosticChain diagnostics) {
		Map<String, T> first = new HashMap<>(objects.size() * 2);
		boolean valid = true;
		for (T object : objects) {
			String id = key.apply(object);
			if (isBlank(id)) {
				continue;
			}
			T earlier = first.putIfAbsent(id, object);
			if (earlier != null) {
				valid = report(diagnostics, Diagnostic.ERROR, code, NLS.bind(message, id), earlier,
						object) && valid;
			}
		}
		return valid;
	}

	private static boolean report(DiagnosticChain diagnostics, int severity, int code,
			String message, EObject... objects) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, objects));
		}
		return false;
	}

	private static boolean isNegative(BigDecimal value) {
		return value != null && value.signum() < 0;
	}

	/**
	 * Whether an id has white space before or after it. Imports strip every value the same way,
	 * so such an id is never matched by a file that holds it; editing keeps what the user typed.
	 */
	private static boolean hasSpacesAround(String id) {
		return id.strip().length() != id.length();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String customerName(Booking booking) {
		return customerName(booking.getCustomer());
	}

	private static String customerName(Customer customer) {
		if (customer == null) {
			return Messages.Rule_noCustomer;
		}
		return isBlank(customer.getName()) ? text(customer.getExternalId()) : customer.getName();
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? Messages.Rule_unnamed
				: value.toString();
	}
}
