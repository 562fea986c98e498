package org.travelcrm.campaigns.ui.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.travelcrm.campaigns.ui.AgencyTracker;
import org.travelcrm.model.Campaign;
import org.travelcrm.ui.agency.OpenAgency;

/** The campaigns of the agency with status, members and whether they are evaluated. */
public class CampaignsView extends ViewPart {

	private AgencyTracker tracker;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.CampaignsView_name, 180, campaign -> campaign.getName());
		column(Messages.CampaignsView_status, 90,
				campaign -> CampaignLabels.status(campaign.getStatus()));
		column(Messages.CampaignsView_members, 80, campaign -> campaign.getMembers() == null
				? "" : Integer.toString(campaign.getMembers().getMembers().size())); //$NON-NLS-1$
		column(Messages.CampaignsView_evaluated, 90, campaign -> campaign.getEvaluation() == null
				? "" : Format.date(campaign.getEvaluation().getEvaluatedOn())); //$NON-NLS-1$
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Campaign campaign
					&& tracker.current() != null) {
				CampaignActions.openEditor(tracker.current(), campaign);
			}
		});
		getSite().setSelectionProvider(viewer);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		tracker = new AgencyTracker(this::refresh);
		refresh();
	}

	/** The campaigns shown, for tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		OpenAgency agency = tracker.current();
		viewer.setInput(agency == null ? List.of() : List.copyOf(agency.getAgency().getCampaigns()));
		setContentDescription(agency == null ? Messages.Actions_noAgency : agency.getLabel());
	}

	private void column(String heading, int width,
			java.util.function.Function<Campaign, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(heading);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Campaign) element);
			}
		});
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(new Action(Messages.CampaignsView_new) {
			@Override
			public void run() {
				WizardDialog dialog = CampaignActions.newCampaignDialog(getSite().getShell(),
						tracker.current());
				if (dialog != null) {
					dialog.open();
				}
			}
		});
		toolbar.add(new Action(Messages.CampaignsView_evaluate) {
			@Override
			public void run() {
				Object selected = viewer.getStructuredSelection().getFirstElement();
				WizardDialog dialog = CampaignActions.evaluationDialog(getSite().getShell(),
						tracker.current(), selected instanceof Campaign c ? c : null);
				if (dialog != null) {
					dialog.open();
				}
			}
		});
	}
}
