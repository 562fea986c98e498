package org.travelcrm.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Install Analysis Plug-ins...: opens the dialog. */
public final class InstallPluginsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new InstallPluginsDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
