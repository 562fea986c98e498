package org.travelcrm.core.internal.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A command whose model changes are made through a {@link Recorder}, which remembers each change
 * before making it, so that the command can be undone, redone, and rolled back when it fails.
 * <p>
 * If {@link #record(Recorder)} throws, every change made so far is reverted in reverse order
 * and the exception is passed on: a failure half-way leaves the model as it was.
 */
public abstract class RecordingCommand extends AbstractCommand {

	private final List<Change> changes = new ArrayList<>();
	private Collection<?> affected = List.of();

	protected RecordingCommand(String label, String description) {
		super(label, description);
	}

	/** Makes the command's changes, each through the recorder. */
	protected abstract void record(Recorder recorder);

	/** The objects the user should see selected after the command ran. */
	protected Collection<?> affectedObjects() {
		return List.of();
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public final void execute() {
		changes.clear();
		try {
			record(new Recorder(changes));
		} catch (RuntimeException | Error e) {
			revertAll();
			changes.clear();
			throw e;
		}
		affected = affectedObjects();
	}

	@Override
	public final void undo() {
		revertAll();
	}

	@Override
	public final void redo() {
		for (Change change : changes) {
			change.apply();
		}
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return affected;
	}

	private void revertAll() {
		for (int i = changes.size() - 1; i >= 0; i--) {
			changes.get(i).revert();
		}
	}

	/** Makes changes and remembers them, in order. */
	public static final class Recorder {

		private final List<Change> changes;

		Recorder(List<Change> changes) {
			this.changes = changes;
		}

		/** Sets a feature; a many-valued feature takes the elements of a list. */
		public void set(EObject object, EStructuralFeature feature, Object value) {
			run(new SetChange(object, feature, value));
		}

		/** Appends elements to a list. */
		public <T> void addAll(EList<T> list, Collection<? extends T> elements) {
			if (!elements.isEmpty()) {
				run(new AddAllChange<>(list, new ArrayList<>(elements)));
			}
		}

		/** Removes one element from a list, remembering where it stood. */
		public <T> void remove(EList<T> list, T element) {
			int index = list.indexOf(element);
			if (index >= 0) {
				run(new RemoveChange<>(list, element, index));
			}
		}

		private void run(Change change) {
			// Remembered first: a change that throws half-way is reverted with the rest.
			changes.add(change);
			change.apply();
		}
	}

	/** One change that can be made and reverted. */
	private interface Change {

		void apply();

		void revert();
	}

	private static final class SetChange implements Change {

		private final EObject object;
		private final EStructuralFeature feature;
		private final Object newValue;
		private final Object oldValue;
		private final boolean wasSet;

		SetChange(EObject object, EStructuralFeature feature, Object newValue) {
			this.object = object;
			this.feature = feature;
			this.newValue = feature.isMany() ? new ArrayList<>((Collection<?>) newValue) : newValue;
			Object old = object.eGet(feature);
			this.oldValue = feature.isMany() ? new ArrayList<>((Collection<?>) old) : old;
			this.wasSet = object.eIsSet(feature);
		}

		@Override
		public void apply() {
			object.eSet(feature, newValue);
		}

		@Override
		public void revert() {
			if (wasSet) {
				object.eSet(feature, oldValue);
			} else {
				object.eUnset(feature);
			}
		}
	}

	private static final class AddAllChange<T> implements Change {

		private final EList<T> list;
		private final List<T> elements;

		AddAllChange(EList<T> list, List<T> elements) {
			this.list = list;
			this.elements = elements;
		}

		@Override
		public void apply() {
			list.addAll(elements);
		}

		@Override
		public void revert() {
			// The elements were appended; removing from the end is cheap even for millions.
			int size = list.size();
			int count = elements.size();
			boolean atEnd = size >= count;
			for (int i = 0; atEnd && i < count; i++) {
				atEnd = list.get(size - count + i) == elements.get(i);
			}
			if (atEnd) {
				for (int i = 0; i < count; i++) {
					list.remove(list.size() - 1);
				}
			} else {
				list.removeAll(elements);
			}
		}
	}

	private static final class RemoveChange<T> implements Change {

		private final EList<T> list;
		private final T element;
		private final int index;

		RemoveChange(EList<T> list, T element, int index) {
			this.list = list;
			this.element = element;
			this.index = index;
		}

		@Override
		public void apply() {
			list.remove(index);
		}

		@Override
		public void revert() {
			if (!list.contains(element)) {
				list.add(Math.min(index, list.size()), element);
			}
		}
	}
}
