package org.travelcrm.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for the Properties view, from EMF.Edit item providers. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		return object instanceof IPropertySource source ? source
				: ItemPropertySource.of(object, adapterFactory);
	}
}
