package org.travelcrm.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.travelcrm.cli.internal.TravelCrmCli;

/**
 * Runs command lines in the test's process and keeps what the last one printed.
 */
final class CliSession {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs a command line and returns its exit status. */
	int run(String... words) {
		out.reset();
		err.reset();
		return new TravelCrmCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(words);
	}

	/** What the last command wrote to standard output. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last command wrote to standard error. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
