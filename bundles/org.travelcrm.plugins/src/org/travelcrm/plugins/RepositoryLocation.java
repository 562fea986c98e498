package org.travelcrm.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;

/**
 * Where a p2 repository of plug-ins is, as the user gave it: a folder, a zip file or an
 * address ({@code file:}, {@code http:} or {@code https:}).
 * <p>
 * A zip file is unpacked into a temporary folder, which {@link #close()} removes; p2 then reads
 * the repository from that folder like from any other.
 */
@SuppressWarnings("nls")
public final class RepositoryLocation implements AutoCloseable {

	/** The files one of which makes a folder a p2 repository. */
	private static final List<String> METADATA_FILES = List.of("content.xml", "content.jar",
			"content.xml.xz", "compositeContent.xml", "compositeContent.jar");

	private final String given;
	private final URI uri;
	private final Path unpacked;

	private RepositoryLocation(String given, URI uri, Path unpacked) {
		this.given = given;
		this.uri = uri;
		this.unpacked = unpacked;
	}

	/**
	 * The repository a folder, zip file or address names.
	 *
	 * @throws PluginException when there is no such folder or file, the zip cannot be read or
	 *                         the address is malformed
	 */
	public static RepositoryLocation of(String text) throws PluginException {
		String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
		if (trimmed.isEmpty()) {
			throw new PluginException(Messages.Location_empty);
		}
		Path file = localFile(trimmed);
		if (file == null) {
			return new RepositoryLocation(trimmed, URI.create(trimmed), null);
		}
		if (Files.isDirectory(file)) {
			if (METADATA_FILES.stream().noneMatch(name -> Files.isRegularFile(file.resolve(name)))) {
				throw new PluginException(NLS.bind(Messages.Location_notARepository, file));
			}
			return new RepositoryLocation(trimmed, file.toUri(), null);
		}
		if (Files.isRegularFile(file)
				&& file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			Path folder = unzip(file);
			return new RepositoryLocation(trimmed, folder.toUri(), folder);
		}
		throw new PluginException(NLS.bind(Messages.Location_missing, trimmed));
	}

	/** The folder or file a local location names, or {@code null} for a remote address. */
	private static Path localFile(String text) throws PluginException {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) { //$NON-NLS-1$ //$NON-NLS-2$
			try {
				URI.create(text).toURL();
			} catch (IllegalArgumentException | IOException e) {
				throw new PluginException(NLS.bind(Messages.Location_badAddress, text), e);
			}
			return null;
		}
		try {
			if (lower.startsWith("file:")) { //$NON-NLS-1$
				return Path.of(URI.create(text)).toAbsolutePath().normalize();
			}
			return Path.of(text).toAbsolutePath().normalize();
		} catch (IllegalArgumentException e) {
			throw new PluginException(NLS.bind(Messages.Location_badAddress, text), e);
		}
	}

	private static Path unzip(Path zip) throws PluginException {
		Path folder = null;
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			folder = Files.createTempDirectory("travelcrm-repository"); //$NON-NLS-1$
			Enumeration<? extends ZipEntry> entries = archive.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new IOException(NLS.bind(Messages.Location_outsideEntry,
							entry.getName()));
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = archive.getInputStream(entry)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		} catch (IOException e) {
			delete(folder);
			throw new PluginException(NLS.bind(Messages.Location_badZip, zip, e.getMessage()), e);
		}
		return folder;
	}

	/** The location as the user gave it. */
	public String given() {
		return given;
	}

	/** The address p2 loads the repository from. */
	public URI uri() {
		return uri;
	}

	/** Removes the folder a zip file was unpacked into, if any. */
	@Override
	public void close() {
		delete(unpacked);
	}

	private static void delete(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
						throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, IOException failure)
						throws IOException {
					Files.delete(directory);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// A temporary folder left behind is harmless; the system cleans it up.
		}
	}

	@Override
	public String toString() {
		return given;
	}
}
