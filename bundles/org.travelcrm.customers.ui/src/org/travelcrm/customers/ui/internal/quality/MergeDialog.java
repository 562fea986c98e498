package org.travelcrm.customers.ui.internal.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.travelcrm.core.quality.CustomerMerge;
import org.travelcrm.model.Customer;

/**
 * Merges likely duplicate customers side by side: one column per customer, one row per field;
 * the user picks the customer that stays and, for each field, whose value it keeps. Every
 * booking, survey, interaction and membership moves to the customer that stays.
 */
final class MergeDialog extends TitleAreaDialog {

	private final List<Customer> customers;
	private final List<Button> survivors = new ArrayList<>();
	private final Map<EAttribute, List<Button>> choices = new LinkedHashMap<>();
	private Command command;

	MergeDialog(Shell shell, List<Customer> customers) {
		super(shell);
		this.customers = customers;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The merge chosen, after OK. */
	Command command() {
		return command;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.MergeDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.MergeDialog_title);
		setMessage(NLS.bind(Messages.MergeDialog_message, customers.size()));
		ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 420).applyTo(scroll);
		Composite grid = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(grid);

		new Label(grid, SWT.NONE).setText(Messages.MergeDialog_survivor);
		Composite survivorRow = row(grid);
		for (Customer customer : customers) {
			Button button = new Button(survivorRow, SWT.RADIO);
			button.setText(customer.getExternalId());
			survivors.add(button);
		}
		survivors.get(0).setSelection(true);

		Map<EAttribute, Object> defaults = CustomerMerge.defaultChoices(customers.get(0),
				customers.subList(1, customers.size()));
		for (EAttribute attribute : CustomerMerge.choosableAttributes(customers.get(0).eClass())) {
			new Label(grid, SWT.NONE).setText(attribute.getName());
			Composite valueRow = row(grid);
			List<Button> buttons = new ArrayList<>();
			boolean chosen = false;
			for (Customer customer : customers) {
				Object value = customer.eGet(attribute);
				Button button = new Button(valueRow, SWT.RADIO);
				button.setText(value == null ? Messages.MergeDialog_empty : shorten(value));
				button.setData(value);
				if (!chosen && equal(value, defaults.get(attribute))) {
					button.setSelection(true);
					chosen = true;
				}
				buttons.add(button);
			}
			choices.put(attribute, buttons);
		}
		scroll.setContent(grid);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.MergeDialog_merge, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		int survivorIndex = 0;
		for (int i = 0; i < survivors.size(); i++) {
			if (survivors.get(i).getSelection()) {
				survivorIndex = i;
			}
		}
		Customer survivor = customers.get(survivorIndex);
		List<Customer> others = new ArrayList<>(customers);
		others.remove(survivor);
		Map<EAttribute, Object> picked = new LinkedHashMap<>();
		choices.forEach((attribute, buttons) -> buttons.stream().filter(Button::getSelection)
				.findFirst().ifPresent(button -> picked.put(attribute, button.getData())));
		try {
			command = CustomerMerge.create(survivor, others, picked);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static Composite row(Composite grid) {
		Composite row = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).equalWidth(true).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		return row;
	}

	private static boolean equal(Object a, Object b) {
		return a == null ? b == null : a.equals(b);
	}

	private static String shorten(Object value) {
		String text = value.toString().replace('\n', ' ');
		return text.length() <= 40 ? text : text.substring(0, 39) + '\u2026';
	}
}
