package org.travelcrm.ui.internal;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Shapes the main window: title, size, menus, tool bar and status line, and tells the user when
 * a damaged saved layout had to be replaced by the default one.
 */
public class TravelCrmWindowAdvisor extends WorkbenchWindowAdvisor {

	private SavedLayoutGuard.Damage layoutDamage;

	public TravelCrmWindowAdvisor(IWorkbenchWindowConfigurer configurer,
			SavedLayoutGuard.Damage layoutDamage) {
		super(configurer);
		this.layoutDamage = layoutDamage;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new TravelCrmActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(Messages.Application_title);
	}

	@Override
	public void postWindowOpen() {
		IStatusLineManager statusLine = getWindowConfigurer().getActionBarConfigurer()
				.getStatusLineManager();
		statusLine.setMessage(Messages.Application_ready);
		if (layoutDamage != null) {
			SavedLayoutGuard.Damage damage = layoutDamage;
			layoutDamage = null;
			MessageDialog.openWarning(getWindowConfigurer().getWindow().getShell(),
					Messages.SavedLayoutGuard_noticeTitle,
					Messages.bind(Messages.SavedLayoutGuard_notice, damage.reason(), damage.keptAs()));
		}
	}
}
