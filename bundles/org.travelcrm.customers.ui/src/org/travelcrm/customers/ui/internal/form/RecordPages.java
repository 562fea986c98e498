package org.travelcrm.customers.ui.internal.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.customers.ui.internal.list.CustomerColumn;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Interaction;
import org.travelcrm.model.InteractionKind;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.ui.agency.AttributeEdits;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The record pages of the customer form: bookings (add, edit, cancel), surveys and complaints
 * (add, edit, delete), interactions (log a call or a visit) and the history of all three by
 * date.
 */
public final class RecordPages {

	/** One column of a record table. */
	record Column<T>(String label, int width, Function<T, Object> value) {
	}

	/** One line of the history: when, what, and a description. */
	record HistoryEntry(LocalDate date, String what, String description) {
	}

	private static final CrmPackage MODEL = CrmPackage.eINSTANCE;

	private final OpenAgency agency;
	private final Customer customer;
	private final Shell shell;
	private final List<Runnable> refreshers = new ArrayList<>();
	private TableViewer bookings;
	private TableViewer surveys;

	RecordPages(OpenAgency agency, Customer customer, Shell shell) {
		this.agency = agency;
		this.customer = customer;
		this.shell = shell;
	}

	static <T> Column<T> column(String label, int width, Function<T, Object> value) {
		return new Column<>(label, width, value);
	}

