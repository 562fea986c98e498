package org.travelcrm.core.store;

/**
 * An agency could not be loaded or saved. The message says what is wrong and where, in words a
 * user can act on.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String location;
	private final int line;
	private final int column;

	public StoreException(String message, String location, int line, int column, Throwable cause) {
		super(message, cause);
		this.location = location;
		this.line = line;
		this.column = column;
	}

	public StoreException(String message, String location, Throwable cause) {
		this(message, location, 0, 0, cause);
	}

	/** The file or address concerned. */
	public String getLocation() {
		return location;
	}

	/** The line in the file where reading failed, or 0 when unknown. */
	public int getLine() {
		return line;
	}

	/** The column in that line, or 0 when unknown. */
	public int getColumn() {
		return column;
	}
}
