package org.travelcrm.core.store;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.internal.store.FileAgencyStore;
import org.travelcrm.core.internal.store.FileFormat;
import org.travelcrm.core.internal.store.Messages;

/**
 * Agency files: one file per agency, XMI ({@value #XMI_EXTENSION}) for small agencies and a
 * binary EMF resource ({@value #BINARY_EXTENSION}) for large ones, chosen by file extension.
 * Both hold the same content.
 */
public final class AgencyFiles {

	/** Extension of agency files in XMI, readable as text. */
	public static final String XMI_EXTENSION = "crm"; //$NON-NLS-1$

	/** Extension of binary agency files, for large agencies. */
	public static final String BINARY_EXTENSION = "crmb"; //$NON-NLS-1$

	private AgencyFiles() {
	}

	/**
	 * The store for an agency file.
	 *
	 * @throws IllegalArgumentException when the file has neither agency file extension
	 */
	public static AgencyStore store(Path file) {
		return new FileAgencyStore(file.toAbsolutePath(), format(file));
	}

	/** Whether a file name has one of the agency file extensions. */
	public static boolean isAgencyFile(Path file) {
		String extension = extension(file);
		return extension.equals(XMI_EXTENSION) || extension.equals(BINARY_EXTENSION);
	}

	private static FileFormat format(Path file) {
		return switch (extension(file)) {
			case XMI_EXTENSION -> FileFormat.XMI;
			case BINARY_EXTENSION -> FileFormat.BINARY;
			default -> throw new IllegalArgumentException(NLS.bind(
					Messages.AgencyFiles_unknownExtension,
					new Object[] { file, XMI_EXTENSION, BINARY_EXTENSION }));
		};
	}

	private static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
