package org.travelcrm.core.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How the values of one feature are written in a column of a binary agency file. The code of
 * each kind is part of the file format and never changes.
 */
enum ColumnKind {

	/** UTF-8 text. */
	STRING(1),
	/** A 32-bit integer, zig-zag varint. */
	INT(2),
	/** A 64-bit integer, zig-zag varint. */
	LONG(3),
	/** One byte, 0 or 1. */
	BOOLEAN(4),
	/** The eight bytes of a double. */
	DOUBLE(5),
	/** The value of an enumeration literal, zig-zag varint. */
	ENUM(6),
	/** A calendar day as its epoch day, zig-zag varint. */
	DATE(7),
	/** A decimal as its scale and unscaled value. */
	DECIMAL(8),
	/** An instant as epoch seconds and nanoseconds. */
	INSTANT(9),
	/** Any other data type, as the text its factory writes and reads. */
	TEXT(10),
	/** A reference to another object of the file, by its number. */
	REFERENCE(20),
	/** Objects contained in this one, by their numbers. */
	CONTAINMENT(21);

	final int code;

	ColumnKind(int code) {
		this.code = code;
	}

	/** Whether a value of this kind is an object that may be {@code null}. */
	boolean nullable(EStructuralFeature feature) {
		return switch (this) {
			case REFERENCE, CONTAINMENT -> true;
			default -> !feature.getEType().getInstanceClass().isPrimitive();
		};
	}

	static ColumnKind of(EStructuralFeature feature) {
		if (feature instanceof EReference reference) {
			return reference.isContainment() ? CONTAINMENT : REFERENCE;
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> instance = type.getInstanceClass();
		if (instance == String.class) {
			return STRING;
		} else if (instance == int.class || instance == Integer.class) {
			return INT;
		} else if (instance == long.class || instance == Long.class) {
			return LONG;
		} else if (instance == boolean.class || instance == Boolean.class) {
			return BOOLEAN;
		} else if (instance == double.class || instance == Double.class) {
			return DOUBLE;
		} else if (instance == LocalDate.class) {
			return DATE;
		} else if (instance == BigDecimal.class) {
			return DECIMAL;
		} else if (instance == Instant.class) {
			return INSTANT;
		}
		return TEXT;
	}
}
