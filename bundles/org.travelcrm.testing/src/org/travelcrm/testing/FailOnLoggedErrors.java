package org.travelcrm.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.opentest4j.AssertionFailedError;

/**
 * Fails a test when anything logs an error to the platform log while it runs.
 * <p>
 * An error in the log is a bug even when every assertion holds: a view that threw while
 * painting, a contribution that could not be read. Use with
 * {@code @ExtendWith(FailOnLoggedErrors.class)} on every test class that runs in OSGi.
 */
@SuppressWarnings("nls")
public final class FailOnLoggedErrors implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(FailOnLoggedErrors.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		Recorder recorder = new Recorder();
		Platform.addLogListener(recorder);
		context.getStore(NAMESPACE).put(Recorder.class, recorder);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Recorder recorder = context.getStore(NAMESPACE).remove(Recorder.class, Recorder.class);
		if (recorder == null) {
			return;
		}
		Platform.removeLogListener(recorder);
		if (!recorder.errors.isEmpty()) {
			throw new AssertionFailedError(recorder.errors.stream()
					.map(FailOnLoggedErrors::describe)
					.collect(Collectors.joining("\n", //$NON-NLS-1$
							"The test wrote errors to the platform log:\n", ""))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder();
		text.append("  [").append(status.getPlugin()).append("] ").append(status.getMessage());
		if (status.getException() != null) {
			text.append(" (").append(status.getException()).append(')'); //$NON-NLS-1$
		}
		for (IStatus child : status.getChildren()) {
			if (child.matches(IStatus.ERROR)) {
				text.append('\n').append(describe(child));
			}
		}
		return text.toString();
	}

	private static final class Recorder implements ILogListener {

		private final List<IStatus> errors = new CopyOnWriteArrayList<>();

		@Override
		public void logging(IStatus status, String plugin) {
			if (status.matches(IStatus.ERROR)) {
				errors.add(status);
			}
		}
	}
}
