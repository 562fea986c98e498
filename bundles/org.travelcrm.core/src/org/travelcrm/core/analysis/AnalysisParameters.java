package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

/**
 * The values an analysis runs with, one for each parameter it declares.
 * <p>
 * A value comes from the first of: the values given for this run, the agency's analysis
 * settings, the parameter's declared default. Values given for this run must name a declared
 * parameter; agency settings for parameters the analysis does not declare are ignored.
 */
public final class AnalysisParameters {

	private final SortedMap<String, String> values;
	private final Map<String, AnalysisParameter> declared;

	private AnalysisParameters(SortedMap<String, String> values,
			Map<String, AnalysisParameter> declared) {
		this.values = Collections.unmodifiableSortedMap(values);
		this.declared = declared;
	}

	/**
	 * Resolves the values of the declared parameters.
	 *
	 * @param settings the agency's analysis settings, may be empty
	 * @param given    the values given for this run, may be empty
	 * @throws IllegalArgumentException naming a given parameter that is not declared or a value
	 *                                  that does not fit its parameter
	 */
	public static AnalysisParameters resolve(List<AnalysisParameter> parameters,
			Map<String, String> settings, Map<String, String> given) {
		Map<String, AnalysisParameter> declared = new TreeMap<>();
		for (AnalysisParameter parameter : parameters) {
			declared.put(parameter.name(), parameter);
		}
		for (String name : given.keySet()) {
			if (!declared.containsKey(name)) {
				throw new IllegalArgumentException(
						NLS.bind(Messages.Parameter_unknown, name, String.join(", ", //$NON-NLS-1$
								declared.keySet())));
			}
		}
		SortedMap<String, String> values = new TreeMap<>();
		for (AnalysisParameter parameter : declared.values()) {
			String value = given.get(parameter.name());
			if (value == null) {
				value = settings.get(parameter.name());
			}
			if (value == null) {
				value = parameter.defaultValue();
			}
			values.put(parameter.name(), parameter.validate(value));
		}
		return new AnalysisParameters(values, declared);
	}

	/** All values by parameter name, in name order. */
	public SortedMap<String, String> asMap() {
		return values;
	}

	/** The value of a declared parameter as text. */
	public String text(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Parameter_unknown, name,
					String.join(", ", declared.keySet()))); //$NON-NLS-1$
		}
		return value;
	}

	/** The value of a declared {@link ParameterType#INTEGER} parameter. */
	public int integer(String name) {
		return Integer.parseInt(text(name));
	}

	/** The value of a declared {@link ParameterType#DECIMAL} parameter. */
	public BigDecimal decimal(String name) {
		return new BigDecimal(text(name));
	}

	/** The value of a declared {@link ParameterType#DECIMAL_LIST} parameter. */
	public List<BigDecimal> decimals(String name) {
		return List.copyOf(AnalysisParameter.parseDecimals(text(name)));
	}

	/** The value of a declared {@link ParameterType#CHOICE} parameter as an enum constant. */
	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		return Enum.valueOf(type, text(name));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AnalysisParameters that && values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
