package org.travelcrm.customers.ui.internal.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.customers.ui.internal.CustomerActions;
import org.travelcrm.model.ContactPerson;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.ui.agency.AttributeEdits;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The profile of a customer: one field per attribute, set by a command when the field is left
 * or Enter is pressed. What the user types is checked at once; the agency's validation rules
 * about this customer are shown at the fields they concern and listed at the top.
 */
public final class ProfilePage {

	private static final CrmPackage MODEL = CrmPackage.eINSTANCE;

	private final OpenAgency agency;
	private final Customer customer;
	private final ScrolledComposite scroller;
	private final Composite body;
	private final Label problems;
	private final Map<EAttribute, Text> texts = new HashMap<>();
	private final Map<EAttribute, Combo> combos = new HashMap<>();
	private final Map<EStructuralFeature, ControlDecoration> decorations = new HashMap<>();
	private final List<Runnable> refreshers = new ArrayList<>();

	ProfilePage(Composite parent, OpenAgency agency, Customer customer) {
		this.agency = agency;
		this.customer = customer;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroller, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		problems = new Label(body, SWT.WRAP);
		problems.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
		problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		text(Messages.Field_externalId, MODEL.getCustomer_ExternalId(), SWT.SINGLE);
		text(Messages.Field_name, MODEL.getCustomer_Name(), SWT.SINGLE);
		text(Messages.Field_phone, MODEL.getCustomer_Phone(), SWT.SINGLE);
		text(Messages.Field_email, MODEL.getCustomer_Email(), SWT.SINGLE);
		text(Messages.Field_address, MODEL.getCustomer_Address(), SWT.SINGLE);
		text(Messages.Field_city, MODEL.getCustomer_City(), SWT.SINGLE);
		text(Messages.Field_country, MODEL.getCustomer_Country(), SWT.SINGLE);
		text(Messages.Field_created, MODEL.getCustomer_CreatedDate(), SWT.SINGLE);
		text(Messages.Field_channel, MODEL.getCustomer_AcquisitionChannel(), SWT.SINGLE);
		consent();
		if (customer instanceof IndividualTourist) {
			combo(Messages.Field_gender, MODEL.getIndividualTourist_Gender());
			text(Messages.Field_birthDate, MODEL.getIndividualTourist_BirthDate(), SWT.SINGLE);
			combo(Messages.Field_purpose, MODEL.getIndividualTourist_TravelPurpose());
			employer();
		} else if (customer instanceof Organization) {
			text(Messages.Field_industry, MODEL.getOrganization_Industry(), SWT.SINGLE);
			combo(Messages.Field_size, MODEL.getOrganization_Size());
			contactPersons();
		}
		text(Messages.Field_notes, MODEL.getCustomer_Notes(), SWT.MULTI | SWT.WRAP);

		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		refresh();
	}

	Control control() {
		return scroller;
	}

	/** The field of an attribute, for tests. */
	public Text field(EAttribute attribute) {
		return texts.get(attribute);
	}

	/** Enters text into a field and leaves it, as a user does. */
	public void enter(EAttribute attribute, String value) {
		Text text = texts.get(attribute);
		text.setText(value);
		commit(text, attribute);
	}

	/** The problems shown at the top of the page. */
	public String problems() {
		return problems.getText();
	}

	/** Shows the customer as it is now, and the validation rules it breaks. */
	void refresh() {
		if (body.isDisposed()) {
			return;
		}
		texts.forEach((attribute, text) -> {
			if (!text.isFocusControl()) {
				text.setText(AttributeEdits.text(attribute, customer.eGet(attribute)));
			}
		});
		combos.forEach((attribute, combo) -> {
			Object value = customer.eGet(attribute);
			combo.select(value instanceof Enumerator literal ? literal.getValue() : -1);
		});
		refreshers.forEach(Runnable::run);
		validate();
	}

