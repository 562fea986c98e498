package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The type of the values in a result column, and the Java class that holds them. */
@SuppressWarnings("nls")
public enum ColumnType {
	/** {@link String}, for names and classes. */
	TEXT(String.class),
	/** {@link Long}, for counts and days. */
	INTEGER(Long.class),
	/** {@link BigDecimal}, exact: amounts, shares and rates. */
	DECIMAL(BigDecimal.class),
	/** {@link LocalDate}. */
	DATE(LocalDate.class);

	private final Class<?> javaType;

	ColumnType(Class<?> javaType) {
		this.javaType = javaType;
	}

	/** The class of the values of this type. */
	public Class<?> javaType() {
		return javaType;
	}

	/**
	 * The value as this type holds it: {@code null} stays {@code null}, other whole numbers
	 * become {@link Long}.
	 *
	 * @throws IllegalArgumentException when the value is of another type
	 */
	public Object normalize(Object value) {
		if (value == null || javaType.isInstance(value)) {
			return value;
		}
		if (this == INTEGER && (value instanceof Integer || value instanceof Short
				|| value instanceof Byte)) {
			return Long.valueOf(((Number) value).longValue());
		}
		throw new IllegalArgumentException(
				"A " + name() + " column cannot hold " + value.getClass().getName());
	}
}
