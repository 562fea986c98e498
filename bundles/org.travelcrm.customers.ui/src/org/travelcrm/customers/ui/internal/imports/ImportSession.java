package org.travelcrm.customers.ui.internal.imports;

import java.nio.file.Path;

import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * What the pages of the import wizard share: the target agency, the file, its sample, the
 * profile being edited and the plan computed from them. A change of file or profile forgets the
 * plan, so that a stale preview is never applied.
 */
final class ImportSession {

	private OpenAgency agency;
	private Path file;
	private FileSample sample;
	private ImportProfile profile;
	private ImportPlan plan;
	private String problem;

	OpenAgency agency() {
		return agency;
	}

	void setAgency(OpenAgency agency) {
		this.agency = agency;
		plan = null;
	}

	Path file() {
		return file;
	}

	void setFile(Path file) {
		this.file = file;
		sample = null;
		plan = null;
	}

	FileSample sample() {
		return sample;
	}

	void setSample(FileSample sample) {
		this.sample = sample;
	}

	ImportProfile profile() {
		return profile;
	}

	void setProfile(ImportProfile profile) {
		this.profile = profile;
		plan = null;
	}

	/** Call after the profile was edited in place. */
	void profileChanged() {
		plan = null;
	}

	ImportPlan plan() {
		return plan;
	}

	void setPlan(ImportPlan plan) {
		this.plan = plan;
		problem = null;
	}

	/** Why the last plan could not be made, or {@code null}. */
	String problem() {
		return problem;
	}

	void setProblem(String problem) {
		this.problem = problem;
		plan = null;
	}
}
