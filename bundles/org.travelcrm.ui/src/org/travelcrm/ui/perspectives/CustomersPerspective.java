package org.travelcrm.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.travelcrm.ui.WorkbenchIds;

/**
 * Step 2 of the cycle: the agency explorer on the left, customer editors in the middle,
 * properties and data quality below.
 */
@SuppressWarnings("nls")
public class CustomersPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(WorkbenchIds.VIEW_AGENCY_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(WorkbenchIds.VIEW_PROPERTIES);
		bottom.addView(WorkbenchIds.VIEW_DATA_QUALITY);
		PerspectiveShortcuts.addTo(layout);
	}
}
