package org.travelcrm.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyPreferences;

/** Preferences &gt; Travel CRM: the demo agency on start and the undo limit. */
public class AgencyPreferencePage extends FieldEditorPreferencePage
		implements IWorkbenchPreferencePage {

	private static final int MAX_UNDO_LIMIT = 100_000;

	public AgencyPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE,
				WorkbenchIds.PLUGIN_ID));
		setDescription(Messages.AgencyPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(AgencyPreferences.OPEN_DEMO_ON_START,
				Messages.AgencyPreferencePage_openDemo, getFieldEditorParent()));
		IntegerFieldEditor undoLimit = new IntegerFieldEditor(AgencyPreferences.UNDO_LIMIT,
				Messages.AgencyPreferencePage_undoLimit, getFieldEditorParent());
		undoLimit.setValidRange(1, MAX_UNDO_LIMIT);
		addField(undoLimit);
	}
}
