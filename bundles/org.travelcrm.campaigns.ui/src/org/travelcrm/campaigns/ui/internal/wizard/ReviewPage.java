package org.travelcrm.campaigns.ui.internal.wizard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.campaigns.ui.internal.Format;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.Segment;

/** What Finish will add: the target, the mix, the KPIs and the schedule, read-only. */
@SuppressWarnings("nls")
public class ReviewPage extends WizardPage {

	private final NewCampaignWizard wizard;
	private Text review;

	ReviewPage(NewCampaignWizard wizard) {
		super("review"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.ReviewPage_title);
		setDescription(Messages.ReviewPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		review = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(review);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			review.setText(summary());
		}
		super.setVisible(visible);
	}

	private String summary() {
		Campaign draft = wizard.getDraft();
		wizard.getMixPage().apply();
		Segment segment = wizard.getSegmentPage().segment();
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.ReviewPage_segment, segment == null ? "" : segment.getName(),
				wizard.getSegmentPage().memberCount())).append("\n\n"); //$NON-NLS-1$
		text.append(NLS.bind(Messages.ReviewPage_offer, draft.getOffer(),
				Format.percent(draft.getDiscount()))).append('\n');
		text.append(NLS.bind(Messages.ReviewPage_channels, String.join(", ", //$NON-NLS-1$
				draft.getChannels()))).append('\n');
		text.append(draft.getPromotionMessage()).append("\n\n"); //$NON-NLS-1$
		for (CampaignKpi kpi : draft.getKpis()) {
			text.append(Format.metricName(kpi.getMetric())).append(' ')
					.append(Format.directionName(kpi.getDirection())).append(' ')
					.append(Format.metric(kpi.getMetric(), kpi.getTargetValue())).append('\n');
		}
		text.append('\n').append(wizard.getSchedulePage().summary()).append("\n\n"); //$NON-NLS-1$
		text.append(Messages.ReviewPage_finish);
		return text.toString();
	}
}
