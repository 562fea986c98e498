package org.travelcrm.customers.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Folder;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Kind;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Range;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The explorer's tree: open agencies, their folders, ranges of large folders, and below each
 * object what its item provider gives as children (goal stages, contact persons, KPIs).
 */
final class ExplorerContent implements ITreeContentProvider {

	private static final Object[] NONE = {};

	@Override
	public Object[] getElements(Object input) {
		return OpenAgencies.getDefault().getAll().toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof OpenAgency agency) {
			List<Folder> folders = new ArrayList<>();
			for (Kind kind : Kind.values()) {
				folders.add(new Folder(agency, kind));
			}
			return folders.toArray();
		}
		if (parent instanceof Folder folder) {
			int size = folder.objects().size();
			if (size <= ExplorerNodes.RANGE_SIZE) {
				return folder.objects().toArray();
			}
			List<Range> ranges = new ArrayList<>();
			for (int from = 0; from < size; from += ExplorerNodes.RANGE_SIZE) {
				int to = Math.min(size, from + ExplorerNodes.RANGE_SIZE);
				ranges.add(new Range(folder, from, to));
			}
			return ranges.toArray();
		}
		if (parent instanceof Range range) {
			return range.objects().toArray();
		}
		OpenAgency agency = parent instanceof EObject object
				? OpenAgencies.getDefault().find(object) : null;
		if (agency == null || agency.isClosed()) {
			return NONE;
		}
		ITreeItemContentProvider tree = (ITreeItemContentProvider) agency.getAdapterFactory()
				.adapt(parent, ITreeItemContentProvider.class);
		return tree == null ? NONE : tree.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Folder folder) {
			return folder.agency();
		}
		if (element instanceof Range range) {
			return range.folder();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof OpenAgency) {
			return true;
		}
		if (element instanceof Folder folder) {
			return folder.count() > 0;
		}
		if (element instanceof Range) {
			return true;
		}
		return getChildren(element).length > 0;
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		// The tree is refreshed by the view when agencies open, close or change.
	}
}
