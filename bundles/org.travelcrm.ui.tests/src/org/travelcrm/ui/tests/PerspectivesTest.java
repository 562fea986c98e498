package org.travelcrm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;

/**
 * The running workbench opens in the Customers perspective, and each of the four perspectives
 * opens with its views in place and working.
 */
@ExtendWith(FailOnLoggedErrors.class)
class PerspectivesTest {

	static Stream<Arguments> perspectives() {
		return Stream.of(
				Arguments.of(WorkbenchIds.PERSPECTIVE_CUSTOMERS, List.of(
						WorkbenchIds.VIEW_AGENCY_EXPLORER, WorkbenchIds.VIEW_PROPERTIES,
						WorkbenchIds.VIEW_DATA_QUALITY)),
				Arguments.of(WorkbenchIds.PERSPECTIVE_ANALYSIS, List.of(
						WorkbenchIds.VIEW_AGENCY_EXPLORER, WorkbenchIds.VIEW_ANALYSES)),
				Arguments.of(WorkbenchIds.PERSPECTIVE_CAMPAIGNS, List.of(
						WorkbenchIds.VIEW_CAMPAIGNS, WorkbenchIds.VIEW_GOALS)),
				Arguments.of(WorkbenchIds.PERSPECTIVE_PROCESS, List.of(
						WorkbenchIds.VIEW_PROCESS, WorkbenchIds.VIEW_AGENCY_EXPLORER)));
	}

	@Test
	void theWorkbenchStartsInTheCustomersPerspective() {
		String initial = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.getDefaultPerspective();
		String advised = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getPerspective().getId();
		assertTrue(WorkbenchIds.PERSPECTIVE_CUSTOMERS.equals(initial)
				|| WorkbenchIds.PERSPECTIVE_CUSTOMERS.equals(advised),
				"The workbench should open in the Customers perspective, but opened in " + advised);
	}

	@ParameterizedTest
	@MethodSource("perspectives")
	void eachPerspectiveOpensWithItsViews(String perspectiveId, List<String> viewIds)
			throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(perspectiveId, window);
		page.resetPerspective();
		processEvents();

		assertEquals(perspectiveId, page.getPerspective().getId(),
				"The perspective asked for should be the active one.");
		for (String viewId : viewIds) {
			IViewReference reference = page.findViewReference(viewId);
			assertNotNull(reference, "The perspective " + perspectiveId + " should show view "
					+ viewId + ".");
			IViewPart view = page.showView(viewId);
			processEvents();
			assertNotNull(view, "The view " + viewId + " should be created without error.");
			assertTrue(!view.getClass().getSimpleName().equals("ErrorViewPart"), //$NON-NLS-1$
					"The view " + viewId + " should not fail to open.");
		}
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the queue so that views are laid out and painted
		}
	}
}
