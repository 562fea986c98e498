package org.travelcrm.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code ./travelcrm COMMAND ...}: runs one command and exits
 * with its status (0 success, 1 bad input, 2 internal error).
 */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Map<?, ?> arguments = context.getArguments();
		String[] args = (String[]) arguments.get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		context.applicationRunning();
		return Integer.valueOf(new TravelCrmCli(out, err).run(args == null ? new String[0] : args));
	}

	@Override
	public void stop() {
		// A command runs to its end; there is nothing to interrupt from outside.
	}
}
