package org.travelcrm.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The properties of a model object as its EMF.Edit item provider describes them, for the
 * Properties view. Every change goes through the item property descriptor, which executes a
 * command on the object's editing domain, so that it can be undone.
 */
public class ItemPropertySource implements IPropertySource {

	/** Properties with more choices than this are shown but not edited in a list. */
	static final int MAX_CHOICES = 500;

	private final Object object;
	private final IItemPropertySource itemSource;

	public ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
			descriptors.add(new ItemDescriptor(object, item));
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = itemSource.getPropertyDescriptor(object, id);
		if (item == null) {
			return null;
		}
		Object value = item.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object)
				: value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor item = itemSource.getPropertyDescriptor(object, id);
		return item != null && item.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor item = itemSource.getPropertyDescriptor(object, id);
		if (item != null && item.canSetProperty(object)) {
			item.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor item = itemSource.getPropertyDescriptor(object, id);
		if (item != null && item.canSetProperty(object)) {
			item.setPropertyValue(object, value);
		}
	}

	/** Creates property sources for objects adapted by an adapter factory. */
	public static IPropertySource of(Object object, AdapterFactory adapterFactory) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object,
				IItemPropertySource.class);
		return source == null ? null : new ItemPropertySource(object, source);
	}

	/** One property: label, category, and a cell editor fitting its type where it is editable. */
	private static final class ItemDescriptor extends PropertyDescriptor {

		private final Object object;
		private final IItemPropertyDescriptor item;

		ItemDescriptor(Object object, IItemPropertyDescriptor item) {
			super(item.getId(object), item.getDisplayName(object));
			this.object = object;
			this.item = item;
			setCategory(item.getCategory(object));
			setDescription(item.getDescription(object));
			IItemLabelProvider labels = item.getLabelProvider(object);
			setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return labels.getText(value);
				}
			});
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (!item.canSetProperty(object) || item.isMany(object)) {
				return null;
			}
			Object feature = item.getFeature(object);
			if (feature instanceof EAttribute attribute
					&& isBoolean(attribute.getEAttributeType())) {
				return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE),
						item.getLabelProvider(object));
			}
			Collection<?> choices = item.getChoiceOfValues(object);
			if (choices != null) {
				if (choices.size() > MAX_CHOICES) {
					return null;
				}
				return new ChoiceCellEditor(parent, new ArrayList<>(choices),
						item.getLabelProvider(object));
			}
			if (feature instanceof EAttribute attribute) {
				return new DataTypeCellEditor(parent, attribute.getEAttributeType(),
						nullable((EStructuralFeature) feature));
			}
			return null;
		}

		private static boolean isBoolean(EDataType type) {
			Class<?> instance = type.getInstanceClass();
			return instance == boolean.class || instance == Boolean.class;
		}

		private static boolean nullable(EStructuralFeature feature) {
			return !feature.getEType().getInstanceClass().isPrimitive();
		}
	}

	/** Converts between values and their text as the model's factory writes them. */
	static String toText(EDataType type, Object value) {
		return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}
}
