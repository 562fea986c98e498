package org.travelcrm.ui.agency;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of an open agency: it keeps at most a given number of commands to undo, and
 * refuses changes while the agency is being written.
 * <p>
 * When the oldest command is dropped and the save point lay before it, the save point can no
 * longer be reached by undoing: the agency then stays dirty until it is saved again.
 */
public class AgencyCommandStack extends BasicCommandStack {

	/** Save index that no undo or redo can reach. */
	private static final int UNREACHABLE = -2;

	private int undoLimit;
	private boolean readOnly;

	/** @param undoLimit how many commands can be undone at most; at least 1 */
	public AgencyCommandStack(int undoLimit) {
		this.undoLimit = Math.max(1, undoLimit);
	}

	/** How many commands can be undone at most. */
	public int getUndoLimit() {
		return undoLimit;
	}

	/** Changes the undo limit; commands beyond a lower limit are dropped at once. */
	public void setUndoLimit(int limit) {
		undoLimit = Math.max(1, limit);
		trim();
	}

	/** Whether changes are refused, as while the agency is being saved. */
	public boolean isReadOnly() {
		return readOnly;
	}

	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		notifyListeners();
	}

	@Override
	public void execute(Command command) {
		if (readOnly) {
			if (command != null) {
				command.dispose();
			}
			return;
		}
		super.execute(command);
		trim();
	}

	@Override
	public boolean canUndo() {
		return !readOnly && super.canUndo();
	}

	@Override
	public void undo() {
		if (!readOnly) {
			super.undo();
		}
	}

	@Override
	public boolean canRedo() {
		return !readOnly && super.canRedo();
	}

	@Override
	public void redo() {
		if (!readOnly) {
			super.redo();
		}
	}

	/** The command the next save point will be at: the one that would be undone next. */
	public Command getSavePointCandidate() {
		return top >= 0 ? commandList.get(top) : null;
	}

	/**
	 * Marks the save point at a command, if that command is still where the stack stands;
	 * otherwise the agency stays dirty, because it changed after the save began.
	 */
	public void saveIsDone(Command savedAt) {
		if (getSavePointCandidate() == savedAt) {
			saveIsDone();
		}
		// Dirty marks and labels follow the stack's listeners.
		notifyListeners();
	}

	private void trim() {
		while (commandList.size() > undoLimit && top >= 0) {
			Command oldest = commandList.remove(0);
			oldest.dispose();
			top--;
			saveIndex = saveIndex < 0 ? UNREACHABLE : saveIndex - 1;
		}
	}
}
