package org.travelcrm.customers.ui.internal.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportProfile;

/**
 * The second page: which column of the file feeds which field. It starts from the chosen or
 * guessed profile; combined columns written in the profile (a sum, a date split over three
 * columns) are kept as they are and offered beside the plain columns.
 */
final class MappingPage extends WizardPage {

	private final ImportSession session;
	private final Map<ImportField, Combo> choices = new EnumMap<>(ImportField.class);
	private Composite fields;
	private FileSample shown;

	MappingPage(ImportSession session) {
		super("mapping"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.MappingPage_title);
		setDescription(Messages.MappingPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		fields = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		for (ImportField field : ImportField.values()) {
			new Label(fields, SWT.NONE).setText(FieldLabels.of(field));
			Combo combo = new Combo(fields, SWT.READ_ONLY);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(combo);
			combo.addListener(SWT.Selection, e -> chosen(field, combo));
			choices.put(field, combo);
		}
		scroll.setContent(fields);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(fields.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		setControl(scroll);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && session.sample() != shown) {
			fill();
		}
		super.setVisible(visible);
	}

	private void fill() {
		shown = session.sample();
		ImportProfile profile = session.profile();
		for (Map.Entry<ImportField, Combo> entry : choices.entrySet()) {
			Combo combo = entry.getValue();
			combo.removeAll();
			List<String> items = new ArrayList<>();
			items.add(Messages.MappingPage_notMapped);
			items.addAll(shown.columns());
			String current = profile.getColumn(entry.getKey());
			if (current != null && !items.contains(current)) {
				items.add(current);
			}
			items.forEach(combo::add);
			combo.select(current == null ? 0 : items.indexOf(current));
		}
		fields.layout(true, true);
		setPageComplete(true);
	}

	private void chosen(ImportField field, Combo combo) {
		int index = combo.getSelectionIndex();
		session.profile().setColumn(field, index <= 0 ? null : combo.getItem(index));
		session.profileChanged();
	}
}
