package org.travelcrm.campaigns.ui.internal.wizard;

import java.math.BigDecimal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.campaigns.ui.internal.Format;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;

/**
 * The campaign's goals: KPIs measured from the bookings (conversion, revenue, responding
 * customers), each with a direction and a target.
 */
public class KpiPage extends WizardPage {

	private static final GoalMetric[] MEASURABLE = { GoalMetric.CAMPAIGN_CONVERSION,
		GoalMetric.REVENUE, GoalMetric.ACTIVE_CUSTOMERS };

	private final Campaign draft;
	private Combo metric;
	private Combo direction;
	private Text target;
	private Table kpis;

	KpiPage(Campaign draft) {
		super("kpis"); //$NON-NLS-1$
		this.draft = draft;
		setTitle(Messages.KpiPage_title);
		setDescription(Messages.KpiPage_description);
		draft.getKpis().add(kpi(GoalMetric.CAMPAIGN_CONVERSION, GoalDirection.AT_LEAST,
				new BigDecimal("0.10"))); //$NON-NLS-1$
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
		metric = new Combo(page, SWT.READ_ONLY);
		for (GoalMetric each : MEASURABLE) {
			metric.add(Format.metricName(each));
		}
		metric.select(0);
		direction = new Combo(page, SWT.READ_ONLY);
		direction.add(Format.directionName(GoalDirection.AT_LEAST));
		direction.add(Format.directionName(GoalDirection.AT_MOST));
		direction.select(0);
		target = new Text(page, SWT.BORDER);
		target.setMessage(Messages.KpiPage_targetHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
		Button add = new Button(page, SWT.PUSH);
		add.setText(Messages.KpiPage_add);
		kpis = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		kpis.setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 150)
				.applyTo(kpis);
		for (String heading : new String[] { Messages.KpiPage_metric, Messages.KpiPage_direction,
			Messages.KpiPage_target }) {
			TableColumn column = new TableColumn(kpis, SWT.LEFT);
			column.setText(heading);
			column.setWidth(170);
		}
		Button remove = new Button(page, SWT.PUSH);
		remove.setText(Messages.KpiPage_remove);
		GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		add.addListener(SWT.Selection, event -> add());
		remove.addListener(SWT.Selection, event -> {
			int index = kpis.getSelectionIndex();
			if (index >= 0) {
				draft.getKpis().remove(index);
				refresh();
			}
		});
		setControl(page);
		refresh();
	}

	private void add() {
		GoalMetric chosen = MEASURABLE[metric.getSelectionIndex()];
		BigDecimal value = Format.parse(chosen, target.getText());
		if (value == null) {
			setErrorMessage(Messages.KpiPage_badTarget);
			return;
		}
		setErrorMessage(null);
		draft.getKpis().add(kpi(chosen, direction.getSelectionIndex() == 1
				? GoalDirection.AT_MOST : GoalDirection.AT_LEAST, value));
		target.setText(""); //$NON-NLS-1$
		refresh();
	}

	private void refresh() {
		kpis.removeAll();
		for (CampaignKpi kpi : draft.getKpis()) {
			new TableItem(kpis, SWT.NONE).setText(new String[] {
				Format.metricName(kpi.getMetric()), Format.directionName(kpi.getDirection()),
				Format.metric(kpi.getMetric(), kpi.getTargetValue()) });
		}
	}

	private static CampaignKpi kpi(GoalMetric metric, GoalDirection direction, BigDecimal target) {
		CampaignKpi kpi = CrmFactory.eINSTANCE.createCampaignKpi();
		kpi.setMetric(metric);
		kpi.setDirection(direction);
		kpi.setTargetValue(target);
		return kpi;
	}
}
