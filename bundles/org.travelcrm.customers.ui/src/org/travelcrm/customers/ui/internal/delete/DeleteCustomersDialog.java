package org.travelcrm.customers.ui.internal.delete;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;

/**
 * Asks what happens to the bookings of customers being deleted: delete them too, or move them
 * to a customer the user finds by typing part of a name or id.
 */
public final class DeleteCustomersDialog extends Dialog {

	private static final int MATCHES_SHOWN = 200;

	private final Agency agency;
	private final Collection<? extends Customer> doomed;
	private final ArrayList<Customer> matches = new ArrayList<>();
	private CustomerDeletion.Bookings choice = CustomerDeletion.Bookings.DELETE;
	private Customer target;
	private Button deleteButton;
	private Button moveButton;
	private Text filter;
	private List candidates;
	private Label hint;

	public DeleteCustomersDialog(Shell parent, Agency agency,
			Collection<? extends Customer> doomed) {
		super(parent);
		this.agency = agency;
		this.doomed = doomed;
	}

	public CustomerDeletion.Bookings getChoice() {
		return choice;
	}

	/** The customer bookings move to, or {@code null}. */
	public Customer getTarget() {
		return target;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.DeleteDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		int bookings = doomed.stream().mapToInt(customer -> customer.getBookings().size()).sum();
		Label question = new Label(area, SWT.WRAP);
		question.setText(NLS.bind(Messages.DeleteDialog_withBookings, doomed.size(), bookings));
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
		wide.widthHint = convertWidthInCharsToPixels(70);
		question.setLayoutData(wide);

		deleteButton = new Button(area, SWT.RADIO);
		deleteButton.setText(Messages.DeleteDialog_deleteBookings);
		deleteButton.setSelection(true);
		moveButton = new Button(area, SWT.RADIO);
		moveButton.setText(Messages.DeleteDialog_moveBookings);

		filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
		filter.setMessage(Messages.DeleteDialog_filterHint);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		candidates = new List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridData list = new GridData(SWT.FILL, SWT.FILL, true, true);
		list.heightHint = convertHeightInCharsToPixels(10);
		candidates.setLayoutData(list);
		hint = new Label(area, SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		deleteButton.addListener(SWT.Selection, event -> update());
		moveButton.addListener(SWT.Selection, event -> update());
		filter.addListener(SWT.Modify, event -> search());
		candidates.addListener(SWT.Selection, event -> update());
		search();
		return area;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		update();
		return contents;
	}

	private void search() {
		String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
		matches.clear();
		candidates.removeAll();
		for (Customer customer : agency.getCustomers()) {
			if (matches.size() == MATCHES_SHOWN) {
				break;
			}
			if (!doomed.contains(customer) && matches(customer, needle)) {
				matches.add(customer);
				candidates.add(customer.getName() + " \u00b7 " //$NON-NLS-1$
						+ customer.getExternalId());
			}
		}
		if (!filter.getText().isEmpty()) {
			moveButton.setSelection(true);
			deleteButton.setSelection(false);
		}
		update();
	}

	private static boolean matches(Customer customer, String needle) {
		return needle.isEmpty() || contains(customer.getName(), needle)
				|| contains(customer.getExternalId(), needle);
	}

	private static boolean contains(String text, String needle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
	}

	private void update() {
		boolean move = moveButton.getSelection();
		choice = move ? CustomerDeletion.Bookings.MOVE : CustomerDeletion.Bookings.DELETE;
		int index = candidates.getSelectionIndex();
		target = move && index >= 0 ? matches.get(index) : null;
		filter.setEnabled(move);
		candidates.setEnabled(move);
		if (move && target == null) {
			hint.setText(Messages.DeleteDialog_chooseTarget);
		} else if (matches.size() == MATCHES_SHOWN) {
			hint.setText(NLS.bind(Messages.DeleteDialog_moreMatches, MATCHES_SHOWN));
		} else {
			hint.setText(""); //$NON-NLS-1$
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!move || target != null);
		}
	}
}
