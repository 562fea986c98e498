package org.travelcrm.core.quality;

/**
 * A customer field on whose normalised key two customers match.
 */
public enum MatchedField {
	NAME, PHONE, EMAIL;

	/** The field's name in the user's language. */
	public String label() {
		return switch (this) {
			case NAME -> Messages.Field_name;
			case PHONE -> Messages.Field_phone;
			case EMAIL -> Messages.Field_email;
		};
	}
}
