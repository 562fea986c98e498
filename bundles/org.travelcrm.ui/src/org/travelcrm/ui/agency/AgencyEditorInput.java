package org.travelcrm.ui.agency;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What an agency editor shows: an object of an open agency (the agency itself for its customer
 * list, a customer for its form). Not persisted: editors are opened again from the explorer.
 */
public final class AgencyEditorInput implements IEditorInput {

	private final OpenAgency agency;
	private final EObject subject;

	public AgencyEditorInput(OpenAgency agency, EObject subject) {
		this.agency = Objects.requireNonNull(agency);
		this.subject = Objects.requireNonNull(subject);
	}

	public OpenAgency getAgency() {
		return agency;
	}

	public EObject getSubject() {
		return subject;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		if (subject == agency.getAgency()) {
			return agency.getLabel();
		}
		IItemLabelProvider labels = (IItemLabelProvider) agency.getAdapterFactory().adapt(subject,
				IItemLabelProvider.class);
		return labels == null ? subject.toString() : labels.getText(subject);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return agency.getStore() == null ? getName()
				: getName() + " \u2014 " + agency.getStore().location(); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter.isInstance(subject)) {
			return adapter.cast(subject);
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AgencyEditorInput input && input.agency == agency
				&& input.subject == subject;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(agency) * 31 + System.identityHashCode(subject);
	}
}
