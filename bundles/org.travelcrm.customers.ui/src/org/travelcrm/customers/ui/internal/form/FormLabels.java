package org.travelcrm.customers.ui.internal.form;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Names of enumeration values as users read them ({@code literals*.properties}, one key per
 * enumeration and value), in English and Simplified Chinese.
 */
final class FormLabels {

	private static final ResourceBundle LITERALS = ResourceBundle.getBundle(
			"org.travelcrm.customers.ui.internal.form.literals", Locale.getDefault(), //$NON-NLS-1$
			FormLabels.class.getClassLoader());

	private FormLabels() {
	}

	/** The label of a booking attribute in the booking dialog. */
	static String bookingField(EAttribute attribute) {
		return switch (attribute.getName()) {
			case "externalId" -> Messages.Column_bookingId; //$NON-NLS-1$
			case "bookedDate" -> Messages.Column_booked; //$NON-NLS-1$
			case "departureDate" -> Messages.Column_departure; //$NON-NLS-1$
			case "returnDate" -> Messages.Column_return; //$NON-NLS-1$
			case "travellers" -> Messages.Column_travellers; //$NON-NLS-1$
			case "amount" -> Messages.Column_amount; //$NON-NLS-1$
			case "cost" -> Messages.Column_cost; //$NON-NLS-1$
			case "salesChannel" -> Messages.Column_channel; //$NON-NLS-1$
			default -> attribute.getName();
		};
	}

	/** The name of an enumeration value, or its literal when there is none. */
	static String literal(Enumerator value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String key = value.getClass().getSimpleName() + '.' + value.getLiteral();
		try {
			return LITERALS.getString(key);
		} catch (MissingResourceException e) {
			return value.getLiteral();
		}
	}
}
