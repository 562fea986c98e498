package org.travelcrm.core.internal.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectInputStream;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The resource of binary agency files: written column by column (see {@link BinaryLayout}),
 * read back in one pass over the file's bytes. Files written by EMF's own binary resource, as
 * earlier versions did, are still read.
 */
final class AgencyBinaryResource extends ResourceImpl {

	AgencyBinaryResource(URI uri) {
		super(uri);
	}

	@Override
	protected void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		new BinaryAgencyWriter().write(getContents(), outputStream);
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] bytes = inputStream.readAllBytes();
		if (BinaryAgencyReader.isEmfFile(bytes, bytes.length)) {
			new EObjectInputStream(new ByteArrayInputStream(bytes), options).loadResource(this);
			return;
		}
		EPackage.Registry packages = getResourceSet() != null
				? getResourceSet().getPackageRegistry()
				: EPackage.Registry.INSTANCE;
		List<EObject> roots = new BinaryAgencyReader(bytes, packages).read();
		((InternalEList<EObject>) getContents()).addAllUnique(roots);
	}
}
