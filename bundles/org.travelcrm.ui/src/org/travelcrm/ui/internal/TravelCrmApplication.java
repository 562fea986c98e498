package org.travelcrm.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Travel CRM Workbench: checks the saved window layout, then runs the workbench
 * until the user quits or restarts it.
 */
public class TravelCrmApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Optional<SavedLayoutGuard.Damage> damage = checkSavedLayout();
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display,
					new TravelCrmWorkbenchAdvisor(damage.orElse(null)));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	private static Optional<SavedLayoutGuard.Damage> checkSavedLayout() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return Optional.empty();
		}
		Path folder = Path.of(instance.getURL().getPath());
		try {
			return new SavedLayoutGuard(folder).setAsideIfDamaged();
		} catch (IOException e) {
			// The workbench still starts; it reports the unreadable layout itself.
			ILog.of(TravelCrmApplication.class).error(
					Messages.bind(Messages.SavedLayoutGuard_cannotMove, folder), e);
			return Optional.empty();
		}
	}
}
