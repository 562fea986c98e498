package org.travelcrm.campaigns.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.travelcrm.campaigns.ui.AgencyTracker;

/** Opens the New Campaign wizard on the active agency. */
public class NewCampaignHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		WizardDialog dialog = CampaignActions.newCampaignDialog(window.getShell(),
				AgencyTracker.active(window.getActivePage()));
		if (dialog != null) {
			dialog.open();
		}
		return null;
	}
}
