package org.travelcrm.core.imports;

/**
 * How a date field reads a year written with two digits.
 */
public enum TwoDigitYears {

	/** From 79 years before to 20 years after the reference year (booking dates). */
	RECENT,
	/** The latest year not after the reference year (birth dates). */
	PAST,
	/** Not read: the row is rejected with a message asking for four-digit years. */
	REFUSE;

	/**
	 * The full year, or -1 when the policy refuses two-digit years.
	 *
	 * @param twoDigits 0 to 99
	 * @param referenceYear the year the import runs in
	 */
	public int resolve(int twoDigits, int referenceYear) {
		int century = referenceYear / 100 * 100;
		int year = century + twoDigits;
		return switch (this) {
			case RECENT -> year > referenceYear + 20 ? year - 100 : year;
			case PAST -> year > referenceYear ? year - 100 : year;
			case REFUSE -> -1;
		};
	}
}
