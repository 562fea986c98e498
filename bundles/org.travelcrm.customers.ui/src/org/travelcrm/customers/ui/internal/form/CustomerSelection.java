package org.travelcrm.customers.ui.internal.form;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.travelcrm.model.Customer;

/** The selection of a customer form: always its customer. */
final class CustomerSelection implements ISelectionProvider {

	private final StructuredSelection selection;

	CustomerSelection(Customer customer) {
		selection = new StructuredSelection(customer);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		// The form always shows the same customer.
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// The selection never changes.
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		// The selection never changes.
	}
}
