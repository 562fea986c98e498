package org.travelcrm.customers.ui.internal.quality;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.travelcrm.core.quality.DataQualityCheck;
import org.travelcrm.core.quality.QualityProblem;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Lists the data problems of the open agency: broken rules, likely duplicate customers,
 * customers without any contact data and bookings without a customer. The list follows every
 * change and the agency of the active editor; a double-click opens the customer concerned,
 * Quick Fix applies the offered fix and Merge compares duplicates side by side. Fixes are
 * commands that Edit > Undo takes back.
 */
public class DataQualityView extends ViewPart {

	/** Waits this long after a change before checking again, so that typing stays fluent. */
	private static final long RECHECK_DELAY_MS = 600;

	private TableViewer viewer;
	private Label status;
	private OpenAgency agency;
	private final CommandStackListener changes = event -> schedule();
	private final OpenAgencies.Listener agencies = new OpenAgencies.Listener() {
		@Override
		public void opened(OpenAgency opened) {
			Display.getDefault().asyncExec(() -> follow(opened));
		}

		@Override
		public void closed(OpenAgency closed) {
			Display.getDefault().asyncExec(() -> {
				if (closed == agency) {
					follow(current());
				}
			});
		}
	};
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart editor
					&& editor.getEditorInput() instanceof AgencyEditorInput input) {
				follow(input.getAgency());
			}
		}
	};
	private final Job check = new Job(Messages.DataQualityView_checking) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			OpenAgency checked = agency;
			if (checked == null) {
				return Status.OK_STATUS;
			}
			List<QualityProblem> problems = DataQualityCheck.run(checked.getAgency(), monitor);
			Display display = viewer.getControl().getDisplay();
			display.asyncExec(() -> show(checked, problems));
			return Status.OK_STATUS;
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(Messages.DataQualityView_kind, 170, problem -> kindLabel(problem.kind()));
		column(Messages.DataQualityView_problem, 620, QualityProblem::message);
		column(Messages.DataQualityView_fix, 200,
				problem -> problem.quickFix() == null ? "" : problem.quickFix().label()); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(event -> openSelected());
		getSite().setSelectionProvider(viewer);
		contributeActions(getViewSite().getActionBars().getToolBarManager());

		check.setSystem(false);
		OpenAgencies.getDefault().addListener(agencies);
		getSite().getPage().addPartListener(editors);
		follow(current());
	}

	/** The agency of the active editor, else the one opened last. */
	private OpenAgency current() {
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof AgencyEditorInput input) {
			return input.getAgency();
		}
		List<OpenAgency> open = OpenAgencies.getDefault().getAll();
		return open.isEmpty() ? null : open.get(open.size() - 1);
	}

	private void contributeActions(IToolBarManager toolBar) {
		Action fix = new Action(Messages.DataQualityView_quickFix) {
			@Override
			public void run() {
				applyQuickFix();
			}
		};
		fix.setToolTipText(Messages.DataQualityView_quickFixTip);
		fix.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_OBJS_INFO_TSK));
		Action merge = new Action(Messages.DataQualityView_merge) {
			@Override
			public void run() {
				mergeSelected();
			}
		};
		merge.setToolTipText(Messages.DataQualityView_mergeTip);
		merge.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		Action refresh = new Action(Messages.DataQualityView_refresh) {
			@Override
			public void run() {
				schedule();
			}
		};
		refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		toolBar.add(fix);
		toolBar.add(merge);
		toolBar.add(refresh);
	}

	/** The problems shown now; for tests. */
	@SuppressWarnings("unchecked")
	public List<QualityProblem> problems() {
		Object input = viewer.getInput();
		return input == null ? List.of() : (List<QualityProblem>) input;
	}

	/** Waits for a running check; for tests. */
	public void joinCheck() throws InterruptedException {
		check.join();
	}

	private void follow(OpenAgency next) {
		if (viewer.getControl().isDisposed() || next == agency) {
			return;
		}
		if (agency != null) {
			agency.removeCommandStackListener(changes);
		}
		agency = next;
		if (agency == null) {
			viewer.setInput(List.of());
			status.setText(Messages.DataQualityView_noAgency);
			return;
		}
		agency.addCommandStackListener(changes);
		status.setText(NLS.bind(Messages.DataQualityView_checkingAgency, agency.getLabel()));
		check.schedule();
	}

	private void schedule() {
		check.cancel();
		check.schedule(RECHECK_DELAY_MS);
	}

	private void show(OpenAgency checked, List<QualityProblem> problems) {
		if (viewer.getControl().isDisposed() || checked != agency) {
			return;
		}
		viewer.setInput(problems);
		long errors = problems.stream().filter(p -> p.severity() >= Diagnostic.ERROR).count();
		status.setText(problems.isEmpty()
				? NLS.bind(Messages.DataQualityView_clean, agency.getLabel())
				: NLS.bind(Messages.DataQualityView_summary, new Object[] { agency.getLabel(),
						problems.size(), errors }));
		status.getParent().layout();
	}

	private QualityProblem selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof QualityProblem problem ? problem : null;
	}

	private void openSelected() {
		QualityProblem problem = selected();
		if (problem == null || agency == null) {
			return;
		}
		for (EObject object : problem.objects()) {
			Customer customer = object instanceof Customer c ? c
					: object instanceof Booking b ? b.getCustomer() : null;
			if (customer != null) {
				OpenAgencies.getDefault().openEditor(agency, customer,
						WorkbenchIds.EDITOR_CUSTOMER_FORM);
				return;
			}
		}
	}

	private void applyQuickFix() {
		QualityProblem problem = selected();
		if (problem == null || problem.quickFix() == null || agency == null) {
			return;
		}
		Command fix = problem.quickFix().createCommand();
		if (fix.canExecute()) {
			agency.getCommandStack().execute(fix);
		}
	}

	private void mergeSelected() {
		QualityProblem problem = selected();
		if (problem == null || problem.kind() != QualityProblem.Kind.DUPLICATE_CUSTOMERS
				|| agency == null) {
			return;
		}
		List<Customer> customers = problem.objects().stream()
				.filter(Customer.class::isInstance).map(Customer.class::cast).toList();
		MergeDialog dialog = new MergeDialog(getSite().getShell(), customers);
		if (dialog.open() == MergeDialog.OK) {
			agency.getCommandStack().execute(dialog.command());
		}
	}

	private void column(String title, int width,
			Function<QualityProblem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((QualityProblem) element);
			}

			@Override
			public Image getImage(Object element) {
				if (column.getColumn() != viewer.getTable().getColumn(0)) {
					return null;
				}
				int severity = ((QualityProblem) element).severity();
				return PlatformUI.getWorkbench().getSharedImages().getImage(
						severity >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
								: ISharedImages.IMG_OBJS_WARN_TSK);
			}
		});
	}

	private static String kindLabel(QualityProblem.Kind kind) {
		return switch (kind) {
			case VALIDATION -> Messages.DataQualityView_kindValidation;
			case DUPLICATE_CUSTOMERS -> Messages.DataQualityView_kindDuplicates;
			case MISSING_CONTACT -> Messages.DataQualityView_kindContact;
			case BOOKING_WITHOUT_CUSTOMER -> Messages.DataQualityView_kindOrphan;
		};
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		check.cancel();
		OpenAgencies.getDefault().removeListener(agencies);
		getSite().getPage().removePartListener(editors);
		if (agency != null) {
			agency.removeCommandStackListener(changes);
		}
		super.dispose();
	}
}
