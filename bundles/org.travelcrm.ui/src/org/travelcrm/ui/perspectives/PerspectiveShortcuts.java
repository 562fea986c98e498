package org.travelcrm.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.travelcrm.ui.WorkbenchIds;

/**
 * The perspectives and views every perspective offers in the Window menu.
 */
final class PerspectiveShortcuts {

	private static final List<String> PERSPECTIVES = List.of(WorkbenchIds.PERSPECTIVE_CUSTOMERS,
			WorkbenchIds.PERSPECTIVE_ANALYSIS, WorkbenchIds.PERSPECTIVE_CAMPAIGNS,
			WorkbenchIds.PERSPECTIVE_PROCESS);

	private static final List<String> VIEWS = List.of(WorkbenchIds.VIEW_AGENCY_EXPLORER,
			WorkbenchIds.VIEW_DATA_QUALITY, WorkbenchIds.VIEW_ANALYSES, WorkbenchIds.VIEW_CAMPAIGNS,
			WorkbenchIds.VIEW_GOALS, WorkbenchIds.VIEW_PROCESS, WorkbenchIds.VIEW_PROPERTIES);

	private PerspectiveShortcuts() {
	}

	static void addTo(IPageLayout layout) {
		PERSPECTIVES.forEach(layout::addPerspectiveShortcut);
		VIEWS.forEach(layout::addShowViewShortcut);
	}
}
