package org.travelcrm.customers.ui.internal.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.customers.ui.internal.CustomerActions;
import org.travelcrm.customers.ui.internal.CustomerDrag;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Folder;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Kind;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Organization;
import org.travelcrm.model.Segment;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.AttributeEdits;
import org.travelcrm.ui.agency.CommandStackActions;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;
import org.travelcrm.ui.emf.ItemPropertySource;

/**
 * The open agencies and what they hold: customers split into individuals and organisations,
 * products, bookings, goals, segments, campaigns and analysis snapshots. Double-click opens the
 * editor of an object; the context menu creates, renames and deletes, each as one command on
 * the agency's editing domain; customers dragged onto a static segment or a campaign (from here
 * or from a customer list) become its members. Undo and Redo act on the agency of the
 * selection.
 */
public class AgencyExplorerView extends ViewPart {

	private final Map<OpenAgency, CommandStackListener> stackListeners = new HashMap<>();
	private final CommandStackActions undoRedo = new CommandStackActions();
	private final OpenAgencies.Listener agencies = new OpenAgencies.Listener() {
		@Override
		public void opened(OpenAgency agency) {
			follow(agency);
			toExpand.add(agency);
			refreshSoon();
		}

		@Override
		public void closed(OpenAgency agency) {
			stackListeners.remove(agency);
			labels.closed(agency);
			refreshSoon();
		}
	};
	private TreeViewer viewer;
	private ExplorerLabels labels;
	private CustomerDropAdapter drops;
	private final List<OpenAgency> toExpand = new ArrayList<>();
	private boolean refreshPending;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ExplorerContent());
		labels = new ExplorerLabels();
		viewer.setLabelProvider(labels);
		viewer.setInput(OpenAgencies.getDefault());
		viewer.addDoubleClickListener(event -> open(selection()));
		viewer.addSelectionChangedListener(event -> undoRedo.setAgency(agencyOf(selection())));
		getSite().setSelectionProvider(viewer);
		drops = new CustomerDropAdapter(viewer);
		viewer.addDropSupport(DND.DROP_DEFAULT | CustomerDrag.OPERATIONS, CustomerDrag.TRANSFERS,
				drops);
		viewer.addDragSupport(CustomerDrag.OPERATIONS, CustomerDrag.TRANSFERS,
				new CustomerDrag(viewer::getStructuredSelection, (x, y) -> true));

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);

		IActionBars bars = getViewSite().getActionBars();
		undoRedo.install(bars, null);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(),
				action(Messages.Explorer_delete, () -> delete(selection())));
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(),
				action(Messages.Explorer_rename, () -> rename(selection())));

		OpenAgencies.getDefault().addListener(agencies);
		for (OpenAgency agency : OpenAgencies.getDefault().getAll()) {
			follow(agency);
		}
		viewer.expandToLevel(2);
	}

	/** The tree, for tests. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** What takes customers dropped on the tree, for tests. */
	public CustomerDropAdapter getDropAdapter() {
		return drops;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(object -> {
				OpenAgency agency = object instanceof EObject eObject
						? OpenAgencies.getDefault().find(eObject) : null;
				return agency == null || agency.isClosed() ? null
						: ItemPropertySource.of(object, agency.getAdapterFactory());
			});
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		OpenAgencies.getDefault().removeListener(agencies);
		stackListeners.forEach(OpenAgency::removeCommandStackListener);
		stackListeners.clear();
		undoRedo.dispose();
		super.dispose();
	}

	private void follow(OpenAgency agency) {
		CommandStackListener listener = event -> refreshSoon();
		stackListeners.put(agency, listener);
		agency.addCommandStackListener(listener);
	}

	/** Refreshes once for a burst of changes. */
	private void refreshSoon() {
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		Display.getDefault().asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
				toExpand.forEach(agency -> viewer.setExpandedState(agency, true));
			}
			toExpand.clear();
		});
	}

	private IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	private static OpenAgency agencyOf(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		if (first instanceof OpenAgency agency) {
			return agency;
		}
		if (first instanceof Folder folder) {
			return folder.agency();
		}
		if (first instanceof ExplorerNodes.Range range) {
			return range.folder().agency();
		}
		return first instanceof EObject object ? OpenAgencies.getDefault().find(object) : null;
	}

	private void open(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		OpenAgency agency = agencyOf(selection);
		if (agency == null) {
			return;
		}
		if (first instanceof OpenAgency || first instanceof Folder folder
				&& (folder.kind() == Kind.INDIVIDUALS || folder.kind() == Kind.ORGANIZATIONS)) {
			OpenAgencies.getDefault().openCustomerList(agency);
		} else if (first instanceof Customer customer) {
			CustomerActions.openForm(agency, customer);
		} else if (first instanceof Booking booking && booking.getCustomer() != null) {
			CustomerActions.openForm(agency, booking.getCustomer());
		} else if (first instanceof EObject || first instanceof Folder) {
			// Goals, segments, campaigns and snapshots get their own editors with their bundles;
			// until then the Properties view edits them.
			showProperties();
		} else {
			viewer.setExpandedState(first, !viewer.getExpandedState(first));
		}
	}

	private void showProperties() {
		try {
			getSite().getPage().showView(WorkbenchIds.VIEW_PROPERTIES);
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	private void fillMenu(IMenuManager menu) {
		IStructuredSelection selection = selection();
		Object first = selection.getFirstElement();
		OpenAgency agency = agencyOf(selection);
		if (agency == null) {
			return;
		}
		if (first instanceof OpenAgency) {
			menu.add(action(Messages.Explorer_openCustomerList,
					() -> OpenAgencies.getDefault().openCustomerList(agency)));
		} else {
			menu.add(action(Messages.Explorer_open, () -> open(selection)));
		}
		menu.add(new Separator());
		Kind kind = first instanceof Folder folder ? folder.kind() : kindOf(first);
		addNewActions(menu, agency, kind);
		menu.add(new Separator());
		if (selection.size() == 1 && nameFeature(first) != null) {
			menu.add(action(Messages.Explorer_rename, () -> rename(selection)));
		}
		if (!deletable(selection).isEmpty()) {
			menu.add(action(Messages.Explorer_delete, () -> delete(selection)));
		}
		menu.add(new Separator());
		menu.add(action(Messages.Explorer_save,
				() -> AgencySaving.save(agency, getSite().getShell())));
		menu.add(action(Messages.Explorer_saveAs,
				() -> AgencySaving.saveAs(agency, getSite().getShell())));
		if (first instanceof OpenAgency) {
			menu.add(action(Messages.Explorer_close, () -> close(agency)));
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void addNewActions(IMenuManager menu, OpenAgency agency, Kind kind) {
		if (kind == null || kind == Kind.INDIVIDUALS) {
			menu.add(action(Messages.Explorer_newIndividual,
					() -> reveal(CustomerActions.newIndividual(agency))));
		}
		if (kind == null || kind == Kind.ORGANIZATIONS) {
			menu.add(action(Messages.Explorer_newOrganization,
					() -> reveal(CustomerActions.newOrganization(agency))));
		}
		if (kind == Kind.PRODUCTS) {
			menu.add(action(Messages.Explorer_newProduct, () -> addProduct(agency)));
		}
		if (kind == Kind.GOALS) {
			menu.add(action(Messages.Explorer_newGoal, () -> {
				StrategicGoal goal = CrmFactory.eINSTANCE.createStrategicGoal();
				goal.setName(newName(goal.eClass()));
				add(agency, CrmPackage.Literals.AGENCY__GOALS, goal);
			}));
		}
		if (kind == Kind.SEGMENTS) {
			menu.add(action(Messages.Explorer_newSegment, () -> {
				Segment segment = CrmFactory.eINSTANCE.createSegment();
				segment.setName(newName(segment.eClass()));
				add(agency, CrmPackage.Literals.AGENCY__SEGMENTS, segment);
			}));
		}
		if (kind == Kind.CAMPAIGNS) {
			menu.add(action(Messages.Explorer_newCampaign, () -> {
				Campaign campaign = CrmFactory.eINSTANCE.createCampaign();
				campaign.setName(newName(campaign.eClass()));
				add(agency, CrmPackage.Literals.AGENCY__CAMPAIGNS, campaign);
			}));
		}
	}

	/** The name a new goal, segment, campaign or product gets: "New segment". */
	public static String newName(EClass type) {
		if (type == CrmPackage.Literals.STRATEGIC_GOAL) {
			return Messages.Explorer_newGoalName;
		} else if (type == CrmPackage.Literals.SEGMENT) {
			return Messages.Explorer_newSegmentName;
		} else if (type == CrmPackage.Literals.CAMPAIGN) {
			return Messages.Explorer_newCampaignName;
		}
		return Messages.Explorer_newProductName;
	}

	private static Kind kindOf(Object element) {
		if (element instanceof Organization) {
			return Kind.ORGANIZATIONS;
		}
		if (element instanceof Customer) {
			return Kind.INDIVIDUALS;
		}
		if (element instanceof TravelProduct) {
			return Kind.PRODUCTS;
		}
		if (element instanceof StrategicGoal) {
			return Kind.GOALS;
		}
		if (element instanceof Segment) {
			return Kind.SEGMENTS;
		}
		if (element instanceof Campaign) {
			return Kind.CAMPAIGNS;
		}
		return element instanceof ExplorerNodes.Range range ? range.folder().kind() : null;
	}

	private void addProduct(OpenAgency agency) {
		TravelProduct product = CrmFactory.eINSTANCE.createTravelProduct();
		AgencyIndex index = AgencyIndex.of(agency.getAgency());
		int number = agency.getAgency().getProducts().size() + 1;
		String code;
		do {
			code = String.format("P%04d", number++); //$NON-NLS-1$
		} while (index.product(code) != null);
		product.setCode(code);
		product.setName(newName(product.eClass()));
		add(agency, CrmPackage.Literals.AGENCY__PRODUCTS, product);
	}

	private void add(OpenAgency agency, EStructuralFeature feature, EObject object) {
		Command command = AddCommand.create(agency.getEditingDomain(), agency.getAgency(),
				feature, object);
		agency.getEditingDomain().getCommandStack().execute(command);
		reveal(object);
	}

	private void reveal(EObject object) {
		if (object == null) {
			return;
		}
		Display.getDefault().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
				viewer.setSelection(new StructuredSelection(object), true);
			}
		});
	}

	private static EStructuralFeature nameFeature(Object element) {
		if (element instanceof OpenAgency agency) {
			return CrmPackage.Literals.AGENCY__NAME;
		}
		if (element instanceof EObject object) {
			EStructuralFeature name = object.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
			return name != null && name.isChangeable() && !name.isMany() ? name : null;
		}
		return null;
	}

	private void rename(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		EStructuralFeature feature = nameFeature(first);
		OpenAgency agency = agencyOf(selection);
		if (feature == null || agency == null) {
			return;
		}
		EObject object = first instanceof OpenAgency open ? open.getAgency() : (EObject) first;
		String current = String.valueOf(object.eGet(feature));
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Explorer_renameTitle,
				NLS.bind(Messages.Explorer_renamePrompt, labels.getText(first)), current,
				text -> AttributeEdits.problem(
						(EAttribute) feature, text));
		if (dialog.open() == Window.OK) {
			AttributeEdits.set(agency.getEditingDomain(), object,
					(EAttribute) feature, dialog.getValue());
		}
	}

	private static List<EObject> deletable(IStructuredSelection selection) {
		List<EObject> objects = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof EObject object && !(element instanceof OpenAgency)) {
				objects.add(object);
			}
		}
		return objects;
	}

	private void delete(IStructuredSelection selection) {
		List<EObject> objects = deletable(selection);
		OpenAgency agency = agencyOf(selection);
		if (objects.isEmpty() || agency == null) {
			return;
		}
		List<Customer> customers = objects.stream().filter(Customer.class::isInstance)
				.map(Customer.class::cast).toList();
		if (customers.size() == objects.size()) {
			CustomerActions.delete(agency, customers, getSite().getShell());
			return;
		}
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.Explorer_deleteTitle,
				NLS.bind(Messages.Explorer_deleteConfirm, objects.size()))) {
			agency.getEditingDomain().getCommandStack().execute(
					AgencyEditing.delete(agency.getEditingDomain(), objects));
		}
	}

	private void close(OpenAgency agency) {
		if (agency.isDirty()) {
			int answer = new MessageDialog(getSite().getShell(), Messages.Explorer_closeTitle,
					null, NLS.bind(Messages.Explorer_closeQuestion, agency.getLabel()),
					MessageDialog.QUESTION, 0, IDialogConstants.YES_LABEL,
					IDialogConstants.NO_LABEL, IDialogConstants.CANCEL_LABEL).open();
			if (answer == 2 || answer < 0
					|| answer == 0 && !AgencySaving.saveAndWait(agency, getSite().getShell())) {
				return;
			}
		}
		OpenAgencies.getDefault().close(agency);
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
