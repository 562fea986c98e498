package org.travelcrm.customers.ui.internal.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.event.HideColumnPositionsEvent;
import org.eclipse.nebula.widgets.nattable.hideshow.event.ShowColumnPositionsEvent;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.reorder.command.ColumnReorderCommand;
import org.eclipse.nebula.widgets.nattable.reorder.event.ColumnReorderEvent;
import org.eclipse.nebula.widgets.nattable.resize.command.ColumnResizeCommand;
import org.eclipse.nebula.widgets.nattable.resize.event.ColumnResizeEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.theme.ModernNatTableThemeConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.travelcrm.model.Customer;

/**
 * The customer list's grid: a NatTable that draws only the rows in view and asks
 * {@link CustomerTableModel} for them, so that a million customers paint like a hundred. Columns
 * can be moved by dragging their headings, hidden and shown, and sorted by a click on the
 * heading; editable cells open an editor on double-click or F2; Enter opens the selected rows.
 */
final class CustomerGrid {

	private static final String EDITABLE = "editable"; //$NON-NLS-1$
	private static final String NUMERIC = "numeric"; //$NON-NLS-1$
	private static final int HEADING_ROWS = 1;

	private final List<CustomerColumn> columns;
	private final CustomerTableModel model;
	private final NatTable table;
	private final DataLayer body;
	private final ColumnReorderLayer reorder;
	private final ColumnHideShowLayer hideShow;
	private final SelectionLayer selection;
	private final ViewportLayer viewport;
	private boolean arranging;
	private Runnable enter;

