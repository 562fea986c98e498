package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.customers.ui.internal.form.CustomerFormEditor;
import org.travelcrm.customers.ui.internal.form.SurveyDialog;
import org.travelcrm.customers.ui.internal.form.SurveyDialog.Entry;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The survey dialog of the customer form takes a score only within its scale (0 meaning "not
 * answered" on 1-5), a complaint only with its text, lets Tab leave its comment, and adds or
 * changes a survey in one undoable command; the surveys page shows "not answered" whole.
 */
@ExtendWith(FailOnLoggedErrors.class)
class SurveyDialogTest {

	@AfterEach
	void closeAgencies() {
		Workbench.closeAll();
	}

	@Test
	void scoresAreCheckedAgainstTheirScale() {
		for (String valid : new String[] { "0", "1", "5", " 3 " }) {
			assertNull(SurveyDialog.scoreProblem(valid, SurveyScale.FIVE_POINT),
					valid + " is a score on the 1-5 scale (0: not answered).");
		}
		for (String invalid : new String[] { "6", "10", "-1", "3.5", "", "x", "005" }) {
			assertNotNull(SurveyDialog.scoreProblem(invalid, SurveyScale.FIVE_POINT),
					"\"" + invalid + "\" is no score on the 1-5 scale.");
		}
		assertNull(SurveyDialog.scoreProblem("10", SurveyScale.TEN_POINT),
				"10 is the top of the 0-10 scale.");
		assertNotNull(SurveyDialog.scoreProblem("11", SurveyScale.TEN_POINT),
				"11 is beyond the 0-10 scale.");
	}

	@Test
	void aComplaintNeedsItsTextAndASurveyItsDate() {
		assertNotNull(new Entry("2026-03-01", SurveyScale.FIVE_POINT, "0", null, true, " ")
				.problem(), "A complaint without a text should be refused.");
		assertNull(new Entry("2026-03-01", SurveyScale.FIVE_POINT, "0", null, true,
				"Late pick-up").problem(), "A complaint with its text is fine.");
		assertNotNull(new Entry("", SurveyScale.TEN_POINT, "7", null, false, "").problem(),
				"A survey needs a date.");
		assertNotNull(new Entry("1.3.2026x", SurveyScale.TEN_POINT, "7", null, false, "")
				.problem(), "A date that does not parse should be refused.");
	}

	@Test
	void surveysAreAddedAndChangedInOneUndoableCommandEach() {
		OpenAgency agency = Workbench.openDemo();
		CustomerFormEditor form = form(agency);
		Customer customer = form.getCustomer();
		int before = customer.getSurveys().size();

		form.getRecords().addSurvey(new Entry("2026-03-01", SurveyScale.TEN_POINT, "9", null,
				false, "Lovely trip"));
		Workbench.processEvents();

		assertEquals(before + 1, customer.getSurveys().size(), "The survey should be added.");
		Survey added = customer.getSurveys().stream()
				.filter(each -> "Lovely trip".equals(each.getComment())).findFirst().orElseThrow();
		assertEquals(LocalDate.of(2026, 3, 1), added.getDate(), "The date should be set.");
		assertEquals(9, added.getScore(), "The score should be set.");
		assertTrue(agency.getAgency().getSurveys().contains(added), "The agency holds it.");
		assertEquals(before + 1, form.getRecords().surveysTable().getTable().getItemCount(),
				"The surveys page should list it.");

		form.getRecords().editSurvey(added, new Entry("2026-03-01", SurveyScale.FIVE_POINT,
				"2", null, true, "Lost luggage"));
		assertEquals(SurveyScale.FIVE_POINT, added.getScale(), "The scale should change.");
		assertTrue(added.isComplaint() && added.getScore() == 2, "So should the score and flag.");
		agency.getCommandStack().undo();
		assertEquals(SurveyScale.TEN_POINT, added.getScale(), "One undo restores the scale,");
		assertEquals(9, added.getScore(), "the score");
		assertFalse(added.isComplaint(), "and the complaint flag together.");
		agency.getCommandStack().undo();
		assertEquals(before, customer.getSurveys().size(), "Undo takes the survey away again.");
	}

	@Test
	void theDialogShowsASurveyAndEnablesOkOnlyForAValidEntry() {
		OpenAgency agency = Workbench.openDemo();
		CustomerFormEditor form = form(agency);
		Survey survey = form.getCustomer().getSurveys().stream()
				.filter(each -> Entry.of(each).problem() == null).findFirst().orElseThrow();
		SurveyDialog dialog = new SurveyDialog(Workbench.shell(), form.getCustomer(),
				Entry.of(survey), false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Point needed = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
			assertTrue(shell.getSize().x >= needed.x && shell.getSize().y >= needed.y,
					"The dialog should show all of its fields, not cut them off: "
							+ shell.getSize() + " for " + needed + ".");
			assertTrue(dialog.canFinish(), "The survey as it is should be accepted.");

			dialog.type(null, SurveyScale.FIVE_POINT, "8", null, null);
			assertFalse(dialog.canFinish(), "8 is beyond the 1-5 scale.");
			dialog.type(null, SurveyScale.TEN_POINT, null, true, "");
			assertFalse(dialog.canFinish(), "A complaint needs its text.");
			dialog.type(null, null, null, null, "Noisy room");
			assertTrue(dialog.canFinish(), "8 of 10 with a complaint text is fine.");
			dialog.finish();
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}

		Entry entered = dialog.entry();
		assertEquals(new Entry(Entry.of(survey).date(), SurveyScale.TEN_POINT, "8",
				survey.getBooking(), true, "Noisy room"), entered,
				"OK should hand over what was entered.");
	}

	@Test
	void tabLeavesTheCommentLikeEveryOtherField() {
		OpenAgency agency = Workbench.openDemo();
		CustomerFormEditor form = form(agency);
		SurveyDialog dialog = new SurveyDialog(Workbench.shell(), form.getCustomer(),
				new Entry("2026-03-01", SurveyScale.FIVE_POINT, "4", null, false, ""), true);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text comment = multiLineText(dialog.getShell());
			assertNotNull(comment, "The dialog should have a comment field.");
			for (int traversal : new int[] { SWT.TRAVERSE_TAB_NEXT,
					SWT.TRAVERSE_TAB_PREVIOUS }) {
				Event tab = new Event();
				tab.detail = traversal;
				// A multi-line text keeps Tab for itself unless told otherwise.
				tab.doit = false;
				comment.notifyListeners(SWT.Traverse, tab);
				assertTrue(tab.doit, "Tab and Shift+Tab should leave the comment, not type a tab.");
			}
		} finally {
			dialog.close();
		}
	}

	@Test
	void aScoreNotAnsweredFitsTheScoreColumn() {
		OpenAgency agency = Workbench.openDemo();
		CustomerFormEditor form = form(agency);
		form.getRecords().addSurvey(new Entry("2026-03-01", SurveyScale.FIVE_POINT, "0", null,
				false, ""));
		Workbench.processEvents();

		TableColumn score = form.getRecords().surveysTable().getTable().getColumn(1);
		int width = score.getWidth();
		score.pack();
		assertTrue(score.getWidth() <= width, "The score column (" + width
				+ " px) should show \"not answered\" whole, which needs " + score.getWidth()
				+ " px.");
	}

	private static Text multiLineText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & SWT.MULTI) != 0) {
				return text;
			}
			if (child instanceof Composite composite && multiLineText(composite) != null) {
				return multiLineText(composite);
			}
		}
		return null;
	}

	private static CustomerFormEditor form(OpenAgency agency) {
		Customer customer = agency.getAgency().getCustomers().stream()
				.filter(each -> !each.getSurveys().isEmpty() && !each.getBookings().isEmpty())
				.findFirst().orElseThrow();
		IEditorPart part = OpenAgencies.getDefault().openEditor(agency, customer,
				WorkbenchIds.EDITOR_CUSTOMER_FORM);
		Workbench.processEvents();
		assertTrue(part instanceof CustomerFormEditor, "The customer form should open.");
		return (CustomerFormEditor) part;
	}
}
