package org.travelcrm.campaigns.ui.internal.wizard;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.campaigns.CampaignCommands;
import org.travelcrm.core.campaigns.ControlGroupDraw;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.core.segments.SegmentEvaluator;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Plans a campaign (step 4 of the cycle): target segment, 4P mix, KPIs, budget and schedule
 * with an optional control group, and a review. Finish freezes the members, draws the control
 * group and adds the campaign (with a newly defined segment) in one undoable command.
 */
public class NewCampaignWizard extends Wizard {

	private final OpenAgency agency;
	private final AnalysisContext context;
	private final Campaign draft = CrmFactory.eINSTANCE.createCampaign();
	private SegmentPage segmentPage;
	private MixPage mixPage;
	private KpiPage kpiPage;
	private SchedulePage schedulePage;
	private ReviewPage reviewPage;
	private Campaign added;

	public NewCampaignWizard(OpenAgency agency) {
		this.agency = agency;
		this.context = AnalysisContext.of(agency.getAgency());
		setWindowTitle(Messages.NewCampaignWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		segmentPage = new SegmentPage(agency.getAgency(), context);
		mixPage = new MixPage(agency.getAgency(), draft);
		kpiPage = new KpiPage(draft);
		schedulePage = new SchedulePage(draft, context.asOf());
		reviewPage = new ReviewPage(this);
		addPage(segmentPage);
		addPage(mixPage);
		addPage(kpiPage);
		addPage(schedulePage);
		addPage(reviewPage);
	}

	/** The campaign being planned, not in the agency yet. */
	public Campaign getDraft() {
		return draft;
	}

	public SegmentPage getSegmentPage() {
		return segmentPage;
	}

	public MixPage getMixPage() {
		return mixPage;
	}

	public KpiPage getKpiPage() {
		return kpiPage;
	}

	public SchedulePage getSchedulePage() {
		return schedulePage;
	}

	/** The campaign added on finish, or {@code null}. */
	public Campaign getAddedCampaign() {
		return added;
	}

	@Override
	public boolean performFinish() {
		Segment segment = segmentPage.segment();
		if (segment == null) {
			return false;
		}
		mixPage.apply();
		schedulePage.apply();
		draft.setSegment(segment);
		try {
			getContainer().run(false, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor,
						Messages.NewCampaignWizard_freezing, 2);
				MemberSnapshot members = new SegmentEvaluator(context, Map.of())
						.freeze(segment, progress.split(1));
				List<Customer> control = ControlGroupDraw.draw(members.getMembers(),
						draft.getControlGroupShare(), draft.getControlSeed());
				draft.setMembers(members);
				draft.getControlGroup().addAll(control);
				progress.split(1);
			});
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error(e.getCause().getMessage(), e.getCause());
			MessageDialog.openError(getShell(), Messages.NewCampaignWizard_title,
					e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		Segment newSegment = segmentPage.isNewSegment() ? segment : null;
		Command command = CampaignCommands.add(agency.getEditingDomain(), agency.getAgency(),
				draft, newSegment);
		if (!AgencyEditing.execute(agency.getEditingDomain(), command)) {
			MessageDialog.openError(getShell(), Messages.NewCampaignWizard_title,
					Messages.NewCampaignWizard_cannotAdd);
			return false;
		}
		this.added = draft;
		return true;
	}
}
