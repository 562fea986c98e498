package org.travelcrm.customers.ui.internal.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.customers.ui.internal.list.CustomerColumn;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.ui.agency.AttributeEdits;

/**
 * Adds or edits a survey of a customer: its date, the scale and the score on it, the booking it
 * is about, and whether the customer complained and about what. OK is enabled only when every
 * field holds a valid value; the message says which does not.
 */
public final class SurveyDialog extends RecordDialog {

	private static final CrmPackage MODEL = CrmPackage.eINSTANCE;

	/** What the user entered, as typed. */
	public record Entry(String date, SurveyScale scale, String score, Booking booking,
			boolean complaint, String comment) {

		/** The entry of a survey as it is. */
		public static Entry of(Survey survey) {
			return new Entry(AttributeEdits.text(MODEL.getSurvey_Date(), survey.getDate()),
					survey.getScale(), Integer.toString(survey.getScore()), survey.getBooking(),
					survey.isComplaint(), survey.getComment() == null ? "" //$NON-NLS-1$
							: survey.getComment());
		}

		/** What is wrong with the entry, or {@code null} when nothing. */
		public String problem() {
			String problem = AttributeEdits.problem(MODEL.getSurvey_Date(), date);
			if (problem == null && date.isBlank()) {
				problem = Messages.SurveyDialog_noDate;
			}
			if (problem == null) {
				problem = scoreProblem(score, scale);
			}
			if (problem == null) {
				problem = AttributeEdits.problem(MODEL.getSurvey_Comment(), comment);
			}
			if (problem == null && complaint && comment.isBlank()) {
				problem = Messages.SurveyDialog_noComplaintText;
			}
			return problem;
		}

		/** The values of a valid entry that differ from the survey's, by feature. */
		public Map<EStructuralFeature, Object> changes(Survey survey) {
			Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
			values.put(MODEL.getSurvey_Date(), AttributeEdits.value(MODEL.getSurvey_Date(),
					date));
			values.put(MODEL.getSurvey_Scale(), scale);
			values.put(MODEL.getSurvey_Score(), Integer.parseInt(score.strip()));
			values.put(MODEL.getSurvey_Booking(), booking);
			values.put(MODEL.getSurvey_Complaint(), complaint);
			values.put(MODEL.getSurvey_Comment(), comment.isBlank() ? null : comment);
			values.entrySet().removeIf(value -> {
				Object current = survey.eGet(value.getKey());
				return value.getValue() == null ? current == null
						: value.getValue().equals(current);
			});
			return values;
		}
	}

	private final Customer customer;
	private final Entry initial;
	private final boolean adding;
	private final List<Booking> bookings = new ArrayList<>();
	private Text date;
	private Combo scale;
	private Text score;
	private Label scoreHint;
	private Combo booking;
	private Button complaint;
	private Text comment;
	private Entry entry;
	private boolean touched;

	/**
	 * @param initial what the fields show first
	 * @param adding  whether the survey is new (the title says so, and whether it is a
	 *                complaint)
	 */
	public SurveyDialog(Shell shell, Customer customer, Entry initial, boolean adding) {
		super(shell);
		this.customer = customer;
		this.initial = initial;
		this.adding = adding;
		entry = initial;
	}

	/**
	 * What is wrong with a score on a scale, or {@code null}: 1 to 5 (0 when not answered) on
	 * the five-point scale, 0 to 10 on the ten-point one.
	 */
	public static String scoreProblem(String text, SurveyScale scale) {
		int highest = scale == SurveyScale.TEN_POINT ? 10 : 5;
		String message = scale == SurveyScale.TEN_POINT ? Messages.SurveyDialog_scoreTen
				: Messages.SurveyDialog_scoreFive;
		String digits = text.strip();
		if (digits.isEmpty() || digits.length() > 2
				|| !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return message;
		}
		return Integer.parseInt(digits) <= highest ? null : message;
	}

