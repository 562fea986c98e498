package org.travelcrm.ui.perspectives;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.travelcrm.ui.WorkbenchIds;

/**
 * Step 3 of the cycle: analysis views take most of the window; the explorer stays at hand.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(WorkbenchIds.VIEW_AGENCY_EXPLORER, IPageLayout.LEFT, 0.20f, editors);
		layout.addView(WorkbenchIds.VIEW_ANALYSES, IPageLayout.RIGHT, 0.25f, editors);
		PerspectiveShortcuts.addTo(layout);
	}
}
