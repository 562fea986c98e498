package org.travelcrm.plugins;

import java.util.List;

/** Decides whether unsigned plug-in files may be installed. */
@FunctionalInterface
public interface UnsignedContentPolicy {

	/** Refuses every unsigned file. */
	UnsignedContentPolicy REFUSE = unsigned -> false;

	/** Accepts every unsigned file. */
	UnsignedContentPolicy ACCEPT = unsigned -> true;

	/**
	 * Called when the plug-in to install holds unsigned files, before anything is installed.
	 *
	 * @param unsigned the unsigned files, as p2 names them
	 * @return whether to install them
	 */
	boolean accept(List<String> unsigned);
}
