package org.travelcrm.ui.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.model.Agency;
import org.travelcrm.ui.WorkbenchIds;

/**
 * The agencies open in the workbench, each with its one editing domain. Used on the UI thread.
 * <p>
 * Closing an agency closes every editor of it and drops its unsaved changes everywhere. When the
 * last editor of a dirty agency is closed without saving, the agency is closed too, so that no
 * view keeps showing changes the user chose not to keep.
 */
public final class OpenAgencies {

	/** Hears about agencies being opened and closed. */
	public interface Listener {

		void opened(OpenAgency agency);

		void closed(OpenAgency agency);
	}

	private static final OpenAgencies DEFAULT = new OpenAgencies();

	private final List<OpenAgency> agencies = new ArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private OpenAgencies() {
	}

	public static OpenAgencies getDefault() {
		return DEFAULT;
	}

	/** The open agencies, in the order they were opened. */
	public List<OpenAgency> getAll() {
		return List.copyOf(agencies);
	}

	/** The open agency holding a model object, or {@code null}. */
	public OpenAgency find(EObject object) {
		EObject root = object == null ? null : EcoreUtil.getRootContainer(object);
		for (OpenAgency agency : agencies) {
			if (agency.getAgency() == root) {
				return agency;
			}
		}
		return null;
	}

	/** The open agency kept at a store location, or {@code null}. */
	public OpenAgency findByLocation(String location) {
		for (OpenAgency agency : agencies) {
			if (agency.getStore() != null && agency.getStore().location().equals(location)) {
				return agency;
			}
		}
		return null;
	}

	/** Opens an agency that was loaded or created; the listeners hear about it. */
	public OpenAgency open(Agency agency, AgencyStore store, OpenAgency.Origin origin) {
		OpenAgency open = new OpenAgency(agency, store, origin, AgencyPreferences.undoLimit());
		agencies.add(open);
		for (Listener listener : listeners) {
			listener.opened(open);
		}
		return open;
	}

	/** Closes an agency and all its editors without asking; unsaved changes are dropped. */
	public void close(OpenAgency agency) {
		if (!agencies.remove(agency)) {
			return;
		}
		IWorkbenchPage page = activePage();
		if (page != null) {
			List<IEditorReference> editors = editorsOf(agency, page);
			page.closeEditors(editors.toArray(IEditorReference[]::new), false);
		}
		for (Listener listener : listeners) {
			listener.closed(agency);
		}
		agency.dispose();
	}

	/**
	 * Called by an agency editor as it is disposed: when no editor of the agency is left and the
	 * agency still has changes that are not being saved, the user chose not to save them.
	 */
	public void editorClosed(OpenAgency agency) {
		if (agency.isClosed() || AgencySaving.isPending(agency) || !agency.isDirty()
				|| PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		IWorkbenchPage page = activePage();
		if (page == null || editorsOf(agency, page).isEmpty()) {
			close(agency);
		}
	}

	/** Opens (or brings to front) an editor on an object of an open agency. */
	public IEditorPart openEditor(OpenAgency agency, EObject subject, String editorId) {
		IWorkbenchPage page = activePage();
		if (page == null) {
			return null;
		}
		try {
			return page.openEditor(new AgencyEditorInput(agency, subject), editorId);
		} catch (PartInitException e) {
			ILog.of(OpenAgencies.class).error(e.getMessage(), e);
			return null;
		}
	}

	/** Opens the customer list of an agency, when a bundle provides that editor. */
	public IEditorPart openCustomerList(OpenAgency agency) {
		if (PlatformUI.getWorkbench().getEditorRegistry()
				.findEditor(WorkbenchIds.EDITOR_CUSTOMER_LIST) == null) {
			return null;
		}
		return openEditor(agency, agency.getAgency(), WorkbenchIds.EDITOR_CUSTOMER_LIST);
	}

	/** The editors that show an agency in a page. */
	public List<IEditorReference> editorsOf(OpenAgency agency, IWorkbenchPage page) {
		List<IEditorReference> found = new ArrayList<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof AgencyEditorInput input
						&& input.getAgency() == agency) {
					found.add(reference);
				}
			} catch (PartInitException e) {
				ILog.of(OpenAgencies.class).error(e.getMessage(), e);
			}
		}
		return found;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private static IWorkbenchPage activePage() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getActivePage();
	}
}
