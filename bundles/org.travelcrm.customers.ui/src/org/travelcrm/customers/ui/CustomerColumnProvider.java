package org.travelcrm.customers.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;

/**
 * A computed column of the customer list, contributed through the extension point
 * {@code org.travelcrm.customers.ui.customerColumns}: a customer's value tier, loyalty class,
 * RFM segment or any other figure an analysis computes.
 * <p>
 * The list calls {@link #prepare} in a job when it opens and after the agency changed, then
 * asks for values while it paints, sorts and filters, from several threads at once when it
 * sorts or filters many rows: {@link #value} must be a quick look-up that is safe to call
 * concurrently.
 */
public interface CustomerColumnProvider {

	/**
	 * Computes whatever the values need for the agency as it is now. Runs outside the UI thread;
	 * the agency does not change meanwhile only as far as the user does not edit it, so an
	 * implementation copies what it needs first.
	 */
	void prepare(Agency agency, IProgressMonitor monitor);

	/**
	 * The value shown for a customer: a {@link String}, a {@link Number}, a
	 * {@link java.time.LocalDate}, or {@code null} when there is none. Values of one column are
	 * of one kind, so that the column sorts.
	 */
	Object value(Customer customer);
}
