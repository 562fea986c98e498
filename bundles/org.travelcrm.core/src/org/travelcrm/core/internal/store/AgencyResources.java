package org.travelcrm.core.internal.store;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.travelcrm.model.CrmPackage;

/**
 * Resource sets for agencies, set up the same way inside and outside OSGi.
 */
public final class AgencyResources {

	private AgencyResources() {
	}

	/** A resource set that knows the CRM model without relying on plug-in registration. */
	public static ResourceSet createResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(CrmPackage.eNS_URI, CrmPackage.eINSTANCE);
		return resources;
	}
}
