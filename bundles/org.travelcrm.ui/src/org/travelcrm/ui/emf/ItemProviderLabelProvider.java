package org.travelcrm.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Labels and icons of model objects as their EMF.Edit item providers give them. Tells its
 * viewers when a label changed, on the UI thread.
 */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private final INotifyChangedListener changes = notification -> {
		Object element = notification.getNotifier();
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (!display.isDisposed()) {
				fireLabelProviderChanged(new LabelProviderChangedEvent(this, element));
			}
		});
	};

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changes);
		}
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element,
				IItemLabelProvider.class);
		if (labels != null) {
			return labels.getText(element);
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element,
				IItemLabelProvider.class);
		return labels == null ? null : image(labels.getImage(element));
	}

	/** Turns an image as item providers describe it (a URL, a composed image) into an image. */
	public Image image(Object description) {
		if (description instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : image(parts.get(0));
		}
		if (description instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (description instanceof ImageDescriptor descriptor) {
			return images.create(descriptor);
		}
		return null;
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changes);
		}
		images.dispose();
		super.dispose();
	}
}