	/** What the user entered: when OK was pressed, or as the fields show it now. */
	public Entry entry() {
		return entry;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		String title = !adding ? Messages.SurveyDialog_editTitle
				: initial.complaint() ? Messages.SurveyDialog_complaintTitle
						: Messages.SurveyDialog_addTitle;
		Composite fields = fields(area, title, 3);

		label(fields, Messages.Column_date);
		date = new Text(fields, SWT.BORDER);
		date.setText(initial.date());
		span(date, 2, 14);

		label(fields, Messages.Column_scale);
		scale = new Combo(fields, SWT.READ_ONLY);
		for (SurveyScale value : SurveyScale.VALUES) {
			scale.add(FormLabels.literal(value));
		}
		scale.select(initial.scale().getValue());
		span(scale, 2, 0);

		label(fields, Messages.Column_score);
		score = new Text(fields, SWT.BORDER);
		score.setText(initial.score());
		span(score, 1, 5);
		scoreHint = new Label(fields, SWT.NONE);
		scoreHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		label(fields, Messages.Column_booking);
		booking = new Combo(fields, SWT.READ_ONLY);
		booking.add(Messages.SurveyDialog_noBooking);
		bookings.addAll(customer.getBookings());
		bookings.sort(Comparator.comparing(Booking::getBookedDate,
				Comparator.nullsLast(Comparator.reverseOrder())));
		bookings.forEach(each -> booking.add(bookingText(each)));
		booking.select(initial.booking() == null ? 0 : bookings.indexOf(initial.booking()) + 1);
		span(booking, 2, 0);

		new Label(fields, SWT.NONE);
		complaint = new Button(fields, SWT.CHECK);
		complaint.setText(Messages.SurveyDialog_complaint);
		complaint.setSelection(initial.complaint());
		span(complaint, 2, 0);

		label(fields, Messages.SurveyDialog_comment).setLayoutData(
				new GridData(SWT.LEFT, SWT.TOP, false, false));
		comment = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		comment.setText(initial.comment());
		GridData commentLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		commentLayout.widthHint = convertWidthInCharsToPixels(48);
		commentLayout.heightHint = convertHeightInCharsToPixels(5);
		comment.setLayoutData(commentLayout);
		// Tab leaves the comment as it leaves every other field: a comment needs no tab.
		comment.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT
					|| event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});

		for (Control field : List.of(date, score, comment)) {
			field.addListener(SWT.Modify, event -> touched());
		}
		for (Control field : List.of(scale, booking, complaint)) {
			field.addListener(SWT.Selection, event -> touched());
		}
		setMessage(Messages.SurveyDialog_message);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	@Override
	protected void okPressed() {
		entry = typed();
		super.okPressed();
	}

	/** Types into the fields as a user does, for tests; {@code null} leaves a field as it is. */
	public void type(String dateText, SurveyScale scaleValue, String scoreText,
			Boolean complained, String commentText) {
		if (dateText != null) {
			date.setText(dateText);
		}
		if (scaleValue != null) {
			scale.select(scaleValue.getValue());
		}
		if (scoreText != null) {
			score.setText(scoreText);
		}
		if (complained != null) {
			complaint.setSelection(complained);
		}
		if (commentText != null) {
			comment.setText(commentText);
		}
		touched();
	}

	/** Whether OK can be pressed, for tests. */
	public boolean canFinish() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}

	/** Presses OK, for tests. */
	public void finish() {
		okPressed();
	}

	private Entry typed() {
		int chosen = booking.getSelectionIndex();
		return new Entry(date.getText(), SurveyScale.get(scale.getSelectionIndex()),
				score.getText(), chosen <= 0 ? null : bookings.get(chosen - 1),
				complaint.getSelection(), comment.getText());
	}

	private void touched() {
		touched = true;
		check();
	}

	private void check() {
		Entry now = typed();
		scoreHint.setText(now.scale() == SurveyScale.TEN_POINT ? Messages.SurveyDialog_hintTen
				: Messages.SurveyDialog_hintFive);
		scoreHint.getParent().layout(new Control[] { scoreHint });
		String problem = now.problem();
		// A new survey starts incomplete: say what is wrong once the user is at it.
		setErrorMessage(touched ? problem : null);
		allowOk(problem);
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private void span(Control control, int columns, int widthInChars) {
		GridData layout = new GridData(widthInChars > 0 ? SWT.LEFT : SWT.FILL, SWT.CENTER,
				widthInChars <= 0, false, columns, 1);
		if (widthInChars > 0) {
			layout.widthHint = convertWidthInCharsToPixels(widthInChars);
		}
		control.setLayoutData(layout);
	}

	private static String bookingText(Booking booking) {
		String product = booking.getProduct() == null ? "" //$NON-NLS-1$
				: " \u00b7 " + booking.getProduct().getName(); //$NON-NLS-1$
		return booking.getExternalId() + " \u00b7 " //$NON-NLS-1$
				+ CustomerColumn.format(booking.getBookedDate()) + product;
	}
}
