package org.travelcrm.core.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;

/**
 * The data one or more analyses run on: an agency as it is now, seen from an as-of date.
 * <p>
 * The context builds the columnar views ({@link Purchases}, {@link SurveyScores}) once, on
 * first use, and keeps results that several analyses share (such as the value tiers under
 * given parameters). It does not follow later changes of the agency: create a new context
 * after the agency changed. A context may be used by several threads.
 */
public final class AnalysisContext {

	private final Agency agency;
	private final LocalDate asOf;
	private final Map<Object, Object> shared = new HashMap<>();
	private Purchases purchases;
	private SurveyScores surveys;

	private AnalysisContext(Agency agency, LocalDate asOf) {
		this.agency = agency;
		this.asOf = asOf;
	}

	/** A context with the default as-of date ({@link #defaultAsOf(Agency)}). */
	public static AnalysisContext of(Agency agency) {
		return new AnalysisContext(agency, defaultAsOf(agency));
	}

	/** A context with an as-of date, or the default one when it is {@code null}. */
	public static AnalysisContext of(Agency agency, LocalDate asOf) {
		return new AnalysisContext(agency, asOf == null ? defaultAsOf(agency) : asOf);
	}

	/**
	 * The day after the latest booked date of any booking (cancelled ones included); today in
	 * the agency's time zone when there is no booking.
	 */
	public static LocalDate defaultAsOf(Agency agency) {
		LocalDate latest = null;
		for (Booking booking : agency.getBookings()) {
			LocalDate day = booking.getBookedDate();
			if (day != null && (latest == null || day.isAfter(latest))) {
				latest = day;
			}
		}
		return latest == null ? LocalDate.now(zone(agency)) : latest.plusDays(1);
	}

	/** The agency's time zone, or the system's when the agency names none or an unknown one. */
	public static ZoneId zone(Agency agency) {
		String name = agency.getTimeZone();
		if (name != null && !name.isBlank()) {
			try {
				return ZoneId.of(name);
			} catch (DateTimeException e) {
				// Validation reports an unknown zone; counting days goes on in the system's.
			}
		}
		return ZoneId.systemDefault();
	}

	public Agency agency() {
		return agency;
	}

	/** The exclusive end of everything the analyses see. */
	public LocalDate asOf() {
		return asOf;
	}

	/** The as-of date as an epoch day. */
	public int asOfDay() {
		return (int) asOf.toEpochDay();
	}

	/** The purchases before the as-of date, built on first use. */
	public synchronized Purchases purchases() {
		if (purchases == null) {
			purchases = Purchases.of(agency, asOfDay());
		}
		return purchases;
	}

	/** The surveys before the as-of date, built on first use. */
	public SurveyScores surveys() {
		Purchases built = purchases();
		synchronized (this) {
			if (surveys == null) {
				surveys = SurveyScores.of(agency, built);
			}
			return surveys;
		}
	}

	/**
	 * A value shared by the analyses of this context, computed on first request.
	 * <p>
	 * The key must say everything the value depends on besides the context (for example the
	 * parameter values). A computation that fails or is cancelled leaves nothing behind.
	 */
	public <T> T shared(Object key, Class<T> type, Supplier<T> computation) {
		synchronized (shared) {
			Object value = shared.get(key);
			if (value != null) {
				return type.cast(value);
			}
		}
		T value = computation.get();
		synchronized (shared) {
			Object earlier = shared.putIfAbsent(key, value);
			return earlier == null ? value : type.cast(earlier);
		}
	}
}
