package org.travelcrm.analysis.addons.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Cancellation checks and progress cheap enough for loops over every customer. */
final class Cancellation {

	/** Loops look at the monitor once every this many customers, plus one. */
	private static final int MASK = (1 << 12) - 1;

	private Cancellation() {
	}

	/**
	 * Every few thousand customers: throws when the monitor was cancelled, and reports the
	 * customers done since the last look as work.
	 */
	static void check(IProgressMonitor monitor, int customer) {
		if ((customer & MASK) == 0 && customer > 0) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			monitor.worked(MASK + 1);
		}
	}
}
