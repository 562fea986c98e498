package org.travelcrm.campaigns.ui;

import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Follows the agency a view shows: the agency opened last, until it closes. Calls back on the
 * UI thread when another agency is followed or the followed agency changes.
 */
public final class AgencyTracker implements OpenAgencies.Listener {

	private final Runnable changed;
	private final CommandStackListener stackListener;
	private OpenAgency current;

	/** Starts following the agency opened last; {@code changed} runs on the UI thread. */
	public AgencyTracker(Runnable changed) {
		this.changed = changed;
		Display display = Display.getCurrent();
		this.stackListener = event -> display.asyncExec(changed);
		OpenAgencies.getDefault().addListener(this);
		follow(latest());
	}

	/** The agency followed, or {@code null} when none is open. */
	public OpenAgency current() {
		return current;
	}

	/** Follows an agency from now on. */
	public void follow(OpenAgency agency) {
		if (current != null && !current.isClosed()) {
			current.removeCommandStackListener(stackListener);
		}
		current = agency;
		if (current != null) {
			current.addCommandStackListener(stackListener);
		}
	}

	@Override
	public void opened(OpenAgency agency) {
		follow(agency);
		changed.run();
	}

	@Override
	public void closed(OpenAgency agency) {
		if (agency == current) {
			current.removeCommandStackListener(stackListener);
			current = null;
			follow(latest());
		}
		changed.run();
	}

	public void dispose() {
		OpenAgencies.getDefault().removeListener(this);
		if (current != null && !current.isClosed()) {
			current.removeCommandStackListener(stackListener);
		}
	}

	/**
	 * The agency a command works on: the one of the active editor, else the one opened last,
	 * else {@code null}.
	 */
	public static OpenAgency active(IWorkbenchPage page) {
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof AgencyEditorInput input
				&& !input.getAgency().isClosed()) {
			return input.getAgency();
		}
		return latest();
	}

	private static OpenAgency latest() {
		List<OpenAgency> all = OpenAgencies.getDefault().getAll();
		return all.isEmpty() ? null : all.get(all.size() - 1);
	}
}
