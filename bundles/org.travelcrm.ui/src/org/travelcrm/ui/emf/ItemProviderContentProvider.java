package org.travelcrm.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * The children of model objects as their EMF.Edit item providers give them, for lists and
 * trees. A viewer using it is refreshed, on the UI thread, where the model changes.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = {};

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;
	private final INotifyChangedListener changes = notification -> refresh(
			notification.getNotifier());

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changes);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider content = (IStructuredItemContentProvider) adapterFactory
				.adapt(input, IStructuredItemContentProvider.class);
		return content == null ? NONE : content.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(parent,
				ITreeItemContentProvider.class);
		if (tree == null) {
			return NONE;
		}
		Collection<?> children = tree.getChildren(parent);
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(element,
				ITreeItemContentProvider.class);
		return tree == null ? null : tree.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(element,
				ITreeItemContentProvider.class);
		return tree != null && tree.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changes);
		}
		viewer = null;
	}

	private void refresh(Object element) {
		StructuredViewer target = viewer;
		if (target == null) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				target.refresh(element);
			}
		});
	}
}
