package org.travelcrm.core.quality;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised keys duplicate customers are found on. Each key is {@code null} when the
 * value gives none (blank, or a phone without digits).
 * <ul>
 * <li>Name: Unicode NFKC (full-width letters become ASCII), trimmed, inner white space
 * collapsed to one space, case-folded.</li>
 * <li>Phone: NFKC, then only the digits (full-width digits count as theirs).</li>
 * <li>Email: NFKC, trimmed, lower case.</li>
 * </ul>
 */
public final class CustomerKeys {

	/** Fewer digits than this are no phone number worth matching on. */
	private static final int MIN_PHONE_DIGITS = 5;

	private CustomerKeys() {
	}

	public static String name(String name) {
		if (name == null) {
			return null;
		}
		String normal = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
		if (normal.isEmpty()) {
			return null;
		}
		StringBuilder key = new StringBuilder(normal.length());
		boolean space = false;
		for (int i = 0; i < normal.length(); i++) {
			char c = normal.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = true;
			} else {
				if (space) {
					key.append(' ');
					space = false;
				}
				key.append(c);
			}
		}
		return caseFold(key.toString());
	}

	/**
	 * The digits of a phone number (full-width ones as ASCII), without the country code before a
	 * mainland mobile number; {@code null} for fewer digits than a phone has.
	 */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		String normal = Normalizer.normalize(phone, Normalizer.Form.NFKC);
		StringBuilder digits = new StringBuilder(normal.length());
		for (int i = 0; i < normal.length(); i++) {
			int digit = Character.digit(normal.charAt(i), 10);
			if (digit >= 0) {
				digits.append((char) ('0' + digit));
			}
		}
		if (digits.length() == 13 && digits.indexOf("861") == 0) { //$NON-NLS-1$
			// +86 before a mainland mobile number: the same phone as without it.
			digits.delete(0, 2);
		} else if (digits.length() == 15 && digits.indexOf("00861") == 0) { //$NON-NLS-1$
			digits.delete(0, 4);
		}
		return digits.length() < MIN_PHONE_DIGITS ? null : digits.toString();
	}

	public static String email(String email) {
		if (email == null) {
			return null;
		}
		String normal = Normalizer.normalize(email, Normalizer.Form.NFKC).strip();
		return normal.isEmpty() ? null : normal.toLowerCase(Locale.ROOT);
	}

	/** Full case folding as far as the JDK gives it: upper then lower case (ß = SS = ss). */
	private static String caseFold(String text) {
		return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}
}
