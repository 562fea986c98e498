package org.travelcrm.customers.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Holds the place of the Data Quality view in the Customers perspective.
 * <p>
 * TODO: list the agency's validation problems and duplicates here; the checks are being built in
 * the core bundle's data quality work and this view will present them once they are available.
 */
public class DataQualityView extends ViewPart {

	private Label label;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		label.setText(Messages.DataQualityView_pending);
	}

	@Override
	public void setFocus() {
		label.setFocus();
	}
}
