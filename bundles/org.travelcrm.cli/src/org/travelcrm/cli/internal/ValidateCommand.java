package org.travelcrm.cli.internal;

import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.Agency;

/**
 * {@code validate AGENCY-FILE}: prints every validation problem; exits with 1 when there is an
 * error.
 */
final class ValidateCommand implements CliCommand {

	@Override
	public String name() {
		return "validate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ValidateCommand_summary;
	}

	@Override
	public String help() {
		return Messages.ValidateCommand_help;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		Path file = Path.of(arguments.positional(0, "AGENCY-FILE")); //$NON-NLS-1$
		arguments.finish(1);
		Agency agency = AgencyFileAccess.load(file, console.progress());
		Diagnostic result = Diagnostician.INSTANCE.validate(agency);
		int errors = 0;
		int warnings = 0;
		for (Diagnostic problem : result.getChildren()) {
			boolean error = problem.getSeverity() >= Diagnostic.ERROR;
			errors += error ? 1 : 0;
			warnings += error ? 0 : 1;
			console.out().println((error ? Messages.ValidateCommand_error
					: Messages.ValidateCommand_warning) + ' ' + problem.getMessage());
		}
		console.out().println(NLS.bind(Messages.ValidateCommand_summaryLine,
				new Object[] { file, errors, warnings }));
		return errors == 0 ? TravelCrmCli.OK : TravelCrmCli.BAD_INPUT;
	}
}
