package org.travelcrm.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

/**
 * A parameter an analysis declares: its name (as the command line's {@code --param} and the
 * agency's analysis settings spell it), its type, its default value and, for a choice, the
 * names it may take.
 */
public final class AnalysisParameter {

	private final String name;
	private final ParameterType type;
	private final String defaultValue;
	private final List<String> choices;
	private final String description;

	/**
	 * @param choices the allowed values of a {@link ParameterType#CHOICE}; empty otherwise
	 * @throws IllegalArgumentException when the default value is not valid for the type
	 */
	public AnalysisParameter(String name, ParameterType type, String defaultValue,
			List<String> choices, String description) {
		this.name = Objects.requireNonNull(name);
		this.type = Objects.requireNonNull(type);
		this.defaultValue = defaultValue == null ? "" : defaultValue; //$NON-NLS-1$
		this.choices = List.copyOf(choices);
		this.description = description == null ? "" : description; //$NON-NLS-1$
		validate(this.defaultValue);
	}

	public String name() {
		return name;
	}

	public ParameterType type() {
		return type;
	}

	public String defaultValue() {
		return defaultValue;
	}

	/** The names a choice may take, in the declared order; empty for other types. */
	public List<String> choices() {
		return choices;
	}

	public String description() {
		return description;
	}

	/**
	 * Checks a value written as text against this parameter's type.
	 *
	 * @return the value, trimmed
	 * @throws IllegalArgumentException with a message for the user when it does not fit
	 */
	public String validate(String value) {
		String text = value == null ? "" : value.trim(); //$NON-NLS-1$
		try {
			switch (type) {
			case INTEGER -> Integer.parseInt(text);
			case DECIMAL -> new BigDecimal(text);
			case DECIMAL_LIST -> parseDecimals(text);
			case CHOICE -> {
				if (!choices.contains(text)) {
					throw new IllegalArgumentException(NLS.bind(Messages.Parameter_notAChoice,
							new Object[] { name, text, String.join(", ", choices) })); //$NON-NLS-1$
				}
			}
			case TEXT -> {
				// any text will do
			}
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.Parameter_notANumber, name, text), e);
		}
		return text;
	}

	/** Reads comma-separated decimals; the empty text is the empty list. */
	static List<BigDecimal> parseDecimals(String text) {
		List<BigDecimal> values = new ArrayList<>();
		if (text.isBlank()) {
			return values;
		}
		for (String part : text.split(",")) { //$NON-NLS-1$
			values.add(new BigDecimal(part.trim()));
		}
		return values;
	}

	@Override
	public String toString() {
		return name + '=' + defaultValue;
	}
}
