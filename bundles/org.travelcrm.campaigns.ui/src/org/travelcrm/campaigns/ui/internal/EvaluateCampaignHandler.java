package org.travelcrm.campaigns.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.travelcrm.campaigns.ui.AgencyTracker;
import org.travelcrm.model.Campaign;

/** Opens the evaluation wizard on the selected campaign, or on one that waits for it. */
public class EvaluateCampaignHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Campaign selected = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Campaign campaign) {
			selected = campaign;
		}
		WizardDialog dialog = CampaignActions.evaluationDialog(window.getShell(),
				AgencyTracker.active(window.getActivePage()), selected);
		if (dialog != null) {
			dialog.open();
		}
		return null;
	}
}
