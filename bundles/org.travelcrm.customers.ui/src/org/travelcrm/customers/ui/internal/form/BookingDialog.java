package org.travelcrm.customers.ui.internal.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.ui.agency.AttributeEdits;

/**
 * Adds or edits a booking: dates, travellers, amount, status, channel and the product booked.
 * OK is enabled only when every field holds a valid value; the message says which does not.
 */
final class BookingDialog extends RecordDialog {

	private static final CrmPackage MODEL = CrmPackage.eINSTANCE;
	private static final List<EAttribute> FIELDS = List.of(MODEL.getBooking_ExternalId(),
			MODEL.getBooking_BookedDate(), MODEL.getBooking_DepartureDate(),
			MODEL.getBooking_ReturnDate(), MODEL.getBooking_Travellers(),
			MODEL.getBooking_Amount(), MODEL.getBooking_Cost(), MODEL.getBooking_SalesChannel());

	private final Agency agency;
	private final Booking booking;
	private final boolean adding;
	private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
	private final Map<EAttribute, String> values = new LinkedHashMap<>();
	private final List<TravelProduct> products = new ArrayList<>();
	private Combo status;
	private Combo product;
	private BookingStatus chosenStatus;
	private TravelProduct chosenProduct;

	BookingDialog(Shell shell, Agency agency, Booking booking, boolean adding) {
		super(shell);
		this.agency = agency;
		this.booking = booking;
		this.adding = adding;
	}

	/** A booking id no booking of the agency has yet, found through the id index. */
	static String freshId(Agency agency) {
		AgencyIndex index = AgencyIndex.of(agency);
		int number = agency.getBookings().size() + 1;
		String id;
		do {
			id = String.format("NB%07d", number++); //$NON-NLS-1$
		} while (index.booking(id) != null);
		return id;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = fields(area, adding ? Messages.BookingDialog_addTitle
				: Messages.BookingDialog_editTitle, 2);
		for (EAttribute attribute : FIELDS) {
			new Label(fields, SWT.NONE).setText(FormLabels.bookingField(attribute));
			Text text = new Text(fields, SWT.BORDER);
			GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
			layout.widthHint = convertWidthInCharsToPixels(36);
			text.setLayoutData(layout);
			text.setText(AttributeEdits.text(attribute, booking.eGet(attribute)));
			text.addListener(SWT.Modify, event -> check());
			texts.put(attribute, text);
		}
		new Label(fields, SWT.NONE).setText(Messages.Column_status);
		status = new Combo(fields, SWT.READ_ONLY);
		for (BookingStatus value : BookingStatus.VALUES) {
			status.add(FormLabels.literal(value));
		}
		status.select(booking.getStatus().getValue());
		new Label(fields, SWT.NONE).setText(Messages.Column_products);
		product = new Combo(fields, SWT.READ_ONLY);
		product.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		product.add(Messages.BookingDialog_noProduct);
		products.addAll(agency.getProducts());
		products.forEach(each -> product.add(each.getCode() + " \u00b7 " //$NON-NLS-1$
				+ each.getName()));
		TravelProduct current = booking.getProduct();
		product.select(current == null ? 0 : products.indexOf(current) + 1);
		setMessage(Messages.BookingDialog_message);
		return area;
	}

	@Override
	protected void okPressed() {
		texts.forEach((attribute, text) -> values.put(attribute, text.getText()));
		chosenStatus = BookingStatus.get(status.getSelectionIndex());
		int index = product.getSelectionIndex();
		chosenProduct = index <= 0 ? null : products.get(index - 1);
		super.okPressed();
	}

	/** Writes the values entered into a booking that is not in the agency yet. */
	void applyTo(Booking target) {
		changes(target).forEach(target::eSet);
	}

	/** The values entered that differ from the booking's, by feature. */
	Map<EStructuralFeature, Object> changes(Booking target) {
		Map<EStructuralFeature, Object> changes = new LinkedHashMap<>();
		values.forEach((attribute, text) -> {
			Object value = AttributeEdits.value(attribute, text);
			Object current = target.eGet(attribute);
			if (value == null ? current != null : !value.equals(current)) {
				changes.put(attribute, value);
			}
		});
		if (chosenStatus != target.getStatus()) {
			changes.put(MODEL.getBooking_Status(), chosenStatus);
		}
		if (chosenProduct != target.getProduct()) {
			changes.put(MODEL.getBooking_Product(), chosenProduct);
		}
		return changes;
	}

	private void check() {
		String problem = null;
		for (Map.Entry<EAttribute, Text> entry : texts.entrySet()) {
			problem = AttributeEdits.problem(entry.getKey(), entry.getValue().getText());
			if (problem != null) {
				break;
			}
		}
		setErrorMessage(problem);
		allowOk(problem);
	}
}
