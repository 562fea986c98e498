package org.travelcrm.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.analysis.ui.internal.AnalysisView;
import org.travelcrm.analysis.ui.model.ViewKind;
import org.travelcrm.analysis.ui.model.ViewModel;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyOpening;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The Analysis perspective on the demo agency: every view charts data, a drill-down opens the
 * customer list with a segment of exactly the customers behind the row, and an edit through
 * the editing domain changes the customer pyramid.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AnalysisPerspectiveTest {

	private static final long TIMEOUT_MILLIS = 60_000;

	@AfterEach
	void closeAgencies() {
		for (OpenAgency agency : OpenAgencies.getDefault().getAll()) {
			OpenAgencies.getDefault().close(agency);
		}
		processEvents();
	}

	@Test
	void everyViewChartsTheDemoAgency() throws WorkbenchException {
		OpenAgency demo = openDemo();
		IWorkbenchPage page = showAnalysis();
		for (ViewKind kind : ViewKind.values()) {
			AnalysisView view = (AnalysisView) page.showView(kind.viewId());
			ViewModel model = result(view, demo);
			assertTrue(model.chart().hasData(), "The " + kind + " view should chart data of the"
					+ " demo agency.");
		}
	}

	@Test
	void drillDownOpensTheCustomersOfATier() throws WorkbenchException {
		OpenAgency demo = openDemo();
		AnalysisView pyramid = (AnalysisView) showAnalysis().showView(ViewKind.PYRAMID.viewId());
		ViewModel model = result(pyramid, demo);
		List<String> key = model.customersOfRow(0);
		int segments = demo.getAgency().getSegments().size();

		pyramid.openCustomersOfRow(0);
		processEvents();

		assertEquals(segments + 1, demo.getAgency().getSegments().size(),
				"The drill-down should add one segment.");
		Segment segment = demo.getAgency().getSegments().get(segments);
		MemberSnapshot members = segment.getSnapshots().get(0);
		assertEquals(key, members.getMembers().stream().map(c -> c.getExternalId()).toList(),
				"The segment should hold exactly the customers of the top tier.");
		assertEquals(WorkbenchIds.EDITOR_CUSTOMER_LIST, PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getActivePage().getActiveEditor().getSite().getId(),
				"The customer list should open.");
		demo.getEditingDomain().getCommandStack().undo();
		assertEquals(segments, demo.getAgency().getSegments().size(),
				"Undo should remove the segment again.");
	}

	@Test
	void anEditMovesACustomerUpThePyramid() throws WorkbenchException {
		OpenAgency demo = openDemo();
		AnalysisView pyramid = (AnalysisView) showAnalysis().showView(ViewKind.PYRAMID.viewId());
		ViewModel before = result(pyramid, demo);
		int last = before.table().rows().size() - 1;
		List<String> small = before.customersOfRow(last);
		String smallest = small.get(small.size() - 1);
		Booking booking = demo.getAgency().getBookings().stream()
				.filter(b -> b.getCustomer().getExternalId().equals(smallest)
						&& b.getStatus() != BookingStatus.CANCELLED)
				.reduce((first, second) -> second).orElseThrow();

		demo.getEditingDomain().getCommandStack().execute(SetCommand.create(
				demo.getEditingDomain(), booking, CrmPackage.Literals.BOOKING__AMOUNT,
				new BigDecimal("500000000.00")));
		waitFor("the pyramid to follow the edit",
				() -> pyramid.getModel() != before && !pyramid.isComputing());

		assertTrue(pyramid.getModel().customersOfRow(0).contains(smallest), "After the edit, "
				+ smallest + " should be a KEY customer.");
	}

	private static ViewModel result(AnalysisView view, OpenAgency agency) {
		waitFor("the " + view.getKind() + " view to compute", () -> view.getAgency() == agency
				&& view.getModel() != null && !view.isComputing());
		assertNotNull(view.getModel(), "The view should show a result.");
		return view.getModel();
	}

	private static IWorkbenchPage showAnalysis() throws WorkbenchException {
		PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_ANALYSIS,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		processEvents();
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static OpenAgency openDemo() {
		AtomicReference<OpenAgency> opened = new AtomicReference<>();
		AgencyOpening.openDemo(opened::set);
		waitFor("the demo agency to open", () -> opened.get() != null);
		return opened.get();
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < end, "Waited a minute for " + what
					+ ", in vain.");
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		processEvents();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let layouts, paints and results handed over by jobs run
		}
	}
}
