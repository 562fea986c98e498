package org.travelcrm.customers.ui.internal.imports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Imports a customer or booking file into an open agency: choose the file and profile, check
 * the column mapping, see exactly what will be created, updated and rejected, then apply it as
 * one command that Edit > Undo takes back. Nothing changes before Finish.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	private final ImportSession session = new ImportSession();
	private SourcePage source;
	private MappingPage mapping;
	private PlanPage plan;

	public ImportWizard() {
		setWindowTitle(Messages.ImportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session.setAgency(ImportTargets.agencyFor(selection));
	}

	/** Starts the wizard on a given agency and, optionally, a file. */
	public void init(OpenAgency agency, Path file) {
		session.setAgency(agency);
		session.setFile(file);
	}

	ImportSession session() {
		return session;
	}

	@Override
	public void addPages() {
		source = new SourcePage(session);
		mapping = new MappingPage(session);
		plan = new PlanPage(session);
		addPage(source);
		addPage(mapping);
		addPage(plan);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == plan && session.plan() != null
				&& !session.plan().changesNothing();
	}

	@Override
	public boolean performFinish() {
		ImportPlan planned = session.plan();
		OpenAgency agency = session.agency();
		Command command = planned.createCommand();
		if (!command.canExecute()) {
			MessageDialog.openError(getShell(), Messages.ImportWizard_title,
					NLS.bind(Messages.ImportWizard_cannotApply, planned.fileName()));
			return false;
		}
		agency.getCommandStack().execute(command);
		return true;
	}

	/** Reads the whole file and compares it with the agency, with progress, cancellable. */
	boolean computePlan() {
		ImportProfile profile = session.profile();
		Path file = session.file();
		OpenAgency agency = session.agency();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					session.setPlan(new Importer(profile).referenceDate(LocalDate.now())
							.plan(agency.getAgency(), file, monitor));
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException) {
				session.setProblem(cause.getMessage());
			} else {
				ILog.of(ImportWizard.class).error(Messages.ImportWizard_failed, cause);
				session.setProblem(NLS.bind(Messages.ImportWizard_internal, cause));
			}
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			session.setProblem(Messages.ImportWizard_cancelled);
			return false;
		}
	}
}
