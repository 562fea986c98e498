package org.travelcrm.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * The words after a command: options ({@code --name value}, {@code --name=value}, flags) and
 * positional arguments. A command takes what it knows and then calls {@link #finish()}, so that
 * a misspelt option is reported instead of ignored.
 */
final class Arguments {

	private final Map<String, List<String>> options = new LinkedHashMap<>();
	private final List<String> positional = new ArrayList<>();
	/**
	 * @param words the words after the command name
	 * @param flags the options of the command that take no value
	 */
	Arguments(List<String> words, Set<String> flags) throws UsageException {
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--") || word.equals("--")) { //$NON-NLS-1$ //$NON-NLS-2$
				positional.add(word);
				continue;
			}
			String name = word.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			} else if (flags.contains(name)) {
				value = "true"; //$NON-NLS-1$
			} else if (i + 1 < words.size()) {
				value = words.get(++i);
			} else {
				// Said when the command asks for it: a misspelt last option is unknown instead.
				value = null;
			}
			options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
	}

	boolean flag(String name) {
		return options.remove(name) != null;
	}

	String option(String name) throws UsageException {
		List<String> values = options.remove(name);
		if (values == null) {
			return null;
		}
		if (values.size() > 1) {
			throw new UsageException(NLS.bind(Messages.Arguments_repeated, name));
		}
		if (values.get(0) == null) {
			throw new UsageException(NLS.bind(Messages.Arguments_missingValue, name));
		}
		return values.get(0);
	}

	String required(String name) throws UsageException {
		String value = option(name);
		if (value == null || value.isBlank()) {
			throw new UsageException(NLS.bind(Messages.Arguments_missingOption, name));
		}
		return value;
	}

	List<String> all(String name) throws UsageException {
		List<String> values = options.remove(name);
		if (values != null && values.contains(null)) {
			throw new UsageException(NLS.bind(Messages.Arguments_missingValue, name));
		}
		return values == null ? List.of() : values;
	}

	int integer(String name, int defaultValue, int min) throws UsageException {
		String value = option(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number < min) {
				throw new NumberFormatException();
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Arguments_notANumber,
					new Object[] { name, value, min }));
		}
	}

	long number(String name, long defaultValue) throws UsageException {
		String value = option(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Arguments_notANumber,
					new Object[] { name, value, Long.MIN_VALUE }));
		}
	}

	Path path(String name) throws UsageException {
		return Path.of(required(name));
	}

	/** The positional argument at an index, required. */
	String positional(int index, String label) throws UsageException {
		if (index >= positional.size()) {
			throw new UsageException(NLS.bind(Messages.Arguments_missingArgument, label));
		}
		return positional.get(index);
	}

	/** The number of positional arguments. */
	int positionalCount() {
		return positional.size();
	}

	/** The positional arguments, in order. */
	List<String> positionals() {
		return List.copyOf(positional);
	}

	/**
	 * Checks that everything given was used.
	 *
	 * @param positionalCount how many positional arguments the command takes
	 */
	void finish(int positionalCount) throws UsageException {
		if (!options.isEmpty()) {
			String name = options.keySet().iterator().next();
			throw new UsageException(NLS.bind(Messages.Arguments_unknownOption, name));
		}
		if (positional.size() > positionalCount) {
			throw new UsageException(NLS.bind(Messages.Arguments_unexpected,
					positional.get(positionalCount)));
		}
	}
}
