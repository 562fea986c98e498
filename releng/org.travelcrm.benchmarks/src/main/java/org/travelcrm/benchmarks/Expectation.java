package org.travelcrm.benchmarks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the SQL definitions computed for one analysis: per-customer columns (indexed by the
 * customer's position in the agency) and table rows keyed by their key columns, named as the
 * engine names its columns.
 * <p>
 * Values are {@code null}, {@link String}, {@link Long}, {@link BigDecimal}, {@link LocalDate}
 * or a {@link Ratio}: an exact numerator and denominator that the comparison divides the way
 * the engine reports shares, rates and means (ten places, half up; none for a zero
 * denominator).
 */
final class Expectation {

	/** The scale of the engine's shares, rates and means. */
	static final int RATIO_SCALE = 10;

	final String analysis;
	final Map<String, Object[]> customerColumns = new LinkedHashMap<>();
	final List<Table> tables = new ArrayList<>();

	Expectation(String analysis) {
		this.analysis = analysis;
	}

	/**
	 * Table rows; {@code fixedGroups}: the engine lists every group of a fixed set, so a group
	 * the SQL does not find must count zero in the engine's table.
	 */
	record Table(String name, List<String> keys, List<String> columns,
			Map<List<Object>, Object[]> rows, boolean fixedGroups) {
	}

	/** An exact quotient as the engine rounds it. */
	record Ratio(BigDecimal numerator, BigDecimal denominator) {

		BigDecimal value() {
			if (numerator == null || denominator == null || denominator.signum() == 0) {
				return null;
			}
			return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
		}
	}

	/** A JDBC value as the engine's column types hold it. */
	static Object normalize(Object value) {
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return Long.valueOf(((Number) value).longValue());
		}
		if (value instanceof BigInteger big) {
			return Long.valueOf(big.longValueExact());
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		return value;
	}

	/** A JDBC number as an exact decimal, or {@code null}. */
	static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof BigInteger big) {
			return new BigDecimal(big);
		}
		return BigDecimal.valueOf(((Number) value).longValue());
	}
}
