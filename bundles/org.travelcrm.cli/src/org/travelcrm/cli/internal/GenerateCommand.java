package org.travelcrm.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.demo.AgencyGenerator;
import org.travelcrm.model.Agency;

/**
 * {@code generate --customers N --seed S --agency FILE}: writes a generated agency.
 */
final class GenerateCommand implements CliCommand {

	@Override
	public String name() {
		return "generate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.GenerateCommand_summary;
	}

	@Override
	public String help() {
		return Messages.GenerateCommand_help;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		int customers = arguments.integer("customers", 1_000, 1); //$NON-NLS-1$
		long seed = arguments.number("seed", 1L); //$NON-NLS-1$
		String name = arguments.option("name"); //$NON-NLS-1$
		Path file = arguments.path("agency"); //$NON-NLS-1$
		arguments.finish(0);
		Agency agency = new AgencyGenerator(seed).generate(
				name == null ? NLS.bind(Messages.GenerateCommand_defaultName, seed) : name,
				customers, console.progress());
		AgencyFileAccess.save(agency, file, console.progress());
		console.out().println(NLS.bind(Messages.DemoCommand_written, new Object[] { file,
				agency.getCustomers().size(), agency.getBookings().size() }));
		return TravelCrmCli.OK;
	}
}
