package org.travelcrm.ui.agency;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.travelcrm.ui.emf.ItemPropertySourceProvider;

/**
 * What every editor of an agency shares: the agency's saveable, Undo and Redo on its command
 * stack, a dirty mark that follows the save point, and a Properties page that edits through
 * the agency's editing domain. The editor hands its own calls over to it.
 */
public final class AgencyPartSupport {

	private final OpenAgency agency;
	private final CommandStackActions actions = new CommandStackActions();
	private CommandStackListener stackListener;

	public AgencyPartSupport(OpenAgency agency) {
		this.agency = agency;
	}

	public OpenAgency getAgency() {
		return agency;
	}

	/**
	 * Installs Undo and Redo in the part's action bars and calls back, on the UI thread, whenever
	 * the agency's command stack moves (for the dirty mark).
	 */
	public void install(IActionBars bars, Runnable stackChanged) {
		actions.install(bars, agency);
		stackListener = event -> {
			Display display = Display.getDefault();
			if (Display.getCurrent() == display) {
				stackChanged.run();
			} else {
				display.asyncExec(stackChanged);
			}
		};
		agency.addCommandStackListener(stackListener);
	}

	public boolean isDirty() {
		return !agency.isClosed() && agency.isDirty();
	}

	public Saveable[] getSaveables() {
		return new Saveable[] { agency.getSaveable() };
	}

	/** A Properties page for the part's selection, with Undo and Redo of the agency. */
	public IPropertySheetPage createPropertySheetPage() {
		PropertySheetPage page = new PropertySheetPage() {
			private final CommandStackActions pageActions = new CommandStackActions();

			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				pageActions.install(actionBars, agency);
			}

			@Override
			public void dispose() {
				pageActions.dispose();
				super.dispose();
			}
		};
		page.setPropertySourceProvider(new ItemPropertySourceProvider(agency.getAdapterFactory()));
		return page;
	}

	/** Lets go of the agency; when this was its last editor and it is dirty, it is closed. */
	public void dispose() {
		release();
		OpenAgencies.getDefault().editorClosed(agency);
	}

	/**
	 * Lets go of the agency and keeps its changes, for an editor that closes itself because
	 * what it showed was deleted.
	 */
	public void disposeKeepingChanges() {
		release();
	}

	private void release() {
		actions.dispose();
		if (stackListener != null) {
			agency.removeCommandStackListener(stackListener);
		}
	}
}
