package org.travelcrm.core.imports;

import java.io.IOException;

/**
 * A file that cannot be imported at all: not text in a known encoding, a quoted field that never
 * ends, a profile column the file lacks. The message says which file and where.
 */
public class ImportFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public ImportFileException(String message) {
		super(message);
	}

	public ImportFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
