package org.travelcrm.ui.perspectives;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.travelcrm.ui.WorkbenchIds;

/**
 * The whole cycle at a glance, for trainers and new users: the process view leads, and every
 * step opens the place where it is done.
 */
public class ProcessPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(WorkbenchIds.VIEW_PROCESS, IPageLayout.LEFT, 0.40f, editors);
		layout.addView(WorkbenchIds.VIEW_AGENCY_EXPLORER, IPageLayout.BOTTOM, 0.60f,
				WorkbenchIds.VIEW_PROCESS);
		PerspectiveShortcuts.addTo(layout);
	}
}
