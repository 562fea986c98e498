package org.travelcrm.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.travelcrm.ui.WorkbenchIds;

/**
 * Configures the workbench as a whole: the layout is saved on exit and restored on start, and
 * a fresh installation opens in the Customers perspective.
 */
public class TravelCrmWorkbenchAdvisor extends WorkbenchAdvisor {

	private final SavedLayoutGuard.Damage layoutDamage;

	/**
	 * @param layoutDamage what was wrong with the saved layout at start, or {@code null}
	 */
	public TravelCrmWorkbenchAdvisor(SavedLayoutGuard.Damage layoutDamage) {
		this.layoutDamage = layoutDamage;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return WorkbenchIds.PERSPECTIVE_CUSTOMERS;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(
			IWorkbenchWindowConfigurer configurer) {
		return new TravelCrmWindowAdvisor(configurer, layoutDamage);
	}
}