	/**
	 * @param edits   sets a value typed into a cell: row, column index and text
	 * @param opening opens the customer of a row (double-click on a cell that is not edited)
	 */
	CustomerGrid(Composite parent, List<CustomerColumn> columns, CustomerTableModel model,
			CellEdits edits, IntConsumer opening) {
		this.columns = List.copyOf(columns);
		this.model = model;
		body = new DataLayer(new Rows(edits));
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(body);
		for (int i = 0; i < columns.size(); i++) {
			body.setColumnWidthByPosition(i, columns.get(i).width());
			if (columns.get(i).editable() != null) {
				labels.registerColumnOverrides(i, EDITABLE);
			}
			CustomerColumn.Kind kind = columns.get(i).kind();
			if (kind == CustomerColumn.Kind.NUMBER || kind == CustomerColumn.Kind.DATE) {
				labels.registerColumnOverrides(i, NUMERIC);
			}
		}
		body.setConfigLabelAccumulator(labels);
		reorder = new ColumnReorderLayer(body);
		hideShow = new ColumnHideShowLayer(reorder);
		selection = new SelectionLayer(hideShow, false);
		selection.addConfiguration(new DefaultRowSelectionLayerConfiguration());
		viewport = new ViewportLayer(selection);

		DataLayer headings = new DefaultColumnHeaderDataLayer(new Headings());
		ColumnHeaderLayer header = new ColumnHeaderLayer(headings, viewport, selection);
		SortHeaderLayer<Customer> sortHeader = new SortHeaderLayer<>(header, new Sorting());
		CompositeLayer grid = new CompositeLayer(1, 2);
		grid.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
		grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		grid.addConfiguration(new DefaultEditConfiguration());

		table = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new CellRules());
		table.addConfiguration(new AbstractUiBindingConfiguration() {
			@Override
			public void configureUiBindings(UiBindingRegistry bindings) {
				bindings.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2),
						new KeyEditAction());
				// Enter opens the selected customers; it must not first move the selection
				// down a row, as it does in a spreadsheet.
				for (int key : new int[] { SWT.CR, SWT.KEYPAD_CR }) {
					bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, key),
							(natTable, event) -> {
								if (enter != null && natTable.getActiveCellEditor() == null) {
									enter.run();
								}
							});
				}
				bindings.registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE,
						GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON), (natTable, event) -> {
							int column = natTable.getColumnPositionByX(event.x);
							int row = natTable.getRowPositionByY(event.y);
							int columnIndex = natTable.getColumnIndexByPosition(column);
							int rowIndex = natTable.getRowIndexByPosition(row);
							if (columnIndex >= 0 && columns.get(columnIndex).editable() != null) {
								natTable.doCommand(new EditCellCommand(natTable,
										natTable.getConfigRegistry(),
										natTable.getCellByPosition(column, row)));
							} else if (rowIndex >= 0) {
								opening.accept(rowIndex);
							}
						});
			}
		});
		table.configure();
		table.setTheme(new ModernNatTableThemeConfiguration());
	}

	/** Sets a value typed into a cell. */
	@FunctionalInterface
	interface CellEdits {

		void set(int row, int columnIndex, String text);
	}

	NatTable control() {
		return table;
	}

	/** What Enter does when no cell is being edited. */
	void onEnter(Runnable action) {
		enter = action;
	}

	/** Hears when the selected rows change. */
	void onSelection(Runnable listener) {
		table.addLayerListener(event -> {
			if (event instanceof ISelectionEvent) {
				listener.run();
			}
		});
	}

	/** The selected rows, in ascending order. */
	int[] selectedRows() {
		Set<Range> ranges = selection.getSelectedRowPositions();
		List<Range> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparingInt(range -> range.start));
		int count = sorted.stream().mapToInt(Range::size).sum();
		int[] rows = new int[count];
		int next = 0;
		for (Range range : sorted) {
			for (int row = range.start; row < range.end; row++) {
				rows[next++] = row;
			}
		}
		return rows;
	}

	/**
	 * Whether a point of the table lies on a selected row, where dragging the rows starts
	 * rather than selecting more.
	 */
	boolean isSelectedRowAt(int x, int y) {
		LabelStack regions = table.getRegionLabelsByXY(x, y);
		int row = table.getRowIndexByPosition(table.getRowPositionByY(y));
		return regions != null && regions.hasLabel(GridRegion.BODY) && row >= 0
				&& selection.isRowPositionSelected(row);
	}

	/** Selects rows, replacing the selection; the first one is scrolled into view. */
	void select(int... rows) {
		selection.clear(false);
		for (int row : rows) {
			selection.selectRow(0, row, false, true);
		}
		if (rows.length > 0) {
			viewport.moveRowPositionIntoViewport(rows[0]);
		}
		table.redraw();
	}

	void selectAll() {
		selection.selectAll();
	}

	/** The column indexes in the order shown, hidden ones included. */
	List<Integer> columnOrder() {
		return reorder.getColumnIndexOrder();
	}

	/** The width of a column, hidden or not. */
	int width(int columnIndex) {
		return body.getColumnWidthByPosition(columnIndex);
	}

	/**
	 * Puts the columns in this order (indexes, all of them), hides these, shows the others and
	 * gives them these widths, without telling the listeners of column changes.
	 */
	void arrange(List<Integer> order, Set<Integer> hidden, Map<Integer, Integer> widths) {
		arranging = true;
		try {
			reorder.resetReorder();
			for (int position = 0; position < order.size(); position++) {
				// Columns before this position are in place, so the column moves to the left.
				int from = reorder.getColumnPositionByIndex(order.get(position));
				if (from != position) {
					reorder.reorderColumnPosition(from, position);
				}
			}
			hideShow.showAllColumns();
			if (!hidden.isEmpty()) {
				hideShow.hideColumnIndexes(hidden);
			}
			widths.forEach(body::setColumnWidthByPosition);
		} finally {
			arranging = false;
		}
	}

	/** Hears when the user moves, hides, shows or resizes a column. */
	void onColumnsChanged(Runnable listener) {
		table.addLayerListener(event -> {
			if (!arranging && (event instanceof ColumnReorderEvent
					|| event instanceof HideColumnPositionsEvent
					|| event instanceof ShowColumnPositionsEvent
					|| event instanceof ColumnResizeEvent)) {
				listener.run();
			}
		});
	}

	/** Moves a column to a position among all columns, hidden ones included, as dragging does. */
	void move(int columnIndex, int position) {
		table.doCommand(new ColumnReorderCommand(reorder,
				reorder.getColumnPositionByIndex(columnIndex), position));
	}

	/** Gives a column a width, as dragging the edge of its heading does. */
	void resize(int columnIndex, int width) {
		table.doCommand(new ColumnResizeCommand(body, columnIndex, width));
	}

	void setVisible(int columnIndex, boolean visible) {
		if (visible) {
			hideShow.showColumnIndexes(columnIndex);
		} else {
			hideShow.hideColumnIndexes(columnIndex);
		}
	}

	boolean isVisible(int columnIndex) {
		return !hideShow.getHiddenColumnIndexes().contains(columnIndex);
	}

	/**
	 * The rows changed (order, filter, values): they are asked for again and the scroll range
	 * follows the count. Only the rows are announced as changed: a full refresh makes the
	 * selection model look at every column of every row, which a million rows feel.
	 */
	void refresh() {
		body.fireLayerEvent(new RowStructuralRefreshEvent(body));
	}

	/** The text shown in a cell. */
	String text(int row, int columnIndex) {
		return String.valueOf(body.getDataValue(columnIndex, row));
	}

	/**
	 * Opens the editor of a cell, types text into it and commits it, as a user does; returns
	 * whether an editor opened.
	 */
	boolean edit(int row, int columnIndex, String text) {
		viewport.moveRowPositionIntoViewport(row);
		refresh();
		ILayerCell cell = cellShowing(row, columnIndex);
		if (cell == null) {
			return false;
		}
		table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), cell));
		ICellEditor editor = table.getActiveCellEditor();
		if (editor == null) {
			return false;
		}
		editor.setEditorValue(text);
		editor.commit(MoveDirectionEnum.NONE);
		return true;
	}

	private ILayerCell cellShowing(int row, int columnIndex) {
		// Row position 0 is the heading, whose row index 0 is no customer's.
		for (int rowPosition = HEADING_ROWS; rowPosition < table.getRowCount(); rowPosition++) {
			if (table.getRowIndexByPosition(rowPosition) != row) {
				continue;
			}
			for (int position = 0; position < table.getColumnCount(); position++) {
				if (table.getColumnIndexByPosition(position) == columnIndex) {
					return table.getCellByPosition(position, rowPosition);
				}
			}
		}
		return null;
	}

	/** The customers' values, row by row, from the model's current order and filter. */
	private final class Rows implements IDataProvider {

		private final CellEdits edits;

		Rows(CellEdits edits) {
			this.edits = edits;
		}

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return rowIndex < model.size() ? columns.get(columnIndex).shown(model.get(rowIndex))
					: ""; //$NON-NLS-1$
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			String text = newValue == null ? "" : newValue.toString(); //$NON-NLS-1$
			edits.set(rowIndex, columnIndex, text);
		}

		@Override
		public int getColumnCount() {
			return columns.size();
		}

		@Override
		public int getRowCount() {
			return model.size();
		}
	}

	/** The headings of the columns. */
	private final class Headings implements IDataProvider {

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return columns.get(columnIndex).label();
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int getColumnCount() {
			return columns.size();
		}

		@Override
		public int getRowCount() {
			return 1;
		}
	}

	/** Sorting as the headings show it, done by the model on one column at a time. */
	private final class Sorting implements ISortModel {

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return model.sortColumn() == null ? List.of()
					: List.of(columns.indexOf(model.sortColumn()));
		}

		@Override
		public boolean isColumnIndexSorted(int columnIndex) {
			CustomerColumn sorted = model.sortColumn();
			return sorted != null && columns.indexOf(sorted) == columnIndex;
		}

		@Override
		public SortDirectionEnum getSortDirection(int columnIndex) {
			if (!isColumnIndexSorted(columnIndex)) {
				return SortDirectionEnum.NONE;
			}
			return model.ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
		}

		@Override
		public int getSortOrder(int columnIndex) {
			return isColumnIndexSorted(columnIndex) ? 0 : -1;
		}

		@SuppressWarnings("rawtypes")
		@Override
		public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
			return List.of();
		}

		@Override
		public Comparator<?> getColumnComparator(int columnIndex) {
			return null;
		}

		@Override
		public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
			if (direction == SortDirectionEnum.NONE) {
				model.sort(null, true);
			} else {
				model.sort(columns.get(columnIndex), direction == SortDirectionEnum.ASC);
			}
			refresh();
		}

		@Override
		public void clear() {
			model.sort(null, true);
		}
	}

	/** Which cells can be edited; text aligned left and numbers right. */
	private static final class CellRules extends AbstractRegistryConfiguration {

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE,
					IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, EDITABLE);
			Style left = new Style();
			left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT,
					HorizontalAlignmentEnum.LEFT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left,
					DisplayMode.NORMAL, GridRegion.BODY);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left,
					DisplayMode.SELECT, GridRegion.BODY);
			Style right = new Style();
			right.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT,
					HorizontalAlignmentEnum.RIGHT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right,
					DisplayMode.NORMAL, NUMERIC);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right,
					DisplayMode.SELECT, NUMERIC);
		}
	}
}
