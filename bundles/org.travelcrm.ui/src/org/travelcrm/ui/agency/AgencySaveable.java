package org.travelcrm.ui.agency;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;

/**
 * An open agency as the workbench sees it when saving: every editor and view of the agency
 * offers this one saveable, so that the workbench asks once and only when the last of them
 * closes.
 */
public final class AgencySaveable extends Saveable {

	private final OpenAgency agency;

	AgencySaveable(OpenAgency agency) {
		this.agency = agency;
	}

	public OpenAgency getAgency() {
		return agency;
	}

	@Override
	public String getName() {
		return agency.getLabel();
	}

	@Override
	public String getToolTipText() {
		return agency.getStore() == null ? agency.getLabel() : agency.getStore().location();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
		if (PlatformUI.getWorkbench().isClosing()) {
			// The workbench exits right after this returns: the file must be written by then.
			AgencySaving.saveAndWait(agency, shell);
		} else {
			AgencySaving.save(agency, shell);
		}
	}

	@Override
	public boolean isDirty() {
		return agency.isDirty();
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
