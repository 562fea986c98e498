package org.travelcrm.plugins;

import java.util.List;

/**
 * An installation stopped because the plug-in is unsigned and its installation was not
 * confirmed.
 */
public final class UnsignedContentException extends PluginException {

	private static final long serialVersionUID = 1L;

	private final List<String> unsigned;

	public UnsignedContentException(String message, List<String> unsigned) {
		super(message);
		this.unsigned = List.copyOf(unsigned);
	}

	/** The unsigned files of the plug-in, as p2 names them. */
	public List<String> unsigned() {
		return unsigned;
	}
}
