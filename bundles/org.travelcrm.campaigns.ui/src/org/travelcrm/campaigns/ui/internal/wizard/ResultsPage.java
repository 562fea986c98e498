package org.travelcrm.campaigns.ui.internal.wizard;

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
import org.travelcrm.campaigns.ui.internal.Format;
import org.travelcrm.core.campaigns.CampaignResult;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.GoalMetric;

/** The measured results: conversion of target and control, lift, revenue, ROI, each KPI. */
public class ResultsPage extends WizardPage {

	private final Campaign campaign;
	private final CampaignResult result;

	ResultsPage(Campaign campaign, CampaignResult result) {
		super("results"); //$NON-NLS-1$
		this.campaign = campaign;
		this.result = result;
		setTitle(NLS.bind(Messages.ResultsPage_title, campaign.getName()));
		setDescription(NLS.bind(Messages.ResultsPage_description, Format.date(
				result.windowStart()), Format.date(result.windowEnd().minusDays(1))));
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		row(page, Messages.ResultsPage_target, NLS.bind(Messages.ResultsPage_conversion,
				new Object[] { Format.percent(result.targetConversion()),
					result.targetResponders(), result.targetMembers() }));
		row(page, Messages.ResultsPage_control, result.controlMembers() == 0
				? Messages.ResultsPage_noControl
				: NLS.bind(Messages.ResultsPage_conversion, new Object[] {
					Format.percent(result.controlConversion()), result.controlResponders(),
					result.controlMembers() }));
		row(page, Messages.ResultsPage_lift, Format.percent(result.lift()));
		row(page, Messages.ResultsPage_revenue, Format.amount(result.revenue()));
		row(page, Messages.ResultsPage_margin, Format.amount(result.attributedMargin()));
		row(page, Messages.ResultsPage_cost, Format.amount(campaign.getCost()));
		row(page, Messages.ResultsPage_roi, result.roi() == null ? Messages.ResultsPage_noCost
				: Format.percent(result.roi()));

		Table kpis = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		kpis.setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 120)
				.applyTo(kpis);
		for (String heading : new String[] { Messages.KpiPage_metric, Messages.KpiPage_target,
			Messages.ResultsPage_measured, Messages.ResultsPage_met }) {
			TableColumn column = new TableColumn(kpis, SWT.LEFT);
			column.setText(heading);
			column.setWidth(150);
		}
		for (CampaignResult.KpiResult kpi : result.kpis()) {
			GoalMetric metric = kpi.kpi().getMetric();
			new TableItem(kpis, SWT.NONE).setText(new String[] { Format.metricName(metric),
				Format.directionName(kpi.kpi().getDirection()) + ' '
						+ Format.metric(metric, kpi.kpi().getTargetValue()),
				Format.metric(metric, kpi.measured()),
				kpi.met() ? Messages.ResultsPage_yes : Messages.ResultsPage_no });
		}
		setControl(page);
	}

	private static void row(Composite parent, String name, String value) {
		new Label(parent, SWT.NONE).setText(name);
		Label label = new Label(parent, SWT.NONE);
		label.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
	}
}
