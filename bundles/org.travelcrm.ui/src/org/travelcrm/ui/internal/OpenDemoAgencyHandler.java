package org.travelcrm.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.travelcrm.ui.agency.AgencyOpening;

/** File &gt; Open Demo Agency: opens a fresh copy of the built-in demo agency. */
public class OpenDemoAgencyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AgencyOpening.openDemo(agency -> {
		});
		return null;
	}
}
