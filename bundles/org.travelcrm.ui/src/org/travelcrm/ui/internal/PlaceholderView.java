package org.travelcrm.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Holds the place of a view whose bundle is not part of this build yet, and says what the view
 * will be for, so that every perspective keeps its intended layout.
 */
public class PlaceholderView extends ViewPart {

	private Label label;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		label.setText(Messages.bind(Messages.PlaceholderView_comingWith, getPartName()));
	}

	@Override
	public void setFocus() {
		label.setFocus();
	}
}
