package org.travelcrm.customers.ui.internal.imports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * File > Import Customers and Bookings, and the explorer's Import: opens the import wizard on
 * the agency of the selection or the active editor.
 */
public class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		OpenAgency agency = ImportTargets.agencyFor(HandlerUtil.getCurrentSelection(event));
		if (agency == null) {
			MessageDialog.openInformation(shell, Messages.ImportWizard_title,
					Messages.ImportHandler_noAgency);
			return null;
		}
		ImportWizard wizard = new ImportWizard();
		wizard.init(agency, null);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(720, 460);
		dialog.open();
		return null;
	}
}
