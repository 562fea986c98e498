package org.travelcrm.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyOpening;
import org.travelcrm.ui.agency.AgencyPreferences;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Configures the workbench as a whole: the layout is saved on exit and restored on start, and
 * a fresh installation opens in the Customers perspective. With no agency open at start, the
 * built-in demo agency opens (a preference).
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
	public void postStartup() {
		if (AgencyPreferences.openDemoOnStart() && OpenAgencies.getDefault().getAll().isEmpty()) {
			AgencyOpening.openDemo(agency -> {
			});
		}
	}

	/**
	 * Editors of a dirty agency make the workbench ask about saving by itself; an agency changed
	 * only through views (the explorer, the Properties view) is asked about here.
	 */
	@Override
	public boolean preShutdown() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench()
				.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		Shell shell = window == null ? null : window.getShell();
		for (OpenAgency agency : OpenAgencies.getDefault().getAll()) {
			boolean hasEditor = page != null
					&& !OpenAgencies.getDefault().editorsOf(agency, page).isEmpty();
			if (!agency.isDirty() || hasEditor) {
				continue;
			}
			int answer = new MessageDialog(shell, Messages.Shutdown_unsavedTitle, null,
					NLS.bind(Messages.Shutdown_unsaved, agency.getLabel()), MessageDialog.QUESTION,
					2, IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL,
					IDialogConstants.CANCEL_LABEL).open();
			if (answer == 2 || answer < 0
					|| answer == 0 && !AgencySaving.saveAndWait(agency, shell)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(
			IWorkbenchWindowConfigurer configurer) {
		return new TravelCrmWindowAdvisor(configurer, layoutDamage);
	}
}
