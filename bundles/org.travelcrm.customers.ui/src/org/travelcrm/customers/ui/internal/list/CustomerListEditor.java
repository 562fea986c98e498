package org.travelcrm.customers.ui.internal.list;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.travelcrm.customers.ui.CustomerColumnProvider;
import org.travelcrm.customers.ui.internal.CustomerActions;
import org.travelcrm.customers.ui.internal.CustomerDrag;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.AgencyPartSupport;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.AttributeEdits;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * All customers of an agency in one virtual table: choose, move and sort columns, filter as you
 * type and by class (kind, tier, loyalty ...), select many, copy them as CSV, and edit simple
 * fields in place. Sorting and filtering happen in {@link CustomerTableModel}; the table only
 * asks for the rows it paints, so a million customers paint as fast as a hundred.
 */
public class CustomerListEditor extends EditorPart implements ISaveablesSource {

	/** How long typing must pause before the filter is applied, in milliseconds. */
	private static final int FILTER_DELAY = 150;

	/** Selections larger than this are not restored after the rows are rebuilt. */
	private static final int RESELECT_LIMIT = 10_000;

	/** How long after a change contributed columns are computed again, in milliseconds. */
	private static final long PREPARATION_DELAY = 250;

	private static final Set<String> HIDDEN_AT_FIRST = Set.of("country", //$NON-NLS-1$
			"channel", "created"); //$NON-NLS-1$ //$NON-NLS-2$

