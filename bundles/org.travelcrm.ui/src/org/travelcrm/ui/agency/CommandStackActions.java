package org.travelcrm.ui.agency;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo of an agency's command stack, installed as the global action handlers of a
 * part, so that the Edit menu, the tool bar and Ctrl+Z / Ctrl+Y act on the agency the part
 * shows. Labels name the command that will be undone or redone.
 */
public final class CommandStackActions {

	private final Action undo = new Action() {
		@Override
		public void run() {
			if (stack != null && stack.canUndo()) {
				stack.undo();
			}
		}
	};

	private final Action redo = new Action() {
		@Override
		public void run() {
			if (stack != null && stack.canRedo()) {
				stack.redo();
			}
		}
	};

	private final CommandStackListener listener = event -> update();
	private CommandStack stack;

	/** Installs Undo and Redo in the part's action bars and follows the agency's stack. */
	public void install(IActionBars bars, OpenAgency agency) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		setAgency(agency);
		bars.updateActionBars();
	}

	/** Follows another agency's stack, or none. */
	public void setAgency(OpenAgency agency) {
		if (stack != null) {
			stack.removeCommandStackListener(listener);
		}
		stack = agency == null ? null : agency.getCommandStack();
		if (stack != null) {
			stack.addCommandStackListener(listener);
		}
		update();
	}

	public void dispose() {
		setAgency(null);
	}

	private void update() {
		undo.setEnabled(stack != null && stack.canUndo());
		redo.setEnabled(stack != null && stack.canRedo());
		undo.setText(label(Messages.CommandStackActions_undo,
				stack == null ? null : stack.getUndoCommand()));
		redo.setText(label(Messages.CommandStackActions_redo,
				stack == null ? null : stack.getRedoCommand()));
	}

	private static String label(String pattern, Command command) {
		String name = command == null || command.getLabel() == null
				? "" : command.getLabel(); //$NON-NLS-1$
		return NLS.bind(pattern, name).trim();
	}
}
