package org.travelcrm.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.travelcrm.ui.agency.AgencyOpening;

/** File &gt; Open Agency: asks for an agency file and opens it. */
public class OpenAgencyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AgencyOpening.openFile(HandlerUtil.getActiveShell(event));
		return null;
	}
}
