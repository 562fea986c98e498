package org.travelcrm.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.travelcrm.ui.agency.AgencyOpening;

/** File &gt; New Agency: opens a new, empty agency. */
public class NewAgencyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AgencyOpening.newAgency();
		return null;
	}
}
