package org.travelcrm.plugins;

/**
 * A plug-in could not be listed, installed or removed, for a reason the user can act on; the
 * message says what went wrong and what to do, in the user's language.
 */
public class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginException(String message) {
		super(message);
	}

	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
