package org.travelcrm.cli.internal;

/**
 * The command line was not written as the command expects; the message says what is wrong.
 */
class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