	@SuppressWarnings("unchecked")
	static <T> void columns(TableViewer viewer, List<Column<T>> columns) {
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (Column<T> column : columns) {
			TableViewerColumn shown = new TableViewerColumn(viewer, SWT.LEFT);
			shown.getColumn().setText(column.label());
			shown.getColumn().setWidth(column.width());
			shown.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Object value = column.value().apply((T) element);
					return value instanceof Enumerator literal
							? FormLabels.literal(literal) : CustomerColumn.format(value);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	/** The bookings table, for tests. */
	public TableViewer bookingsTable() {
		return bookings;
	}

	Control createBookings(Composite parent) {
		Composite page = page(parent);
		bookings = table(page, List.of(
				column(Messages.Column_bookingId, 90, Booking::getExternalId),
				column(Messages.Column_booked, 90, Booking::getBookedDate),
				column(Messages.Column_departure, 90, Booking::getDepartureDate),
				column(Messages.Column_return, 90, Booking::getReturnDate),
				column(Messages.Column_products, 200, RecordPages::products),
				column(Messages.Column_travellers, 70, Booking::getTravellers),
				column(Messages.Column_amount, 100, Booking::getAmount),
				column(Messages.Column_status, 90, Booking::getStatus)),
				() -> customer.getBookings().stream()
						.sorted(Comparator.comparing(Booking::getBookedDate,
								Comparator.nullsLast(Comparator.reverseOrder())))
						.toArray());
		Composite buttons = buttons(page);
		button(buttons, Messages.Form_addBooking, this::addBooking);
		button(buttons, Messages.Form_editBooking, () -> {
			if (selected(bookings) instanceof Booking booking) {
				editBooking(booking);
			}
		});
		button(buttons, Messages.Form_cancelBooking, () -> {
			if (selected(bookings) instanceof Booking booking) {
				cancel(booking);
			}
		});
		bookings.addDoubleClickListener(event -> {
			if (selected(bookings) instanceof Booking booking) {
				editBooking(booking);
			}
		});
		return page;
	}

	Control createSurveys(Composite parent) {
		Composite page = page(parent);
		surveys = table(page, List.of(
				column(Messages.Column_date, 90, Survey::getDate),
				column(Messages.Column_score, 110, (Survey survey) -> survey.getScore() == 0
						&& survey.getScale() == SurveyScale.FIVE_POINT
								? Messages.Form_notAnswered : (Object) survey.getScore()),
				column(Messages.Column_scale, 60, Survey::getScale),
				column(Messages.Column_complaint, 90, (Survey survey) -> survey.isComplaint()
						? Messages.Form_yes : ""), //$NON-NLS-1$
				column(Messages.Column_booking, 90, (Survey survey) -> survey.getBooking() == null
						? null : survey.getBooking().getExternalId()),
				column(Messages.Column_comment, 320, Survey::getComment)),
				() -> customer.getSurveys().stream()
						.sorted(Comparator.comparing(Survey::getDate,
								Comparator.nullsLast(Comparator.reverseOrder())))
						.toArray());
		Composite buttons = buttons(page);
		button(buttons, Messages.Form_addSurvey, () -> openSurvey(null, false));
		button(buttons, Messages.Form_recordComplaint, () -> openSurvey(null, true));
		button(buttons, Messages.Form_editSurvey, () -> {
			if (selected(surveys) instanceof Survey survey) {
				openSurvey(survey, survey.isComplaint());
			}
		});
		button(buttons, Messages.Form_deleteSurvey, () -> {
			List<EObject> chosen = new ArrayList<>();
			surveys.getStructuredSelection().forEach(each -> chosen.add((EObject) each));
			if (!chosen.isEmpty()) {
				execute(AgencyEditing.delete(domain(), chosen));
			}
		});
		surveys.addDoubleClickListener(event -> {
			if (selected(surveys) instanceof Survey survey) {
				openSurvey(survey, survey.isComplaint());
			}
		});
		return page;
	}

	Control createInteractions(Composite parent) {
		Composite page = page(parent);
		table(page, List.of(
				column(Messages.Column_date, 90, Interaction::getDate),
				column(Messages.Column_kind, 90, Interaction::getKind),
				column(Messages.Column_note, 420, Interaction::getNote)),
				() -> customer.getInteractions().stream()
						.sorted(Comparator.comparing(Interaction::getDate,
								Comparator.nullsLast(Comparator.reverseOrder())))
						.toArray());
		Composite buttons = buttons(page);
		button(buttons, Messages.Form_logCall, () -> logInteraction(InteractionKind.CALL));
		button(buttons, Messages.Form_logVisit, () -> logInteraction(InteractionKind.VISIT));
		return page;
	}

	Control createHistory(Composite parent) {
		Composite page = page(parent);
		table(page, List.of(
				column(Messages.Column_date, 90, HistoryEntry::date),
				column(Messages.Column_what, 110, HistoryEntry::what),
				column(Messages.Column_description, 460, HistoryEntry::description)),
				() -> history().toArray());
		return page;
	}

	void refresh() {
		refreshers.forEach(Runnable::run);
	}

	/** Everything that happened with the customer, latest first. */
	List<HistoryEntry> history() {
		List<HistoryEntry> entries = new ArrayList<>();
		for (Booking booking : customer.getBookings()) {
			entries.add(new HistoryEntry(booking.getBookedDate(), Messages.History_booking,
					NLS.bind(Messages.History_bookingText, new Object[] { products(booking),
							CustomerColumn.format(booking.getAmount()),
							FormLabels.literal(booking.getStatus()) })));
		}
		for (Survey survey : customer.getSurveys()) {
			entries.add(new HistoryEntry(survey.getDate(), survey.isComplaint()
					? Messages.History_complaint : Messages.History_survey,
					NLS.bind(Messages.History_surveyText, survey.getScore(),
							survey.getComment() == null ? "" : survey.getComment()))); //$NON-NLS-1$
		}
		for (Interaction interaction : customer.getInteractions()) {
			entries.add(new HistoryEntry(interaction.getDate(),
					FormLabels.literal(interaction.getKind()),
					interaction.getNote() == null ? "" : interaction.getNote())); //$NON-NLS-1$
		}
		entries.sort(Comparator.comparing(HistoryEntry::date,
				Comparator.nullsLast(Comparator.reverseOrder())));
		return entries;
	}

	/** Cancels a booking: it stays in the history with the status cancelled. */
	public void cancel(Booking booking) {
		if (booking.getStatus() != BookingStatus.CANCELLED) {
			execute(SetCommand.create(domain(), booking, MODEL.getBooking_Status(),
					BookingStatus.CANCELLED));
		}
	}

	/** Logs a call, visit or other contact today with a note. */
	void logInteraction(InteractionKind kind) {
		InputDialog dialog = new InputDialog(shell, FormLabels.literal(kind),
				Messages.Form_notePrompt, "", //$NON-NLS-1$
				text -> AttributeEdits.problem(MODEL.getInteraction_Note(), text));
		if (dialog.open() != Window.OK) {
			return;
		}
		Interaction interaction = CrmFactory.eINSTANCE.createInteraction();
		interaction.setDate(LocalDate.now());
		interaction.setKind(kind);
		interaction.setNote(dialog.getValue());
		addWithCustomer(MODEL.getAgency_Interactions(), interaction,
				MODEL.getInteraction_Customer());
	}

	/** Adds a survey of the customer with the values entered, as one command. */
	public void addSurvey(SurveyDialog.Entry entry) {
		Survey survey = CrmFactory.eINSTANCE.createSurvey();
		entry.changes(survey).forEach(survey::eSet);
		addWithCustomer(MODEL.getAgency_Surveys(), survey, MODEL.getSurvey_Customer());
	}

	/** Changes a survey to the values entered, as one command. */
	public void editSurvey(Survey survey, SurveyDialog.Entry entry) {
		setAll(survey, entry.changes(survey), Messages.Form_editSurveyLabel);
	}

	/** The surveys table, for tests. */
	public TableViewer surveysTable() {
		return surveys;
	}

	/** Opens the survey dialog on a survey, or on a new one (a complaint or not). */
	private void openSurvey(Survey survey, boolean complaint) {
		// A complaint often comes without a score: not answered, until the user says more.
		String score = complaint ? "0" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		SurveyDialog.Entry initial = survey != null ? SurveyDialog.Entry.of(survey)
				: new SurveyDialog.Entry(AttributeEdits.text(MODEL.getSurvey_Date(),
						LocalDate.now()), SurveyScale.FIVE_POINT, score, null, complaint,
						""); //$NON-NLS-1$
		SurveyDialog dialog = new SurveyDialog(shell, customer, initial, survey == null);
		if (dialog.open() != Window.OK) {
			return;
		}
		if (survey == null) {
			addSurvey(dialog.entry());
		} else {
			editSurvey(survey, dialog.entry());
		}
	}

	private void addBooking() {
		Booking booking = CrmFactory.eINSTANCE.createBooking();
		booking.setBookedDate(LocalDate.now());
		booking.setStatus(BookingStatus.CONFIRMED);
		booking.setExternalId(BookingDialog.freshId(agency.getAgency()));
		BookingDialog dialog = new BookingDialog(shell, agency.getAgency(), booking, true);
		if (dialog.open() == Window.OK) {
			dialog.applyTo(booking);
			addWithCustomer(MODEL.getAgency_Bookings(), booking, MODEL.getBooking_Customer());
		}
	}

	private void editBooking(Booking booking) {
		BookingDialog dialog = new BookingDialog(shell, agency.getAgency(), booking, false);
		if (dialog.open() == Window.OK) {
			setAll(booking, dialog.changes(booking), Messages.Form_editBookingLabel);
		}
	}

	/** Sets features of an object, as one command; nothing when there are none. */
	private void setAll(EObject object, Map<EStructuralFeature, Object> changes, String label) {
		CompoundCommand command = new CompoundCommand(label);
		changes.forEach((feature, value) -> command.append(
				SetCommand.create(domain(), object, feature, value)));
		if (!command.isEmpty()) {
			execute(command);
		}
	}

	/** Adds an object to the agency and links it to the customer, as one command. */
	private void addWithCustomer(EReference list, EObject object, EReference link) {
		CompoundCommand command = new CompoundCommand(Messages.Form_addLabel);
		command.append(AddCommand.create(domain(), agency.getAgency(), list, object));
		command.append(SetCommand.create(domain(), object, link, customer));
		execute(command);
	}

	private EditingDomain domain() {
		return agency.getEditingDomain();
	}

	private void execute(Command command) {
		domain().getCommandStack().execute(command);
	}

	private static String products(Booking booking) {
		List<String> names = new ArrayList<>();
		if (booking.getProduct() != null) {
			names.add(booking.getProduct().getName());
		}
		booking.getExtraProducts().forEach(p -> names.add(p.getName()));
		return String.join(", ", names); //$NON-NLS-1$
	}

	private static Object selected(TableViewer viewer) {
		return viewer.getStructuredSelection().getFirstElement();
	}

	private static Composite page(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		return page;
	}

	private <T> TableViewer table(Composite page, List<Column<T>> columns,
			Supplier<Object[]> rows) {
		TableViewer viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		columns(viewer, columns);
		Runnable refresh = () -> {
			if (!viewer.getTable().isDisposed()) {
				viewer.setInput(rows.get());
			}
		};
		refresh.run();
		refreshers.add(refresh);
		return viewer;
	}

	private static Composite buttons(Composite page) {
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		GridLayout layout = new GridLayout(1, true);
		layout.marginHeight = 0;
		buttons.setLayout(layout);
		return buttons;
	}

	private static void button(Composite buttons, String label, Runnable run) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, event -> run.run());
	}
}
