package org.travelcrm.core.internal.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Cancellation checks cheap enough for loops over every customer. */
final class Progress {

	/** Loops check the monitor once every this many customers (a power of two, minus one). */
	static final int CHECK_MASK = (1 << 12) - 1;

	private Progress() {
	}

	/** Throws when the monitor was cancelled. */
	static void check(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Throws when the monitor was cancelled, looking only every few thousand steps. */
	static void check(IProgressMonitor monitor, int step) {
		if ((step & CHECK_MASK) == 0) {
			check(monitor);
		}
	}
}
