package org.travelcrm.analysis.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.ParameterNames;

/**
 * The analysis parameters the user set in the Parameters view, kept as preferences: the as-of
 * day and the parameter values every analysis view runs with. A blank value means "the
 * agency's saved setting, else the analysis's default".
 */
public final class AnalysisPreferences {

	public static final String PLUGIN_ID = "org.travelcrm.analysis.ui"; //$NON-NLS-1$

	/** The as-of day, {@code YYYY-MM-DD}; blank for the day after the latest booking. */
	public static final String AS_OF = "asOf"; //$NON-NLS-1$

	/** The parameters the view offers, in the order it shows them. */
	public static final List<String> PARAMETERS = List.of(ParameterNames.ACTIVITY_WINDOW_DAYS,
			ParameterNames.NEW_WINDOW_DAYS, ParameterNames.LOOKBACK_DAYS,
			ParameterNames.TIER_POLICY, ParameterNames.TIER_SHARES, ParameterNames.ABC_SHARES,
			ParameterNames.PERIOD);

	private AnalysisPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(PLUGIN_ID);
	}

	/** The value set for a key, or the empty string. */
	public static String get(String key) {
		return node().get(key, ""); //$NON-NLS-1$
	}

	/** Sets (or, when blank, clears) a value and writes the preferences. */
	public static void set(String key, String value) {
		if (value == null || value.isBlank()) {
			node().remove(key);
		} else {
			node().put(key, value.trim());
		}
		try {
			node().flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The parameter values set, without blanks and without the as-of day. */
	public static Map<String, String> parameters() {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			String value = get(name);
			if (!value.isBlank()) {
				values.put(name, value);
			}
		}
		return values;
	}

	/** The parameter values set that this analysis declares; others would be rejected. */
	public static Map<String, String> parametersFor(AnalysisDescriptor descriptor) {
		Map<String, String> given = new LinkedHashMap<>();
		parameters().forEach((name, value) -> {
			if (descriptor.parameter(name) != null) {
				given.put(name, value);
			}
		});
		return given;
	}

	/** The as-of day set, or {@code null} for the analyses' default. */
	public static LocalDate asOf() {
		String text = get(AS_OF);
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	public static void addListener(IPreferenceChangeListener listener) {
		node().addPreferenceChangeListener(listener);
	}

	public static void removeListener(IPreferenceChangeListener listener) {
		node().removePreferenceChangeListener(listener);
	}
}
