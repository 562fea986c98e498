package org.travelcrm.customers.ui.internal.imports;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.WorkbookFormat;

/**
 * The last page: what the import will do, computed from the whole file against the agency as
 * it is now. Every rejected row is listed with its line (a workbook's sheet row), column and
 * reason, and every notice;
 * Finish applies exactly this.
 */
final class PlanPage extends WizardPage {

	private final ImportSession session;
	private Label summary;
	private Table rejected;
	private Table notices;

	PlanPage(ImportSession session) {
		super("plan"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.PlanPage_title);
		setDescription(Messages.PlanPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		new Label(page, SWT.NONE).setText(Messages.PlanPage_rejected);
		rejected = table(page, 3);
		new Label(page, SWT.NONE).setText(Messages.PlanPage_notices);
		notices = table(page, 3);
		setControl(page);
		setPageComplete(false);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && session.plan() == null) {
			((ImportWizard) getWizard()).computePlan();
			show();
		}
	}

	private void show() {
		ImportPlan plan = session.plan();
		setErrorMessage(session.problem());
		if (plan == null) {
			summary.setText(""); //$NON-NLS-1$
			fill(rejected, List.of());
			fill(notices, List.of());
			setPageComplete(false);
			return;
		}
		summary.setText(NLS.bind(Messages.PlanPage_summary, new Object[] { plan.rowsRead(),
				plan.rowsImported(), plan.rowsRejected(), counts(plan.customers()),
				counts(plan.bookings()), counts(plan.products()) }));
		String place = plan.format() instanceof WorkbookFormat ? Messages.PlanPage_row
				: Messages.PlanPage_line;
		rejected.getColumn(0).setText(place);
		notices.getColumn(0).setText(place);
		fill(rejected, plan.rejected().stream().map(r -> new String[] {
				Integer.toString(r.line()), text(r.column()), r.reason() }).toList());
		fill(notices, plan.notices().stream().map(n -> new String[] {
				Integer.toString(n.line()), text(n.column()), n.message() }).toList());
		setMessage(plan.changesNothing() ? Messages.PlanPage_nothing : null);
		setPageComplete(!plan.changesNothing());
		summary.getParent().layout(true, true);
	}

	private static String counts(ImportPlan.Counts counts) {
		return NLS.bind(Messages.PlanPage_counts, new Object[] { counts.created(),
				counts.updated(), counts.unchanged() });
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static Table table(Composite parent, int columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.VIRTUAL | SWT.FULL_SELECTION
				| SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 120).applyTo(table);
		String[] names = { Messages.PlanPage_line, Messages.PlanPage_column,
				Messages.PlanPage_reason };
		int[] widths = { 60, 120, 420 };
		for (int i = 0; i < columns; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(names[i]);
			column.setWidth(widths[i]);
		}
		// Virtual: the hotel file alone rejects over 14,000 rows.
		table.addListener(SWT.SetData, event -> {
			@SuppressWarnings("unchecked")
			List<String[]> rows = (List<String[]>) table.getData();
			((TableItem) event.item).setText(rows.get(event.index));
		});
		return table;
	}

	private static void fill(Table table, List<String[]> rows) {
		table.setData(rows);
		table.clearAll();
		table.setItemCount(rows.size());
	}
}
