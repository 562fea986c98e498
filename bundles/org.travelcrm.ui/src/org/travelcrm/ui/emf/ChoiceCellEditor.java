package org.travelcrm.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses a value from a list (enumeration literals, yes and no, objects) in a drop-down list
 * that shows each value's label.
 */
final class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> values;

	ChoiceCellEditor(Composite parent, List<?> values, IItemLabelProvider labels) {
		super(parent, values.stream().map(labels::getText).toArray(String[]::new),
				SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		Object index = super.doGetValue();
		int i = index instanceof Integer number ? number : -1;
		return i >= 0 && i < values.size() ? values.get(i) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Integer.valueOf(values.indexOf(value)));
	}
}
