package org.travelcrm.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.travelcrm.ui.WorkbenchIds;

/**
 * Step 3 of the cycle: four analysis views side by side take most of the window, the other
 * analyses are stacked below them, and the explorer and the analysis parameters stay at hand.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.16f, editors); //$NON-NLS-1$
		left.addView(WorkbenchIds.VIEW_AGENCY_EXPLORER);
		left.addView(WorkbenchIds.VIEW_ANALYSIS_PARAMETERS);
		IFolderLayout more = layout.createFolder("more", IPageLayout.BOTTOM, 0.6f, editors); //$NON-NLS-1$
		more.addView(WorkbenchIds.VIEW_TARGETS);
		more.addView(WorkbenchIds.VIEW_FREQUENCY);
		more.addView(WorkbenchIds.VIEW_LOYALTY);
		more.addView(WorkbenchIds.VIEW_COMPOSITION);
		more.addView(WorkbenchIds.VIEW_SATISFACTION);
		more.addView(WorkbenchIds.VIEW_ANALYSES);
		// Each column takes its share of what is left, so that the four end up equally wide.
		layout.addView(WorkbenchIds.VIEW_PYRAMID, IPageLayout.RIGHT, 0.05f, editors);
		layout.addView(WorkbenchIds.VIEW_CHURN, IPageLayout.RIGHT, 0.25f,
				WorkbenchIds.VIEW_PYRAMID);
		layout.addView(WorkbenchIds.VIEW_CONTRIBUTION, IPageLayout.RIGHT, 0.33f,
				WorkbenchIds.VIEW_CHURN);
		layout.addView(WorkbenchIds.VIEW_RFM, IPageLayout.RIGHT, 0.5f,
				WorkbenchIds.VIEW_CONTRIBUTION);
		PerspectiveShortcuts.addTo(layout);
	}
}
