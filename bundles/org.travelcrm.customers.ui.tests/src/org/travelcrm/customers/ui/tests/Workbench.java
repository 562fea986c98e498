package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyOpening;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/** Drives the running workbench the way a user does, and waits for what happens in jobs. */
final class Workbench {

	private static final long TIMEOUT_MILLIS = 60_000;

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Runs the event loop until the condition holds; fails after a minute. */
	static void waitFor(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				assertTrue(false, "Waited a minute for " + what + ", in vain.");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		processEvents();
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let layouts, paints and asynchronous updates run
		}
	}

	/** Opens a fresh copy of the demo agency, as File > Open Demo Agency does. */
	static OpenAgency openDemo() {
		AtomicReference<OpenAgency> opened = new AtomicReference<>();
		AgencyOpening.openDemo(opened::set);
		waitFor("the demo agency to open", () -> opened.get() != null);
		return opened.get();
	}

	/** Opens an agency file, as File > Open Agency does. */
	static OpenAgency openFile(Path file) {
		AtomicReference<OpenAgency> opened = new AtomicReference<>();
		AgencyOpening.openFile(file, shell(), opened::set);
		waitFor("the agency " + file + " to open", () -> opened.get() != null);
		return opened.get();
	}

	/** Saves an agency to a file and waits until the save is over. */
	static void saveTo(OpenAgency agency, Path file) {
		AgencySaving.saveTo(agency, AgencyFiles.store(file), shell());
		waitFor("the save of " + file, () -> !AgencySaving.isPending(agency));
	}

	/** The customer list editor of an agency, opened when needed. */
	static CustomerListEditor customerList(OpenAgency agency) {
		IEditorPart editor = OpenAgencies.getDefault().openCustomerList(agency);
		processEvents();
		assertTrue(editor instanceof CustomerListEditor, "The customer list should open in "
				+ WorkbenchIds.EDITOR_CUSTOMER_LIST + ".");
		return (CustomerListEditor) editor;
	}

	/** Closes every open agency without saving. */
	static void closeAll() {
		for (OpenAgency agency : OpenAgencies.getDefault().getAll()) {
			OpenAgencies.getDefault().close(agency);
		}
		processEvents();
	}
}
