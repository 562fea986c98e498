package org.travelcrm.ui.agency;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.travelcrm.ui.WorkbenchIds;

/** The preferences of agency editing, kept in the instance scope of the UI bundle. */
public final class AgencyPreferences {

	/** Whether the built-in demo agency opens when the workbench starts with no agency open. */
	public static final String OPEN_DEMO_ON_START = "openDemoAgencyOnStart"; //$NON-NLS-1$

	/** How many changes of an agency can be undone. */
	public static final String UNDO_LIMIT = "undoLimit"; //$NON-NLS-1$

	public static final boolean DEFAULT_OPEN_DEMO_ON_START = true;
	public static final int DEFAULT_UNDO_LIMIT = 200;

	private AgencyPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(WorkbenchIds.PLUGIN_ID);
	}

	public static boolean openDemoOnStart() {
		return node().getBoolean(OPEN_DEMO_ON_START, DEFAULT_OPEN_DEMO_ON_START);
	}

	public static int undoLimit() {
		return Math.max(1, node().getInt(UNDO_LIMIT, DEFAULT_UNDO_LIMIT));
	}
}
