package org.travelcrm.cli.internal;

/**
 * A file or value given to a command is wrong; the message names the file, line and field
 * where it can.
 */
class BadInputException extends Exception {

	private static final long serialVersionUID = 1L;

	BadInputException(String message) {
		super(message);
	}

	BadInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
