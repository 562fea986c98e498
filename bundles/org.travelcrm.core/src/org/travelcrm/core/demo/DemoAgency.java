package org.travelcrm.core.demo;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.model.Agency;

/**
 * The built-in demo agency trainers run the CRM cycle on: a few hundred customers, three years
 * of history, two goals and one finished campaign. Always the same agency.
 */
public final class DemoAgency {

	/** The name of the demo agency. */
	public static final String NAME = "Harmony Travel 和谐旅行社"; //$NON-NLS-1$

	/** How many customers the demo agency has. */
	public static final int CUSTOMERS = 400;

	private static final long SEED = 20_260_701L;

	private DemoAgency() {
	}

	/** A new copy of the demo agency's baseline. */
	public static Agency create(IProgressMonitor monitor) {
		return new AgencyGenerator(SEED).generate(NAME, CUSTOMERS, monitor);
	}
}
