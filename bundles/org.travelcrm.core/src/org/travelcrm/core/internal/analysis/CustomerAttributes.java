package org.travelcrm.core.internal.analysis;

import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.TravelPurpose;

/**
 * Customer attributes as the analyses and segments compare them: stable names, never
 * {@code null}.
 */
public final class CustomerAttributes {

	/** The buyer unit of an individual tourist. */
	public static final String INDIVIDUAL = "INDIVIDUAL"; //$NON-NLS-1$
	/** The buyer unit of an organisation. */
	public static final String ORGANIZATION = "ORGANIZATION"; //$NON-NLS-1$
	/** The value of an attribute the data does not give. */
	public static final String UNSPECIFIED = "UNSPECIFIED"; //$NON-NLS-1$

	private CustomerAttributes() {
	}

	/** {@link #INDIVIDUAL} or {@link #ORGANIZATION}. */
	public static String buyerUnit(Customer customer) {
		return customer instanceof Organization ? ORGANIZATION : INDIVIDUAL;
	}

	/**
	 * The usual travel purpose: an individual's own, {@code BUSINESS} for an organisation (it
	 * buys business travel).
	 */
	public static String purpose(Customer customer) {
		if (customer instanceof IndividualTourist person) {
			TravelPurpose purpose = person.getTravelPurpose();
			return purpose == null ? TravelPurpose.UNSPECIFIED.name() : purpose.name();
		}
		return TravelPurpose.BUSINESS.name();
	}

	/** The text, or {@link #UNSPECIFIED} when it is missing or blank. */
	public static String orUnspecified(String text) {
		return text == null || text.isBlank() ? UNSPECIFIED : text.trim();
	}
}
