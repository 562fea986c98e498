package org.travelcrm.core.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.travelcrm.core.imports.AgencyChanges.Update;
import org.travelcrm.core.internal.commands.RecordingCommand;
import org.travelcrm.model.Agency;

/**
 * Applies an import plan to the agency as one command: new products, customers and bookings
 * are appended, existing ones updated. The changes are computed again when the command runs,
 * against the agency as it is then, so that a plan applied late stays correct.
 */
final class ImportCommand extends RecordingCommand {

	private final Agency agency;
	private final PlanBuilder drafts;
	private final ImportProfile profile;
	private final List<EObject> affected = new ArrayList<>();

	ImportCommand(Agency agency, PlanBuilder drafts, ImportProfile profile, String label) {
		super(label, label);
		this.agency = agency;
		this.drafts = drafts;
		this.profile = profile;
	}

	@Override
	protected void record(Recorder recorder) {
		AgencyChanges changes = AgencyChanges.compute(agency, drafts, profile, true);
		affected.clear();
		recorder.addAll(agency.getProducts(), changes.newProducts);
		recorder.addAll(agency.getCustomers(), changes.newCustomers);
		recorder.addAll(agency.getBookings(), changes.newBookings);
		for (Update update : changes.updates) {
			recorder.set(update.object(), update.feature(), update.value());
			affected.add(update.object());
		}
		affected.addAll(changes.newCustomers);
		affected.addAll(changes.newBookings);
	}

	@Override
	protected Collection<?> affectedObjects() {
		return affected;
	}
}
