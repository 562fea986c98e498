package org.travelcrm.customers.ui.internal.form;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog that adds or edits a record of a customer, such as a booking or a survey:
 * a title, a grid of fields, and OK only while the fields hold valid values.
 */
abstract class RecordDialog extends TitleAreaDialog {

	RecordDialog(Shell shell) {
		super(shell);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Titles the dialog and makes the grid of columns its fields go in. */
	protected Composite fields(Composite area, String title, int columns) {
		setTitle(title);
		getShell().setText(title);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(columns, false));
		return fields;
	}

	/** Enables OK when nothing is wrong, once the buttons are there. */
	protected void allowOk(String problem) {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}
}
