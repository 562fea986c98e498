package org.travelcrm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.testing.FailOnLoggedErrors;

/** Ctrl+Y redoes what Ctrl+Z undid, on Linux as elsewhere, next to Shift+Ctrl+Z. */
@ExtendWith(FailOnLoggedErrors.class)
class RedoKeyTest {

	@Test
	void ctrlYAndShiftCtrlZBothRedo() throws ParseException {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<TriggerSequence> keys = List.of(
				bindings.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO));
		assertTrue(keys.contains(KeySequence.getInstance("M1+Y")),
				"Ctrl+Y should redo, but Redo has only " + keys + ".");
		assertTrue(keys.contains(KeySequence.getInstance("M1+M2+Z")),
				"Shift+Ctrl+Z should still redo: " + keys + ".");
	}
}
