package org.travelcrm.core.internal.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.xml.sax.SAXParseException;

/**
 * An agency kept in one file.
 * <p>
 * Saving writes the whole agency to a temporary file in the same folder, forces it to disk, keeps
 * the previous file as {@code NAME.bak} and then renames the temporary file over the old one, so
 * that the file is always either the old or the new version. Loading never writes.
 */
public class FileAgencyStore implements AgencyStore {

	private static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$
	private static final String TEMPORARY_SUFFIX = ".saving"; //$NON-NLS-1$

	private final Path file;
	private final FileFormat format;

	public FileAgencyStore(Path file, FileFormat format) {
		this.file = file;
		this.format = format;
	}

	@Override
	public String location() {
		return file.toString();
	}

	@Override
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	/** The file holding the previous version after a save. */
	public Path backup() {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	@Override
	public Agency load(IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.FileAgencyStore_loading, file.getFileName()), 1);
		ResourceSet resources = AgencyResources.createResourceSet();
		Resource resource = format.createResource(URI.createFileURI(file.toString()));
		resources.getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, format.loadOptions());
		} catch (NoSuchFileException e) {
			throw new StoreException(NLS.bind(Messages.FileAgencyStore_missing, file), location(),
					e);
		} catch (IOException | RuntimeException e) {
			throw loadFailure(e, resource);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new StoreException(NLS.bind(Messages.FileAgencyStore_damaged, new Object[] { file,
					first.getLine(), first.getColumn(), clause(first.getMessage()) }), location(),
					first.getLine(), first.getColumn(), null);
		}
		if (resource.getContents().size() != 1
				|| !(resource.getContents().get(0) instanceof Agency agency)) {
			throw new StoreException(NLS.bind(Messages.FileAgencyStore_notAnAgency, file),
					location(), null);
		}
		progress.worked(1);
		return agency;
	}

	@Override
	public void save(Agency agency, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.FileAgencyStore_saving, file.getFileName()), 10);
		UnstorableText.check(agency, location());
		progress.worked(1);

		Resource resource = agency.eResource();
		Resource target = format.createResource(URI.createFileURI(file.toString()));
		ResourceSet resources = resource != null && resource.getResourceSet() != null
				? resource.getResourceSet()
				: AgencyResources.createResourceSet();
		Path temporary = file.resolveSibling(file.getFileName() + TEMPORARY_SUFFIX);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			writeTemporary(agency, resource, target, resources, temporary);
			progress.worked(7);
			keepBackup();
			replace(temporary, file);
			progress.worked(2);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(temporary);
			throw new StoreException(NLS.bind(Messages.FileAgencyStore_saveFailed, file,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
					location(), e);
		}
	}

	/**
	 * Opens the stream the temporary file is written through. Tests override it to break a save
	 * half-way.
	 */
	protected OutputStream openTemporary(FileChannel channel) {
		return Channels.newOutputStream(channel);
	}

	private void writeTemporary(Agency agency, Resource current, Resource target,
			ResourceSet resources, Path temporary) throws IOException {
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			try (OutputStream out = new BufferedOutputStream(openTemporary(channel), 1 << 16) {
				@Override
				public void close() throws IOException {
					// The channel is forced to disk and closed below, not here.
					flush();
				}
			}) {
				saveInto(agency, current, target, resources, out);
			}
			channel.force(true);
		}
	}

	/**
	 * Writes the agency with the target format. An agency in a resource of another format (or
	 * none) is moved to a resource of the target format for the write and put back afterwards,
	 * so that references inside it keep working.
	 */
	private void saveInto(Agency agency, Resource current, Resource target, ResourceSet resources,
			OutputStream out) throws IOException {
		if (current != null && current.getClass() == target.getClass()) {
			current.save(out, format.saveOptions());
			return;
		}
		resources.getResources().add(target);
		int index = current == null ? -1 : current.getContents().indexOf(agency);
		try {
			target.getContents().add(agency);
			target.save(out, format.saveOptions());
		} finally {
			if (current != null) {
				current.getContents().add(Math.max(0, index), agency);
			} else {
				target.getContents().remove(agency);
			}
			resources.getResources().remove(target);
		}
	}

	private void keepBackup() throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		Path backup = backup();
		Path fresh = backup.resolveSibling(backup.getFileName() + TEMPORARY_SUFFIX);
		Files.deleteIfExists(fresh);
		try {
			// A second name for the old file costs nothing and never leaves it missing.
			Files.createLink(fresh, file);
		} catch (UnsupportedOperationException | FileSystemException e) {
			Files.copy(file, fresh, StandardCopyOption.COPY_ATTRIBUTES);
		}
		replace(fresh, backup);
	}

	private static void replace(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private StoreException loadFailure(Exception e, Resource resource) {
		Throwable cause = e;
		int line = 0;
		int column = 0;
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof XMIException xmi && xmi.getLine() > 0) {
				line = xmi.getLine();
				column = xmi.getColumn();
				cause = t;
				break;
			} else if (t instanceof SAXParseException sax) {
				line = sax.getLineNumber();
				column = sax.getColumnNumber();
				cause = t;
				break;
			} else if (t instanceof IOException && !(t instanceof Resource.IOWrappedException)) {
				// A reader's own reason; what lies beneath is for the log, not for the user.
				cause = t;
				break;
			}
			cause = t;
		}
		String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
				: clause(cause.getMessage());
		String message = line > 0
				? NLS.bind(Messages.FileAgencyStore_damaged,
						new Object[] { file, line, column, reason })
				: NLS.bind(Messages.FileAgencyStore_unreadable, file, reason);
		resource.unload();
		return new StoreException(message, location(), line, column, e);
	}

	/**
	 * A parser's message as a clause of ours, which ends the sentence itself: without its own
	 * final full stop.
	 */
	private static String clause(String message) {
		String text = message == null ? "" : message.strip(); //$NON-NLS-1$
		while (text.endsWith(".")) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			// The save already failed; a left-over temporary file is harmless and named as such.
			return;
		}
	}
}
