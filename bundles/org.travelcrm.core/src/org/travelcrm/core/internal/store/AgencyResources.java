package org.travelcrm.core.internal.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmPackage;

/**
 * Resource sets for agencies, set up the same way inside and outside OSGi.
 */
@SuppressWarnings("nls")
public final class AgencyResources {

	private AgencyResources() {
	}

	/** A resource set that knows the CRM model without relying on plug-in registration. */
	public static ResourceSet createResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(CrmPackage.eNS_URI, CrmPackage.eINSTANCE);
		return resources;
	}

	/**
	 * Puts an agency that was never saved into a resource of its own, so that commands and
	 * references can find it; saving later moves it to its file.
	 */
	public static Resource hold(ResourceSet resources, Agency agency) {
		Resource holder = FileFormat.XMI.createResource(URI.createURI("memory:/unsaved.crm"));
		resources.getResources().add(holder);
		holder.getContents().add(agency);
		return holder;
	}
}
