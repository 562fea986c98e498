package org.travelcrm.ui.agency;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;

/**
 * Checks an agency and writes it to a store. The agency cannot change while the job runs (its
 * command stack is read-only), so that the file holds exactly one state of it. What went wrong
 * is kept for the UI to tell the user: validation errors stop the write before it starts.
 */
final class SaveAgencyJob extends Job {

	private final OpenAgency agency;
	private final AgencyStore target;
	private final boolean validateFirst;
	private Diagnostic problems;
	private StoreException failure;
	private boolean written;

	SaveAgencyJob(OpenAgency agency, AgencyStore target, boolean validateFirst) {
		super(NLS.bind(Messages.AgencySaving_jobName, agency.getLabel()));
		this.agency = agency;
		this.target = target;
		this.validateFirst = validateFirst;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		if (validateFirst) {
			progress.subTask(NLS.bind(Messages.AgencySaving_validating, agency.getLabel()));
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(agency.getAgency());
			progress.split(2);
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				problems = diagnostic;
				return Status.OK_STATUS;
			}
		}
		progress.setWorkRemaining(8);
		progress.subTask(NLS.bind(Messages.AgencySaving_writing, target.location()));
		try {
			target.save(agency.getAgency(), progress.split(8));
			written = true;
		} catch (StoreException e) {
			failure = e;
		}
		return Status.OK_STATUS;
	}

	OpenAgency agency() {
		return agency;
	}

	AgencyStore target() {
		return target;
	}

	/** The validation errors that stopped the save, or {@code null}. */
	Diagnostic problems() {
		return problems;
	}

	/** Why the store could not write the agency, or {@code null}. */
	StoreException failure() {
		return failure;
	}

	boolean written() {
		return written;
	}
}