	private void validate() {
		decorations.values().forEach(ControlDecoration::hide);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(customer);
		StringBuilder text = new StringBuilder();
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			text.append("\u2022 ").append(child.getMessage()).append('\n'); //$NON-NLS-1$
			for (Object data : child.getData()) {
				ControlDecoration decoration = data instanceof EStructuralFeature feature
						? decorations.get(feature) : null;
				if (decoration != null) {
					decoration.setDescriptionText(child.getMessage());
					decoration.show();
				}
			}
		}
		problems.setText(text.toString().trim());
		problems.setVisible(text.length() > 0);
		body.layout(true, true);
	}

	private void text(String label, EAttribute attribute, int style) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | style);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.horizontalIndent = 8;
		if ((style & SWT.MULTI) != 0) {
			layout.heightHint = text.getLineHeight() * 4;
		}
		text.setLayoutData(layout);
		ControlDecoration decoration = decoration(text, attribute);
		text.addListener(SWT.Modify, event -> {
			String problem = AttributeEdits.problem(attribute, text.getText());
			if (problem == null) {
				decoration.hide();
			} else {
				decoration.setDescriptionText(problem);
				decoration.show();
			}
		});
		text.addListener(SWT.FocusOut, event -> commit(text, attribute));
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, event -> commit(text, attribute));
		}
		texts.put(attribute, text);
	}

	private void commit(Text text, EAttribute attribute) {
		if (!text.isDisposed() && AttributeEdits.problem(attribute, text.getText()) == null) {
			AttributeEdits.set(agency.getEditingDomain(), customer, attribute, text.getText());
		}
	}

	private void combo(String label, EAttribute attribute) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY);
		GridData layout = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		layout.horizontalIndent = 8;
		combo.setLayoutData(layout);
		EEnum type = (EEnum) attribute.getEAttributeType();
		List<Enumerator> literals = new ArrayList<>();
		type.getELiterals().forEach(literal -> {
			literals.add(literal.getInstance());
			combo.add(FormLabels.literal(literal.getInstance()));
		});
		decoration(combo, attribute);
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && customer.eGet(attribute) != literals.get(index)) {
				agency.getEditingDomain().getCommandStack().execute(SetCommand.create(
						agency.getEditingDomain(), customer, attribute, literals.get(index)));
			}
		});
		combos.put(attribute, combo);
	}

	private void consent() {
		new Label(body, SWT.NONE).setText(Messages.Field_consent);
		Button check = new Button(body, SWT.CHECK);
		GridData layout = new GridData();
		layout.horizontalIndent = 8;
		check.setLayoutData(layout);
		EAttribute attribute = MODEL.getCustomer_MarketingConsent();
		check.addListener(SWT.Selection, event -> agency.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(agency.getEditingDomain(), customer, attribute,
						check.getSelection())));
		refreshers.add(() -> check.setSelection(Boolean.TRUE.equals(customer.eGet(attribute))));
	}

	private void employer() {
		new Label(body, SWT.NONE).setText(Messages.Field_employer);
		Link link = new Link(body, SWT.NONE);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.horizontalIndent = 8;
		link.setLayoutData(layout);
		IndividualTourist person = (IndividualTourist) customer;
		link.addListener(SWT.Selection, event -> {
			if (person.getEmployer() != null) {
				CustomerActions.openForm(agency, person.getEmployer());
			}
		});
		refreshers.add(() -> {
			Organization employer = person.getEmployer();
			link.setText(employer == null ? Messages.Field_noEmployer
					: "<a>" + employer.getName() + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	private void contactPersons() {
		Label label = new Label(body, SWT.NONE);
		label.setText(Messages.Field_contactPersons);
		label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		TableViewer table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false);
		layout.horizontalIndent = 8;
		layout.heightHint = 110;
		table.getTable().setLayoutData(layout);
		RecordPages.columns(table, List.of(
				RecordPages.column(Messages.Column_contactName, 160,
						(ContactPerson person) -> person.getName()),
				RecordPages.column(Messages.Column_contactRole, 120, ContactPerson::getRole),
				RecordPages.column(Messages.Column_contactPhone, 120, ContactPerson::getPhone),
				RecordPages.column(Messages.Column_contactEmail, 180, ContactPerson::getEmail)));
		table.setContentProvider(ArrayContentProvider.getInstance());
		Organization organization = (Organization) customer;
		refreshers.add(() -> table.setInput(organization.getContactPersons().toArray()));
	}

	private ControlDecoration decoration(Control control, EStructuralFeature feature) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		decorations.put(feature, decoration);
		return decoration;
	}
}
