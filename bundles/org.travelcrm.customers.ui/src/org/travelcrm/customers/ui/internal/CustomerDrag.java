package org.travelcrm.customers.ui.internal;

import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.travelcrm.model.Customer;

/**
 * Lets selected customers be dragged, as a selection within the workbench, onto a segment or a
 * campaign in the agency explorer. A drag starts only when everything selected is a customer.
 */
public final class CustomerDrag extends DragSourceAdapter {

	/** The operations a customer drag offers: nothing is moved, customers are referred to. */
	public static final int OPERATIONS = DND.DROP_COPY | DND.DROP_LINK;

	/** The transfers a customer drag offers. */
	public static final Transfer[] TRANSFERS = { LocalSelectionTransfer.getTransfer() };

	private final Supplier<IStructuredSelection> selection;
	private final BiPredicate<Integer, Integer> startsAt;

	/**
	 * @param selection what is selected when the drag starts
	 * @param startsAt  whether a drag may start at a point of the control (else the control
	 *                  keeps the mouse, to select a range or move a column)
	 */
	public CustomerDrag(Supplier<IStructuredSelection> selection,
			BiPredicate<Integer, Integer> startsAt) {
		this.selection = selection;
		this.startsAt = startsAt;
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		IStructuredSelection dragged = selection.get();
		event.doit = startsAt.test(event.x, event.y) && !dragged.isEmpty()
				&& dragged.toList().stream().allMatch(Customer.class::isInstance);
		if (event.doit) {
			LocalSelectionTransfer.getTransfer().setSelection(dragged);
			LocalSelectionTransfer.getTransfer().setSelectionSetTime(event.time & 0xFFFFFFFFL);
		}
	}

	@Override
	public void dragSetData(DragSourceEvent event) {
		event.data = LocalSelectionTransfer.getTransfer().getSelection();
	}

	@Override
	public void dragFinished(DragSourceEvent event) {
		LocalSelectionTransfer.getTransfer().setSelection(null);
	}
}
