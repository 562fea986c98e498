package org.travelcrm.core.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain.EditingDomainProvider;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.internal.store.AgencyResources;
import org.travelcrm.model.Agency;
import org.travelcrm.model.provider.CrmItemProviderAdapterFactory;

/**
 * Editing an agency: one editing domain per open agency, whose command stack every change goes
 * through, so that undo and redo work everywhere and the dirty state follows the save point.
 */
public final class AgencyEditing {

	private AgencyEditing() {
	}

	/**
	 * An editing domain for an agency, with item providers for every model class. An agency not
	 * yet in a resource is put into one, so that commands can find it.
	 */
	public static AdapterFactoryEditingDomain createDomain(Agency agency) {
		return createDomain(agency, new BasicCommandStack());
	}

	/**
	 * An editing domain for an agency whose changes go through the given command stack, for
	 * editors that need a stack of their own kind (an undo limit, a read-only phase).
	 */
	public static AdapterFactoryEditingDomain createDomain(Agency agency, BasicCommandStack stack) {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapters.addAdapterFactory(new CrmItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());

		// Ids may change with any command; the index rebuilds itself on its next look-up.
		stack.addCommandStackListener(event -> AgencyIndex.of(agency).invalidate());

		Resource resource = agency.eResource();
		ResourceSet resources = resource != null && resource.getResourceSet() != null
				? resource.getResourceSet()
				: AgencyResources.createResourceSet();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, stack,
				resources);
		if (resource == null) {
			AgencyResources.hold(resources, agency);
		} else if (resource.getResourceSet() == null) {
			resources.getResources().add(resource);
		}
		// EMF.Edit finds the domain of an object through its resource set: without this, an
		// edit in the Properties view would set the value directly, outside the command stack,
		// with no undo, no dirty mark and a stale id index.
		resources.eAdapters().removeIf(adapter -> adapter instanceof EditingDomainProvider);
		resources.eAdapters().add(new EditingDomainProvider(domain));
		return domain;
	}

	/**
	 * A command that deletes objects and every reference to them, in one undoable step. The
	 * references are found in one pass over the agency, however many objects are deleted.
	 */
	public static Command delete(EditingDomain domain, Collection<? extends EObject> objects) {
		return DeleteCommand.create(domain, objects);
	}

	/** Executes a command on the domain's stack and says whether it could run. */
	public static boolean execute(EditingDomain domain, Command command) {
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		CommandStack stack = domain.getCommandStack();
		stack.execute(command);
		return true;
	}
}
