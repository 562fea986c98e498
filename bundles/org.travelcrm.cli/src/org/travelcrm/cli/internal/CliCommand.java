package org.travelcrm.cli.internal;

import java.util.Set;

/**
 * One command of the command line.
 */
interface CliCommand {

	/** The word that selects the command, for example {@code import}. */
	String name();

	/** One line saying what the command does. */
	String summary();

	/** The full help: synopsis, options, exit status. */
	String help();

	/** The options of the command that take no value. */
	default Set<String> flags() {
		return Set.of();
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit status
	 * @throws UsageException  when the arguments are wrong
	 * @throws BadInputException when a file or value given is wrong
	 */
	int run(Arguments arguments, Console console) throws UsageException, BadInputException;
}
