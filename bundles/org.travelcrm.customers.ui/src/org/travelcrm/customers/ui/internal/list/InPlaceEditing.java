package org.travelcrm.customers.ui.internal.list;

import java.util.function.IntFunction;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.agency.AttributeEdits;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Edits a simple field of a customer in its table cell. Enter or leaving the cell sets the value
 * with a command on the agency's editing domain; Escape drops it. Text the agency file cannot
 * hold is refused and the cell stays open with the reason as its tool tip.
 */
final class InPlaceEditing {

	private final Table table;
	private final OpenAgency agency;
	private final IntFunction<CustomerColumn> columns;
	private final IntFunction<Customer> rows;
	private final TableEditor editor;

	InPlaceEditing(Table table, OpenAgency agency, IntFunction<CustomerColumn> columns,
			IntFunction<Customer> rows) {
		this.table = table;
		this.agency = agency;
		this.columns = columns;
		this.rows = rows;
		this.editor = new TableEditor(table);
		editor.grabHorizontal = true;
		editor.grabVertical = true;
	}

	/** Opens the editor on a cell; does nothing when the column cannot be edited. */
	void edit(int row, int columnIndex) {
		EAttribute attribute = columns.apply(columnIndex).editable();
		if (attribute == null || row < 0) {
			return;
		}
		close();
		Customer customer = rows.apply(row);
		TableItem item = table.getItem(row);
		Text text = new Text(table, SWT.NONE);
		text.setText(AttributeEdits.text(attribute, customer.eGet(attribute)));
		text.selectAll();
		text.addListener(SWT.Modify, event -> {
			String problem = AttributeEdits.problem(attribute, text.getText());
			text.setToolTipText(problem);
			text.setForeground(problem == null ? null
					: table.getDisplay().getSystemColor(SWT.COLOR_RED));
		});
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
				commit(text, customer, attribute);
			} else if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				close();
			}
		});
		text.addListener(SWT.FocusOut, event -> commit(text, customer, attribute));
		editor.setEditor(text, item, columnIndex);
		text.setFocus();
	}

	/** Types text into the open cell editor and presses Enter. */
	void type(String value) {
		if (editor.getEditor() instanceof Text text && !text.isDisposed()) {
			text.setText(value);
			Event enter = new Event();
			enter.detail = SWT.TRAVERSE_RETURN;
			enter.doit = true;
			text.notifyListeners(SWT.Traverse, enter);
		}
	}

	/** Whether a cell is being edited. */
	boolean isEditing() {
		return editor.getEditor() != null && !editor.getEditor().isDisposed();
	}

	private void commit(Text text, Customer customer, EAttribute attribute) {
		if (text.isDisposed()) {
			return;
		}
		String value = text.getText();
		if (AttributeEdits.problem(attribute, value) != null) {
			return;
		}
		close();
		AttributeEdits.set(agency.getEditingDomain(), customer, attribute, value);
		table.setFocus();
	}

	private void close() {
		if (editor.getEditor() != null && !editor.getEditor().isDisposed()) {
			editor.getEditor().dispose();
		}
		editor.setEditor(null);
	}
}
