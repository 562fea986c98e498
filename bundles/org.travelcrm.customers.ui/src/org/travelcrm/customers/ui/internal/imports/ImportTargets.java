package org.travelcrm.customers.ui.internal.imports;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Finds the agency an import goes into: the one of the selection, else of the active editor,
 * else the first open one.
 */
final class ImportTargets {

	private ImportTargets() {
	}

	static OpenAgency agencyFor(ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof EObject object) {
			OpenAgency agency = OpenAgencies.getDefault().find(object);
			if (agency != null) {
				return agency;
			}
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof AgencyEditorInput input) {
			return input.getAgency();
		}
		List<OpenAgency> open = OpenAgencies.getDefault().getAll();
		return open.isEmpty() ? null : open.get(0);
	}
}
