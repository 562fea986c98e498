package org.travelcrm.campaigns.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.travelcrm.ui.WorkbenchIds;

/** Shows the goals of the agency in the Campaigns perspective. */
public class ShowGoalsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		try {
			window.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_CAMPAIGNS, window);
			window.getActivePage().showView(WorkbenchIds.VIEW_GOALS);
		} catch (WorkbenchException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
