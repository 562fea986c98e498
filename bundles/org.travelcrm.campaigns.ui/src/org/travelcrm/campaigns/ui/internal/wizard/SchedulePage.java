package org.travelcrm.campaigns.ui.internal.wizard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.campaigns.ui.internal.Format;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.GoalMetric;

/**
 * Name, budget and schedule, the attribution window, and the optional control group: a share
 * of the members held back by a seeded random draw, so that lift can be measured.
 */
public class SchedulePage extends WizardPage {

	private static final int DEFAULT_DAYS = 30;

	private final Campaign draft;
	private final LocalDate today;
	private Text name;
	private Text start;
	private Text end;
	private Spinner attribution;
	private Text budget;
	private Spinner controlShare;
	private Text seed;
	private Button launch;

	SchedulePage(Campaign draft, LocalDate today) {
		super("schedule"); //$NON-NLS-1$
		this.draft = draft;
		this.today = today;
		setTitle(Messages.SchedulePage_title);
		setDescription(Messages.SchedulePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		name = MixPage.field(page, Messages.SchedulePage_name);
		name.setText(Messages.SchedulePage_defaultName);
		start = MixPage.field(page, Messages.SchedulePage_start);
		start.setText(today.toString());
		end = MixPage.field(page, Messages.SchedulePage_end);
		end.setText(today.plusDays(DEFAULT_DAYS).toString());
		MixPage.label(page, Messages.SchedulePage_attribution);
		attribution = new Spinner(page, SWT.BORDER);
		attribution.setValues(DEFAULT_DAYS, 0, 365, 0, 1, 10);
		budget = MixPage.field(page, Messages.SchedulePage_budget);
		MixPage.label(page, Messages.SchedulePage_controlShare);
		controlShare = new Spinner(page, SWT.BORDER);
		controlShare.setValues(10, 0, 50, 0, 1, 5);
		seed = MixPage.field(page, Messages.SchedulePage_seed);
		seed.setText(Long.toString(System.currentTimeMillis() % 1_000_000L));
		launch = new Button(page, SWT.CHECK);
		launch.setText(Messages.SchedulePage_launch);
		launch.setSelection(true);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(launch);
		for (Text text : new Text[] { name, start, end, budget, seed }) {
			text.addListener(SWT.Modify, event -> validate());
		}
		setControl(page);
		validate();
	}

	/** Sets the control-group share in percent and the seed, as a user typing does. */
	public void setControlGroup(int percent, long drawSeed) {
		controlShare.setSelection(percent);
		seed.setText(Long.toString(drawSeed));
	}

	/** Copies name, schedule, budget and control group into the draft campaign. */
	void apply() {
		draft.setName(name.getText().trim());
		draft.setStartDate(LocalDate.parse(start.getText().trim()));
		draft.setEndDate(LocalDate.parse(end.getText().trim()));
		draft.setAttributionDays(attribution.getSelection());
		BigDecimal amount = Format.parse(GoalMetric.REVENUE, budget.getText());
		draft.setBudget(amount);
		draft.setCost(amount);
		draft.setControlGroupShare(BigDecimal.valueOf(controlShare.getSelection(), 2));
		draft.setControlSeed(Long.parseLong(seed.getText().trim()));
		draft.setStatus(launch.getSelection() ? CampaignStatus.RUNNING : CampaignStatus.DRAFT);
	}

	/** A summary of the schedule for the review page. */
	String summary() {
		return String.join("\n", name.getText(), //$NON-NLS-1$
				start.getText() + " \u2013 " + end.getText(), //$NON-NLS-1$
				Messages.SchedulePage_budget + ' ' + budget.getText(),
				Messages.SchedulePage_controlShare + ' ' + controlShare.getSelection() + " %"); //$NON-NLS-1$
	}

	private void validate() {
		String problem = null;
		try {
			LocalDate first = LocalDate.parse(start.getText().trim());
			LocalDate last = LocalDate.parse(end.getText().trim());
			if (last.isBefore(first)) {
				problem = Messages.SchedulePage_endBeforeStart;
			}
		} catch (DateTimeParseException e) {
			problem = Messages.SchedulePage_badDate;
		}
		if (problem == null && name.getText().isBlank()) {
			problem = Messages.SchedulePage_noName;
		}
		if (problem == null && !budget.getText().isBlank()
				&& Format.parse(GoalMetric.REVENUE, budget.getText()) == null) {
			problem = Messages.SchedulePage_badBudget;
		}
		if (problem == null && !seed.getText().trim().matches("-?\\d{1,18}")) { //$NON-NLS-1$
			problem = Messages.SchedulePage_badSeed;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
