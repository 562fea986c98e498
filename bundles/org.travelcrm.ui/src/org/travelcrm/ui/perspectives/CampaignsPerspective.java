package org.travelcrm.ui.perspectives;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.travelcrm.ui.WorkbenchIds;

/**
 * Steps 1, 4 and 5 of the cycle: goals and campaigns beside their editors.
 */
public class CampaignsPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(WorkbenchIds.VIEW_CAMPAIGNS, IPageLayout.LEFT, 0.25f, editors);
		layout.addView(WorkbenchIds.VIEW_GOALS, IPageLayout.BOTTOM, 0.55f,
				WorkbenchIds.VIEW_CAMPAIGNS);
		PerspectiveShortcuts.addTo(layout);
	}
}