	private AgencyPartSupport support;
	private OpenAgency agency;
	private final CustomerColumns columns = new CustomerColumns(true);
	private final CustomerTableModel model = new CustomerTableModel();
	private final List<CustomerColumn> shownColumns = columns.all();
	private final RowSelection selection = new RowSelection();
	private final ColumnLayout columnLayout = ColumnLayout.ofPlugin();
	private final AdapterImpl customersListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == CrmPackage.Literals.AGENCY__CUSTOMERS) {
				customersChanged = true;
			}
		}
	};
	private boolean customersChanged;
	private Job preparation;
	private Text filterText;
	private Label countLabel;
	private ClassFilterBar filterBar;
	private CustomerGrid grid;
	private NatTable table;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AgencyEditorInput agencyInput)
				|| !(agencyInput.getSubject() instanceof Agency)) {
			throw new PartInitException(NLS.bind(Messages.CustomerList_wrongInput, input));
		}
		setSite(site);
		setInput(input);
		agency = agencyInput.getAgency();
		support = new AgencyPartSupport(agency);
		setPartName(NLS.bind(Messages.CustomerList_title, agency.getLabel()));
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.CustomerList_filterHint);
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(event -> scheduleFilter());
		countLabel = new Label(parent, SWT.NONE);
		countLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		filterBar = new ClassFilterBar(parent, columns.classes(), model, this::restrict,
				this::clearFilters, this::isPreparingColumns);
		filterBar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		grid = new CustomerGrid(parent, shownColumns, model, this::cellEdited,
				row -> CustomerActions.openForm(agency, model.get(row)));
		table = grid.control();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		columnLayout.restore(grid, shownColumns, HIDDEN_AT_FIRST);
		grid.onColumnsChanged(() -> columnLayout.saveFrom(grid, shownColumns));
		grid.onSelection(selection::fire);
		table.addDragSupport(CustomerDrag.OPERATIONS, CustomerDrag.TRANSFERS, new CustomerDrag(
				() -> (IStructuredSelection) selection.getSelection(), grid::isSelectedRowAt));
		grid.onEnter(this::openSelected);
		createMenus();

		agency.getAgency().eAdapters().add(customersListener);
		columns.setAgency(agency.getAgency());
		model.setCustomers(agency.getAgency().getCustomers());
		showRows();
		getSite().setSelectionProvider(selection);
		installActions();
		prepareContributedColumns();
	}

	/** The grid control, for tests and benchmarks. */
	public NatTable getTable() {
		return table;
	}

	/** Whether contributed columns are being computed, or about to be. */
	public boolean isPreparingColumns() {
		return preparation != null && preparation.getState() != Job.NONE;
	}

	/** The number of rows the grid shows. */
	public int getRowCount() {
		return model.size();
	}

	/** The text the grid shows in a cell. */
	public String cellText(int row, String columnId) {
		return grid.text(row, columnIndex(columnId));
	}

	/** Selects rows, as clicks with Ctrl do. */
	public void select(int... rows) {
		grid.select(rows);
		selection.fire();
	}

	/** The rows in the order and filter shown. */
	public CustomerTableModel getModel() {
		return model;
	}

	public OpenAgency getAgency() {
		return agency;
	}

	/** The index of a column, by id. */
	public int columnIndex(String id) {
		return shownColumns.indexOf(columns.byId(id));
	}

	/**
	 * Edits a cell in place as a user does: opens the cell editor, types the text and presses
	 * Enter.
	 */
	public void editCell(int row, String columnId, String text) {
		grid.edit(row, columnIndex(columnId), text);
	}

	/** Sorts by a column, as a click on its heading does. */
	public void sortBy(String columnId, boolean ascending) {
		model.sort(columns.byId(columnId), ascending);
		showRows();
	}

	/** Filters the rows at once, as typing in the filter field does after a pause. */
	public void setFilter(String text) {
		if (!filterText.getText().equals(text)) {
			filterText.setText(text);
		}
		applyFilter();
	}

	/**
	 * Shows only the customers whose value in a column of classes is one of these texts (as
	 * the column shows them, {@code ""} for none), as checking them in the filter bar does; no
	 * texts show all again.
	 */
	public void restrict(String columnId, Set<String> texts) {
		restrict(columns.byId(columnId), texts);
	}

	/** Clears the filter text and every class filter, as Clear Filters does. */
	public void clearFilters() {
		filterText.setText(""); //$NON-NLS-1$
		model.clearFilters();
		grid.select();
		showRows();
	}

	/** What the count above the table says. */
	public String countText() {
		return countLabel.getText();
	}

	/** What the filter bar's drop-down of a column says. */
	public String filterText(String columnId) {
		return filterBar.itemText(columns.byId(columnId));
	}

	/** The classes the filter bar offers for a column, with their customer counts. */
	public Map<String, Long> filterChoices(String columnId) {
		return filterBar.choices(columns.byId(columnId));
	}

	/** Shows or hides a column. */
	public void setColumnVisible(String columnId, boolean visible) {
		grid.setVisible(columnIndex(columnId), visible);
	}

	/** Whether a column is shown. */
	public boolean isColumnVisible(String columnId) {
		return grid.isVisible(columnIndex(columnId));
	}

	/** The ids of the columns in the order shown, hidden ones included. */
	public List<String> columnOrder() {
		return grid.columnOrder().stream().map(index -> shownColumns.get(index).id()).toList();
	}

	/** Moves a column before the one at a position, as dropping its dragged heading does. */
	public void moveColumn(String columnId, int position) {
		grid.move(columnIndex(columnId), position);
	}

	/** The width of a column in pixels. */
	public int columnWidth(String columnId) {
		return grid.width(columnIndex(columnId));
	}

	/** Gives a column a width, as dragging the edge of its heading does. */
	public void resizeColumn(String columnId, int width) {
		grid.resize(columnIndex(columnId), width);
	}

	/** Puts the columns back as a list first opens and forgets the arrangement saved. */
	public void resetColumns() {
		columnLayout.clear();
		columnLayout.restore(grid, shownColumns, HIDDEN_AT_FIRST);
	}

	/** The selected rows as CSV: a heading line and one line per customer, columns as shown. */
	public String selectionAsCsv() {
		List<CustomerColumn> shown = new ArrayList<>();
		for (int index : grid.columnOrder()) {
			if (grid.isVisible(index)) {
				shown.add(shownColumns.get(index));
			}
		}
		StringBuilder csv = new StringBuilder();
		CsvLines.append(csv, shown.stream().map(CustomerColumn::label).toList());
		for (int row : sortedSelection()) {
			Customer customer = model.get(row);
			CsvLines.append(csv, shown.stream().map(column -> column.shown(customer)).toList());
		}
		return csv.toString();
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		AgencySaving.save(agency, getSite().getShell());
	}

	@Override
	public void doSaveAs() {
		AgencySaving.saveAs(agency, getSite().getShell());
	}

	@Override
	public boolean isDirty() {
		return support.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public Saveable[] getSaveables() {
		return support.getSaveables();
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return support.getSaveables();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(support.createPropertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (preparation != null) {
			preparation.cancel();
		}
		agency.getAgency().eAdapters().remove(customersListener);
		support.dispose();
		super.dispose();
	}

	private void cellEdited(int row, int columnIndex, String text) {
		EAttribute attribute = shownColumns.get(columnIndex).editable();
		if (attribute != null && row < model.size()) {
			AttributeEdits.set(agency.getEditingDomain(), model.get(row), attribute, text);
		}
	}

	private void showRows() {
		grid.refresh();
		NumberFormat numbers = NumberFormat.getIntegerInstance();
		boolean filtered = model.isFiltered();
		countLabel.setText(filtered
				? NLS.bind(Messages.CustomerList_countFiltered, numbers.format(model.size()),
						numbers.format(model.total()))
				: NLS.bind(Messages.CustomerList_count, numbers.format(model.total())));
		countLabel.setFont(filtered ? JFaceResources.getFontRegistry().getBold(
				JFaceResources.DEFAULT_FONT) : null);
		countLabel.getParent().layout(new Control[] { countLabel });
		filterBar.update();
		selection.fire();
	}

	private void restrict(CustomerColumn column, Set<String> texts) {
		model.restrict(column, texts);
		grid.select();
		showRows();
	}

	private void scheduleFilter() {
		String typed = filterText.getText();
		table.getDisplay().timerExec(FILTER_DELAY, () -> {
			if (!table.isDisposed() && typed.equals(filterText.getText())) {
				applyFilter();
			}
		});
	}

	private void applyFilter() {
		model.setFilter(filterText.getText(), columns.searched());
		grid.select();
		showRows();
	}

	private void openSelected() {
		for (Customer customer : selectedCustomers()) {
			CustomerActions.openForm(agency, customer);
		}
	}

	private List<Customer> selectedCustomers() {
		List<Customer> customers = new ArrayList<>();
		for (int row : sortedSelection()) {
			customers.add(model.get(row));
		}
		return customers;
	}

	private int[] sortedSelection() {
		return grid.selectedRows();
	}

	private void createMenus() {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fillContextMenu);
		Menu rows = manager.createContextMenu(table);
		Menu headings = new Menu(table);
		table.addListener(SWT.MenuDetect, event -> {
			Point point = table.toControl(event.x, event.y);
			boolean onHeading = table.getRegionLabelsByXY(point.x, point.y) != null
					&& table.getRegionLabelsByXY(point.x, point.y)
							.hasLabel(GridRegion.COLUMN_HEADER);
			table.setMenu(onHeading ? headings : rows);
			if (onHeading) {
				fillHeadingMenu(headings);
			}
		});
		getSite().registerContextMenu(manager, selection);
	}

	private void fillContextMenu(IMenuManager menu) {
		List<Customer> selected = selectedCustomers();
		menu.add(action(Messages.CustomerList_open, !selected.isEmpty(), this::openSelected));
		menu.add(new Separator());
		menu.add(action(Messages.CustomerList_newIndividual, true,
				() -> reveal(CustomerActions.newIndividual(agency))));
		menu.add(action(Messages.CustomerList_newOrganization, true,
				() -> reveal(CustomerActions.newOrganization(agency))));
		menu.add(new Separator());
		menu.add(action(Messages.CustomerList_copyCsv, !selected.isEmpty(), this::copyCsv));
		menu.add(action(Messages.CustomerList_delete, !selected.isEmpty(),
				() -> CustomerActions.delete(agency, selected, getSite().getShell())));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void fillHeadingMenu(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		for (CustomerColumn column : shownColumns) {
			MenuItem item = new MenuItem(menu, SWT.CHECK);
			item.setText(column.label());
			item.setSelection(grid.isVisible(shownColumns.indexOf(column)));
			item.addListener(SWT.Selection,
					event -> setColumnVisible(column.id(), item.getSelection()));
		}
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem reset = new MenuItem(menu, SWT.PUSH);
		reset.setText(Messages.CustomerList_resetColumns);
		reset.addListener(SWT.Selection, event -> resetColumns());
	}

	private void reveal(Customer customer) {
		if (customer == null) {
			return;
		}
		int row = model.rowOf(customer);
		if (row >= 0) {
			select(row);
		}
	}

	private void copyCsv() {
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { selectionAsCsv() },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void installActions() {
		IActionBars bars = getEditorSite().getActionBars();
		support.install(bars, this::stackChanged);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(),
				action(Messages.CustomerList_copyCsv, true, this::copyCsv));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(),
				action(Messages.CustomerList_selectAll, true, () -> {
					grid.selectAll();
					selection.fire();
				}));
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(),
				action(Messages.CustomerList_delete, true, () -> CustomerActions.delete(agency,
						selectedCustomers(), getSite().getShell())));
		bars.updateActionBars();
	}

	private void stackChanged() {
		if (table.isDisposed()) {
			return;
		}
		List<Customer> selected = selectedCustomers();
		columns.bookingsChanged();
		model.valuesChanged();
		if (customersChanged) {
			customersChanged = false;
			model.setCustomers(agency.getAgency().getCustomers());
		}
		showRows();
		reselect(selected);
		setPartName(NLS.bind(Messages.CustomerList_title, agency.getLabel()));
		firePropertyChange(PROP_DIRTY);
		prepareContributedColumns();
	}

	/**
	 * Selects again the customers that were selected before the rows were rebuilt, where they
	 * are still shown; an edit elsewhere in the agency does not lose the user's selection.
	 */
	private void reselect(List<Customer> customers) {
		if (customers.isEmpty() || customers.size() > RESELECT_LIMIT) {
			return;
		}
		Set<Customer> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
		wanted.addAll(customers);
		int[] rows = new int[customers.size()];
		int found = 0;
		for (int row = 0; row < model.size() && found < rows.length; row++) {
			if (wanted.contains(model.get(row))) {
				rows[found++] = row;
			}
		}
		int[] selectedRows = grid.selectedRows();
		int[] again = Arrays.copyOf(rows, found);
		if (!Arrays.equals(selectedRows, again)) {
			grid.select(again);
			selection.fire();
		}
	}

	/** Lets contributed columns compute their values in a job, then repaints. */
	private void prepareContributedColumns() {
		List<CustomerColumnProvider> providers = columns.providers();
		if (providers.isEmpty()) {
			return;
		}
		if (preparation != null) {
			preparation.cancel();
		}
		Agency agencyModel = agency.getAgency();
		// Taken now: the table may be disposed by the time the job ends.
		Display display = table.getDisplay();
		preparation = new Job(NLS.bind(Messages.CustomerList_preparing, agency.getLabel())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, getName(), providers.size());
				for (CustomerColumnProvider provider : providers) {
					provider.prepare(agencyModel, progress.split(1));
				}
				if (display.isDisposed()) {
					return Status.OK_STATUS;
				}
				display.asyncExec(() -> {
					if (!table.isDisposed()) {
						model.valuesChanged();
						if (model.isRestricted()) {
							// The classes the list is restricted to may have moved.
							model.refilter();
							showRows();
						}
						table.redraw();
					}
				});
				return Status.OK_STATUS;
			}
		};
		preparation.setSystem(true);
		// A burst of edits computes the columns once.
		preparation.schedule(PREPARATION_DELAY);
	}

	private static Action action(String label, boolean enabled, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/** The selected customers as the workbench's selection, for the Properties view and menus. */
	private final class RowSelection implements ISelectionProvider {

		private final List<ISelectionChangedListener> listeners = new ArrayList<>();

		@Override
		public ISelection getSelection() {
			return new StructuredSelection(selectedCustomers());
		}

		@Override
		public void setSelection(ISelection newSelection) {
			List<Integer> rows = new ArrayList<>();
			if (newSelection instanceof StructuredSelection structured) {
				for (Object element : structured.toList()) {
					int row = element instanceof Customer customer ? model.rowOf(customer) : -1;
					if (row >= 0) {
						rows.add(row);
					}
				}
			}
			grid.select(rows.stream().mapToInt(Integer::intValue).toArray());
			fire();
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		void fire() {
			SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
			for (ISelectionChangedListener listener : List.copyOf(listeners)) {
				listener.selectionChanged(event);
			}
		}
	}
}
