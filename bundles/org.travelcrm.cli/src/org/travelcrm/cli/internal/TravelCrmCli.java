package org.travelcrm.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * The command line of Travel CRM Workbench: picks the command named by the first word, runs it,
 * and turns every failure into a message and an exit status. A user mistake never shows a
 * stack trace; an internal error says so and leaves the details in the log.
 */
public final class TravelCrmCli {

	public static final int OK = 0;
	public static final int BAD_INPUT = 1;
	public static final int INTERNAL_ERROR = 2;

	private final Console console;
	private final Map<String, CliCommand> commands = new LinkedHashMap<>();

	public TravelCrmCli(PrintStream out, PrintStream err) {
		this.console = new Console(out, err);
		for (CliCommand command : List.of(new ImportCommand(), new ExportCommand(),
				new ValidateCommand(), new AnalyzeCommand(), new ReportCommand(), new DemoCommand(),
				new GenerateCommand())) {
			commands.put(command.name(), command);
		}
	}

	/** Runs the command the words name and returns its exit status. */
	public int run(String... words) {
		if (words.length == 0 || isHelp(words[0])) {
			console.out().print(usage());
			return OK;
		}
		if (words[0].equals("help") && words.length > 1) { //$NON-NLS-1$
			return help(words[1]);
		}
		CliCommand command = commands.get(words[0]);
		if (command == null) {
			console.err().println(NLS.bind(Messages.Cli_unknownCommand, words[0]));
			console.err().print(usage());
			return BAD_INPUT;
		}
		List<String> rest = Arrays.asList(words).subList(1, words.length);
		if (rest.stream().anyMatch(TravelCrmCli::isHelp)) {
			console.out().print(command.help());
			return OK;
		}
		return execute(command, rest);
	}

	private int execute(CliCommand command, List<String> rest) {
		try {
			return command.run(new Arguments(rest, command.flags()), console);
		} catch (UsageException e) {
			console.err().println(NLS.bind(Messages.Cli_usageError, command.name(), e.getMessage()));
			console.err().println(NLS.bind(Messages.Cli_seeHelp, command.name()));
			return BAD_INPUT;
		} catch (BadInputException e) {
			console.err().println(NLS.bind(Messages.Cli_badInput, e.getMessage()));
			return BAD_INPUT;
		} catch (OperationCanceledException e) {
			console.err().println(Messages.Cli_cancelled);
			return INTERNAL_ERROR;
		} catch (RuntimeException | LinkageError e) {
			ILog.of(TravelCrmCli.class).error(NLS.bind(Messages.Cli_internalError, command.name(),
					e), e);
			console.err().println(NLS.bind(Messages.Cli_internalError, command.name(), e));
			return INTERNAL_ERROR;
		}
	}

	private int help(String name) {
		CliCommand command = commands.get(name);
		if (command == null) {
			console.err().println(NLS.bind(Messages.Cli_unknownCommand, name));
			return BAD_INPUT;
		}
		console.out().print(command.help());
		return OK;
	}

	private String usage() {
		StringBuilder text = new StringBuilder(Messages.Cli_usage).append('\n');
		for (CliCommand command : commands.values()) {
			text.append(String.format("  %-10s %s%n", command.name(), command.summary())); //$NON-NLS-1$
		}
		text.append(Messages.Cli_usageTail).append('\n');
		return text.toString();
	}

	private static boolean isHelp(String word) {
		return word.equals("--help") || word.equals("-h"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
