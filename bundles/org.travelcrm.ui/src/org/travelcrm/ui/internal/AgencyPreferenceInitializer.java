package org.travelcrm.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyPreferences;

/** Defaults of the agency preferences. */
public class AgencyPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(WorkbenchIds.PLUGIN_ID);
		defaults.putBoolean(AgencyPreferences.OPEN_DEMO_ON_START,
				AgencyPreferences.DEFAULT_OPEN_DEMO_ON_START);
		defaults.putInt(AgencyPreferences.UNDO_LIMIT, AgencyPreferences.DEFAULT_UNDO_LIMIT);
	}
}
