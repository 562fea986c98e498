package org.travelcrm.customers.ui.internal.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
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
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.AgencyPartSupport;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * All customers of an agency in one virtual table: choose, move and sort columns, filter as you
 * type, select many, copy them as CSV, and edit simple fields in place. Sorting and filtering
 * happen in {@link CustomerTableModel}; the table only asks for the rows it paints, so a
 * million customers paint as fast as a hundred.
 */
public class CustomerListEditor extends EditorPart implements ISaveablesSource {

	/** How long typing must pause before the filter is applied, in milliseconds. */
	private static final int FILTER_DELAY = 150;

	private static final Set<String> HIDDEN_AT_FIRST = Set.of("country", //$NON-NLS-1$
			"channel", "created"); //$NON-NLS-1$ //$NON-NLS-2$

	private AgencyPartSupport support;
	private OpenAgency agency;
	private final CustomerColumns columns = new CustomerColumns(true);
	private final CustomerTableModel model = new CustomerTableModel();
	private final Set<CustomerColumn> hidden = new HashSet<>();
	private final List<TableColumn> tableColumns = new ArrayList<>();
	private final RowSelection selection = new RowSelection();
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
	private Table table;
	private InPlaceEditing inPlace;

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
		for (CustomerColumn column : columns.all()) {
			if (HIDDEN_AT_FIRST.contains(column.id())) {
				hidden.add(column);
			}
		}
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

		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		createColumns();
		table.addListener(SWT.SetData, this::fillRow);
		table.addListener(SWT.Selection, event -> selection.fire());
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		inPlace = new InPlaceEditing(table, agency, this::columnAt, model::get);
		table.addListener(SWT.MouseDoubleClick, this::doubleClicked);
		table.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2) {
				editSelected(columns.byId(CustomerColumns.NAME));
			}
		});
		createMenus();

		agency.getAgency().eAdapters().add(customersListener);
		model.setCustomers(agency.getAgency().getCustomers());
		showRows();
		getSite().setSelectionProvider(selection);
		installActions();
		prepareContributedColumns();
	}

	/** The table, for tests and benchmarks. */
	public Table getTable() {
		return table;
	}

	/** The rows in the order and filter shown. */
	public CustomerTableModel getModel() {
		return model;
	}

	public OpenAgency getAgency() {
		return agency;
	}

	/** The column shown at an index of the table's creation order. */
	public CustomerColumn columnAt(int index) {
		return (CustomerColumn) tableColumns.get(index).getData();
	}

	/** The index in the table of a column, by id. */
	public int columnIndex(String id) {
		for (int i = 0; i < tableColumns.size(); i++) {
			if (columnAt(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Edits a cell in place as a user does: opens the cell editor, types the text and presses
	 * Enter.
	 */
	public void editCell(int row, String columnId, String text) {
		inPlace.edit(row, columnIndex(columnId));
		inPlace.type(text);
	}

	/** Sorts by a column, as a click on its heading does. */
	public void sortBy(String columnId, boolean ascending) {
		CustomerColumn column = columns.byId(columnId);
		model.sort(column, ascending);
		TableColumn shown = tableColumns.get(columnIndex(columnId));
		table.setSortColumn(shown);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		showRows();
	}

	/** Filters the rows at once, as typing in the filter field does after a pause. */
	public void setFilter(String text) {
		if (!filterText.getText().equals(text)) {
			filterText.setText(text);
		}
		applyFilter();
	}

	/** Shows or hides a column. */
	public void setColumnVisible(String columnId, boolean visible) {
		CustomerColumn column = columns.byId(columnId);
		TableColumn shown = tableColumns.get(columnIndex(columnId));
		if (visible) {
			hidden.remove(column);
			shown.setWidth(column.width());
			shown.setResizable(true);
		} else {
			hidden.add(column);
			shown.setWidth(0);
			shown.setResizable(false);
		}
	}

	/** The selected rows as CSV: a heading line and one line per customer, columns as shown. */
	public String selectionAsCsv() {
		List<CustomerColumn> shown = new ArrayList<>();
		for (int index : table.getColumnOrder()) {
			if (!hidden.contains(columnAt(index))) {
				shown.add(columnAt(index));
			}
		}
		StringBuilder csv = new StringBuilder();
		CsvLines.append(csv, shown.stream().map(CustomerColumn::label).toList());
		for (int row : sortedSelection()) {
			Customer customer = model.get(row);
			CsvLines.append(csv, shown.stream().map(column -> column.text(customer)).toList());
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

	private void createColumns() {
		for (CustomerColumn column : columns.all()) {
			TableColumn shown = new TableColumn(table,
					column.kind() == CustomerColumn.Kind.TEXT ? SWT.LEFT : SWT.RIGHT);
			shown.setText(column.label());
			shown.setData(column);
			shown.setMoveable(true);
			boolean visible = !hidden.contains(column);
			shown.setWidth(visible ? column.width() : 0);
			shown.setResizable(visible);
			shown.addListener(SWT.Selection, event -> headingClicked(column));
			tableColumns.add(shown);
		}
	}

	private void headingClicked(CustomerColumn column) {
		boolean ascending = model.sortColumn() != column || !model.ascending();
		sortBy(column.id(), ascending);
	}

	private void fillRow(Event event) {
		TableItem item = (TableItem) event.item;
		int row = table.indexOf(item);
		if (row < 0 || row >= model.size()) {
			return;
		}
		Customer customer = model.get(row);
		for (int i = 0; i < tableColumns.size(); i++) {
			item.setText(i, columnAt(i).text(customer));
		}
		item.setData(customer);
	}

	private void showRows() {
		table.setItemCount(model.size());
		table.clearAll();
		countLabel.setText(NLS.bind(Messages.CustomerList_count, model.size(), model.total()));
		countLabel.getParent().layout(new Control[] { countLabel });
		selection.fire();
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
		table.deselectAll();
		showRows();
	}

	private void doubleClicked(Event event) {
		Point point = new Point(event.x, event.y);
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		for (int i = 0; i < tableColumns.size(); i++) {
			Rectangle bounds = item.getBounds(i);
			if (bounds.contains(point) && columnAt(i).editable() != null) {
				inPlace.edit(table.indexOf(item), i);
				return;
			}
		}
		openSelected();
	}

	private void editSelected(CustomerColumn column) {
		int row = table.getSelectionIndex();
		int index = columnIndex(column.id());
		if (row >= 0 && index >= 0 && !hidden.contains(column)) {
			inPlace.edit(row, index);
		}
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
		int[] rows = table.getSelectionIndices();
		Arrays.sort(rows);
		return rows;
	}

	private void createMenus() {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fillContextMenu);
		Menu rows = manager.createContextMenu(table);
		Menu headings = new Menu(table);
		table.addListener(SWT.MenuDetect, event -> {
			Point point = table.toControl(event.x, event.y);
			boolean onHeading = point.y < table.getHeaderHeight();
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
		for (CustomerColumn column : columns.all()) {
			MenuItem item = new MenuItem(menu, SWT.CHECK);
			item.setText(column.label());
			item.setSelection(!hidden.contains(column));
			item.addListener(SWT.Selection,
					event -> setColumnVisible(column.id(), item.getSelection()));
		}
	}

	private void reveal(Customer customer) {
		if (customer == null) {
			return;
		}
		int row = model.rowOf(customer);
		if (row >= 0) {
			table.setSelection(row);
			table.showSelection();
			selection.fire();
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
					table.selectAll();
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
		columns.bookingsChanged();
		model.valuesChanged();
		if (customersChanged) {
			customersChanged = false;
			model.setCustomers(agency.getAgency().getCustomers());
		}
		showRows();
		setPartName(NLS.bind(Messages.CustomerList_title, agency.getLabel()));
		firePropertyChange(PROP_DIRTY);
		prepareContributedColumns();
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
		preparation = new Job(NLS.bind(Messages.CustomerList_preparing, agency.getLabel())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, getName(), providers.size());
				for (CustomerColumnProvider provider : providers) {
					provider.prepare(agencyModel, progress.split(1));
				}
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed()) {
						model.valuesChanged();
						table.clearAll();
					}
				});
				return Status.OK_STATUS;
			}
		};
		preparation.setSystem(true);
		preparation.schedule();
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
			table.deselectAll();
			if (newSelection instanceof StructuredSelection structured) {
				for (Object element : structured.toList()) {
					if (element instanceof Customer customer && model.rowOf(customer) >= 0) {
						table.select(model.rowOf(customer));
					}
				}
			}
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
