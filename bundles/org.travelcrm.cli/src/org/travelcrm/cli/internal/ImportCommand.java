package org.travelcrm.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;

/**
 * {@code import FILE [--profile NAME|PROFILE-FILE] --agency AGENCY-FILE}: imports a customer or
 * booking file (CSV or Excel workbook) into an agency file, creating it when needed, and prints
 * the import report.
 * Without a profile the mapping is guessed from the headers and printed.
 */
@SuppressWarnings("nls")
final class ImportCommand implements CliCommand {

	private static final int LISTED_ROWS = 50;

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ImportCommand_summary;
	}

	@Override
	public String help() {
		return NLS.bind(Messages.ImportCommand_help, String.join(", ", ImportProfile.BUILT_IN));
	}

	@Override
	public Set<String> flags() {
		return Set.of("walk-ins", "dry-run", "all-rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		Path file = Path.of(arguments.positional(0, "FILE")); //$NON-NLS-1$
		String profileName = arguments.option("profile"); //$NON-NLS-1$
		Path agencyFile = arguments.path("agency"); //$NON-NLS-1$
		String saveProfile = arguments.option("save-profile"); //$NON-NLS-1$
		boolean walkIns = arguments.flag("walk-ins"); //$NON-NLS-1$
		boolean dryRun = arguments.flag("dry-run"); //$NON-NLS-1$
		boolean allRows = arguments.flag("all-rows"); //$NON-NLS-1$
		arguments.finish(1);
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(NLS.bind(Messages.ImportCommand_noFile, file));
		}

		SubMonitor progress = SubMonitor.convert(console.progress(),
				NLS.bind(Messages.ImportCommand_task, file.getFileName()), 10);
		// The agency file first: a wrong name or a damaged file stops before anything is printed.
		AgencyFileAccess.store(agencyFile);
		Agency agency = Files.exists(agencyFile)
				? AgencyFileAccess.load(agencyFile, progress.split(2))
				: newAgency(agencyFile);
		ImportProfile profile = profile(profileName, file, console);
		if (walkIns) {
			profile.setMissingCustomer(ImportProfile.MissingCustomer.WALK_IN);
		}
		if (saveProfile != null) {
			save(profile, Path.of(saveProfile));
			console.out().println(NLS.bind(Messages.ImportCommand_profileSaved, saveProfile));
		}
		ImportPlan plan;
		try {
			plan = new Importer(profile).plan(agency, file, progress.split(5));
		} catch (IOException e) {
			throw new BadInputException(e.getMessage(), e);
		}
		console.out().print(plan.report(allRows ? Integer.MAX_VALUE : LISTED_ROWS));
		if (dryRun) {
			console.out().println(Messages.ImportCommand_dryRun);
			return TravelCrmCli.OK;
		}
		if (plan.changesNothing()) {
			console.out().println(NLS.bind(Messages.ImportCommand_nothingToDo, agencyFile));
			return TravelCrmCli.OK;
		}
		Command command = plan.createCommand();
		if (!command.canExecute()) {
			throw new BadInputException(NLS.bind(Messages.ImportCommand_cannotApply, file));
		}
		new BasicCommandStack().execute(command);
		AgencyFileAccess.save(agency, agencyFile, progress.split(3));
		console.out().println(NLS.bind(Messages.ImportCommand_saved, new Object[] { agencyFile,
				agency.getCustomers().size(), agency.getBookings().size() }));
		return TravelCrmCli.OK;
	}

	private static ImportProfile profile(String name, Path file, Console console)
			throws BadInputException {
		if (name != null && ImportProfile.BUILT_IN.contains(name)) {
			return ImportProfile.builtIn(name);
		}
		if (name != null) {
			Path profileFile = Path.of(name);
			if (!Files.isRegularFile(profileFile)) {
				throw new BadInputException(NLS.bind(Messages.ImportCommand_noProfile, name,
						String.join(", ", ImportProfile.BUILT_IN))); //$NON-NLS-1$
			}
			try {
				return ImportProfile.load(profileFile);
			} catch (IOException | IllegalArgumentException e) {
				throw new BadInputException(NLS.bind(Messages.ImportCommand_badProfile, name,
						e.getMessage()), e);
			}
		}
		try {
			FileSample sample = new Importer(new ImportProfile()).sample(file, 5);
			ImportProfile guessed = sample.guessed();
			StringWriter text = new StringWriter();
			guessed.write(text);
			console.out().println(Messages.ImportCommand_guessed);
			console.out().println(text.toString().strip());
			console.out().println();
			return guessed;
		} catch (IOException e) {
			throw new BadInputException(e.getMessage(), e);
		}
	}

	private static void save(ImportProfile profile, Path file) throws BadInputException {
		try {
			profile.save(file);
		} catch (IOException e) {
			throw new BadInputException(NLS.bind(Messages.Command_cannotWrite, file, e.getMessage()),
					e);
		}
	}

	private static Agency newAgency(Path file) {
		Agency agency = CrmFactory.eINSTANCE.createAgency();
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		agency.setName(dot > 0 ? name.substring(0, dot) : name);
		return agency;
	}
}
