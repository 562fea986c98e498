package org.travelcrm.core.internal.store;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
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
			loadEarlierForm(bytes, options);
			return;
		}
		EPackage.Registry packages = getResourceSet() != null
				? getResourceSet().getPackageRegistry()
				: EPackage.Registry.INSTANCE;
		List<EObject> roots = new BinaryAgencyReader(bytes, packages).read();
		((InternalEList<EObject>) getContents()).addAllUnique(roots);
	}

	/**
	 * Reads a file of EMF's own binary form, which has no checksum: a count larger than the
	 * file or any error of the values read is damage, refused as such.
	 */
	private void loadEarlierForm(byte[] bytes, Map<?, ?> options) throws IOException {
		// EMF fills the resource as it reads: a scratch resource keeps a failure from showing.
		ResourceImpl scratch = new ResourceImpl(getURI());
		if (getResourceSet() != null) {
			getResourceSet().getResources().add(scratch);
		}
		try {
			// The constructor already reads the version.
			new EObjectInputStream(new ByteArrayInputStream(bytes), options) {
				@Override
				public int readCompressedInt() throws IOException {
					int value = super.readCompressedInt();
					if (value < -1 || value > bytes.length) {
						throw new IOException(Messages.BinaryFile_earlierDamaged);
					}
					return value;
				}
			}.loadResource(scratch);
			if (scratch.getContents().contains(null)) {
				throw new IOException(Messages.BinaryFile_earlierDamaged);
			}
			((InternalEList<EObject>) getContents()).addAllUnique(
					new ArrayList<>(scratch.getContents()));
		} catch (RuntimeException | EOFException e) {
			throw new IOException(Messages.BinaryFile_earlierDamaged, e);
		} finally {
			if (getResourceSet() != null) {
				getResourceSet().getResources().remove(scratch);
			}
		}
	}
}
