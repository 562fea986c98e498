package org.travelcrm.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.travelcrm.ui.agency.AttributeEdits;

/**
 * Edits a value of a model data type (text, number, date, amount) as text, converted by the
 * model's factory; text that does not convert is refused with a message saying what is expected.
 */
final class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;
	private final boolean nullable;

	DataTypeCellEditor(Composite parent, EDataType type, boolean nullable) {
		super(parent);
		this.type = type;
		this.nullable = nullable;
		setValidator(value -> {
			String text = (String) value;
			String unstorable = AttributeEdits.unstorable(text);
			if (unstorable != null) {
				return unstorable;
			}
			if (text.isEmpty() && nullable) {
				return null;
			}
			try {
				EcoreUtil.createFromString(type, text);
				return null;
			} catch (RuntimeException e) {
				return NLS.bind(Messages.DataTypeCellEditor_invalid, text, type.getName());
			}
		});
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		if (text.isEmpty() && nullable) {
			return null;
		}
		return EcoreUtil.createFromString(type, text);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(ItemPropertySource.toText(type, value));
	}
}
