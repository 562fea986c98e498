package org.travelcrm.customers.ui.internal.explorer;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.customers.ui.internal.CustomerMembership;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Takes customers dropped on a segment or a campaign in the explorer, from the explorer itself
 * or from a customer list, and adds them to its members as one undoable command. Where that
 * makes no sense (see {@link CustomerMembership}) the drop is refused and the pointer shows no
 * drop.
 */
public final class CustomerDropAdapter extends ViewerDropAdapter {

	CustomerDropAdapter(Viewer viewer) {
		super(viewer);
		// The drop goes onto an item, never between two.
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		boolean valid = LocalSelectionTransfer.getTransfer().isSupportedType(transferType)
				&& !CustomerMembership.newMembers(target, dragged()).isEmpty();
		if (valid && operation == DND.DROP_DEFAULT) {
			overrideOperation(DND.DROP_COPY);
		}
		return valid;
	}

	@Override
	public boolean performDrop(Object data) {
		return drop(getCurrentTarget());
	}

	/** Adds the customers being dragged to a segment or campaign; whether anything changed. */
	public boolean drop(Object target) {
		OpenAgency agency = target instanceof EObject object
				? OpenAgencies.getDefault().find(object) : null;
		if (agency == null || agency.isClosed()) {
			return false;
		}
		Command command = CustomerMembership.add(agency.getEditingDomain(), target, dragged());
		return command != null && AgencyEditing.execute(agency.getEditingDomain(), command);
	}

	private static List<?> dragged() {
		ISelection selection = LocalSelectionTransfer.getTransfer().getSelection();
		return selection instanceof IStructuredSelection structured ? structured.toList()
				: List.of();
	}
}
