package org.travelcrm.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Where a command writes: results to standard output, progress and problems to standard error.
 */
final class Console {

	private final PrintStream out;
	private final PrintStream err;

	Console(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	/**
	 * A monitor for long work: once a task has run for a second, it reports the task and then
	 * every tenth of the work on standard error. Quick tasks stay silent.
	 */
	IProgressMonitor progress() {
		return new NullProgressMonitor() {
			private int total;
			private double done;
			private int reported;
			private String task = ""; //$NON-NLS-1$
			private long started;
			private boolean announced;

			@Override
			public void beginTask(String name, int totalWork) {
				task = name == null ? "" : name; //$NON-NLS-1$
				total = totalWork;
				started = System.nanoTime();
			}

			@Override
			public void internalWorked(double work) {
				done += work;
				int tenth = total <= 0 ? 0 : (int) (done * 10 / total);
				if (tenth <= reported || tenth >= 10
						|| System.nanoTime() - started < 1_000_000_000L) {
					return;
				}
				if (!announced && !task.isEmpty()) {
					err.println(task);
				}
				announced = true;
				reported = tenth;
				err.println("  " + tenth * 10 + " %"); //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}
		};
	}
}
