package org.travelcrm.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.model.Agency;

/**
 * {@code demo --agency FILE}: writes the built-in demo agency.
 */
final class DemoCommand implements CliCommand {

	@Override
	public String name() {
		return "demo"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.DemoCommand_summary;
	}

	@Override
	public String help() {
		return Messages.DemoCommand_help;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		Path file = arguments.path("agency"); //$NON-NLS-1$
		arguments.finish(0);
		Agency agency = DemoAgency.create(console.progress());
		AgencyFileAccess.save(agency, file, console.progress());
		console.out().println(NLS.bind(Messages.DemoCommand_written, new Object[] { file,
				agency.getCustomers().size(), agency.getBookings().size() }));
		return TravelCrmCli.OK;
	}
}
