package org.travelcrm.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;

/**
 * Loading and saving agency files for commands, with failures turned into bad-input messages.
 */
final class AgencyFileAccess {

	private AgencyFileAccess() {
	}

	static AgencyStore store(Path file) throws BadInputException {
		try {
			return AgencyFiles.store(file);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(e.getMessage(), e);
		}
	}

	static Agency load(Path file, IProgressMonitor monitor) throws BadInputException {
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(NLS.bind(Messages.AgencyFileAccess_missing, file));
		}
		try {
			return store(file).load(monitor);
		} catch (StoreException e) {
			throw new BadInputException(e.getMessage(), e);
		}
	}

	static void save(Agency agency, Path file, IProgressMonitor monitor) throws BadInputException {
		try {
			store(file).save(agency, monitor);
		} catch (StoreException e) {
			throw new BadInputException(e.getMessage(), e);
		}
	}
}
