package org.travelcrm.ui.agency;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.model.Agency;

/**
 * An agency open in the workbench: the agency, the one editing domain every editor and view of
 * it shares, and where it is kept. The agency is dirty when its command stack is away from the
 * save point.
 */
public final class OpenAgency {

	/** Where an open agency came from, for its label and for what Save does. */
	public enum Origin {
		/** Loaded from or saved to a store. */
		STORE,
		/** The built-in demo agency, not saved anywhere yet. */
		DEMO,
		/** A new agency, not saved anywhere yet. */
		NEW
	}

	private final Agency agency;
	private final AgencyCommandStack commandStack;
	private final AdapterFactoryEditingDomain domain;
	private final AgencySaveable saveable;
	private AgencyStore store;
	private Origin origin;
	private boolean saving;
	private boolean closed;

	OpenAgency(Agency agency, AgencyStore store, Origin origin, int undoLimit) {
		this.agency = agency;
		this.store = store;
		this.origin = origin;
		this.commandStack = new AgencyCommandStack(undoLimit);
		this.domain = AgencyEditing.createDomain(agency, commandStack);
		this.saveable = new AgencySaveable(this);
	}

	public Agency getAgency() {
		return agency;
	}

	public AdapterFactoryEditingDomain getEditingDomain() {
		return domain;
	}

	public AdapterFactory getAdapterFactory() {
		return domain.getAdapterFactory();
	}

	public AgencyCommandStack getCommandStack() {
		return commandStack;
	}

	/** The saveable every part showing this agency offers the workbench. */
	public AgencySaveable getSaveable() {
		return saveable;
	}

	/** Where the agency is kept, or {@code null} when it has not been saved yet. */
	public AgencyStore getStore() {
		return store;
	}

	public Origin getOrigin() {
		return origin;
	}

	/** Whether there are changes that are not saved. */
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/** Whether a save is running; the agency cannot be changed meanwhile. */
	public boolean isSaving() {
		return saving;
	}

	public boolean isClosed() {
		return closed;
	}

	/** The name shown for the agency: its own name and where it is kept. */
	public String getLabel() {
		String name = agency.getName() == null || agency.getName().isBlank()
				? Messages.OpenAgency_unnamed : agency.getName();
		return switch (origin) {
			case STORE -> NLS.bind(Messages.OpenAgency_labelWithFile, name, fileName());
			case DEMO -> NLS.bind(Messages.OpenAgency_labelDemo, name);
			case NEW -> NLS.bind(Messages.OpenAgency_labelNew, name);
		};
	}

	public void addCommandStackListener(CommandStackListener listener) {
		commandStack.addCommandStackListener(listener);
	}

	public void removeCommandStackListener(CommandStackListener listener) {
		commandStack.removeCommandStackListener(listener);
	}

	void beginSave() {
		saving = true;
		commandStack.setReadOnly(true);
	}

	void endSave(AgencyStore savedTo, Command savedAt) {
		saving = false;
		commandStack.setReadOnly(false);
		if (savedTo != null) {
			store = savedTo;
			origin = Origin.STORE;
			commandStack.saveIsDone(savedAt);
		}
	}

	void dispose() {
		closed = true;
		if (domain.getAdapterFactory() instanceof IDisposable disposable) {
			disposable.dispose();
		}
	}

	private String fileName() {
		String location = store.location();
		Path name = Path.of(location).getFileName();
		return name == null ? location : name.toString();
	}
}
