package org.travelcrm.campaigns.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;
import org.travelcrm.core.campaigns.CampaignEvaluator;
import org.travelcrm.core.campaigns.CampaignResult;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.AgencyPartSupport;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * A campaign: its status (changed through a command), members and control group, and the
 * responses as they come in, measured from the bookings on every change of the agency.
 */
public class CampaignEditor extends EditorPart implements ISaveablesSource {

	private AgencyPartSupport support;
	private OpenAgency agency;
	private Campaign campaign;
	private Combo status;
	private Label figures;
	private Table responses;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AgencyEditorInput agencyInput)
				|| !(agencyInput.getSubject() instanceof Campaign subject)) {
			throw new PartInitException(NLS.bind(Messages.CampaignEditor_wrongInput, input));
		}
		setSite(site);
		setInput(input);
		agency = agencyInput.getAgency();
		campaign = subject;
		support = new AgencyPartSupport(agency);
		setPartName(campaign.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.CampaignsView_status);
		status = new Combo(page, SWT.READ_ONLY);
		for (CampaignStatus each : CampaignStatus.values()) {
			status.add(CampaignLabels.status(each));
		}
		status.addListener(SWT.Selection, event -> AgencyEditing.execute(
				agency.getEditingDomain(), SetCommand.create(agency.getEditingDomain(), campaign,
						CrmPackage.Literals.CAMPAIGN__STATUS,
						CampaignStatus.get(status.getSelectionIndex()))));
		figures = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(figures);
		responses = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		responses.setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(responses);
		for (String heading : new String[] { Messages.CampaignEditor_customer,
			Messages.CampaignEditor_booked, Messages.CampaignEditor_amount }) {
			TableColumn column = new TableColumn(responses, SWT.LEFT);
			column.setText(heading);
			column.setWidth(180);
		}
		support.install(getEditorSite().getActionBars(), this::refresh);
		refresh();
	}

	/** The figures shown, for tests. */
	public String getFigures() {
		return figures.getText();
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
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public boolean isDirty() {
		return support.isDirty();
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
	public void setFocus() {
		status.setFocus();
	}

	@Override
	public void dispose() {
		if (support != null && campaign.eContainer() == null) {
			support.disposeKeepingChanges();
		} else if (support != null) {
			support.dispose();
		}
		super.dispose();
	}

	private void refresh() {
		if (status.isDisposed()) {
			return;
		}
		if (campaign.eContainer() == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(campaign.getName());
		firePropertyChange(PROP_DIRTY);
		status.select(campaign.getStatus().getValue());
		responses.removeAll();
		if (campaign.getMembers() == null || campaign.getStartDate() == null
				|| campaign.getEndDate() == null) {
			figures.setText(Messages.CampaignEditor_notPlanned);
			return;
		}
		CampaignResult result = CampaignEvaluator.evaluate(campaign);
		figures.setText(NLS.bind(Messages.CampaignEditor_figures, new Object[] {
			campaign.getMembers().getMembers().size(), result.controlMembers(),
			result.targetResponders(), Format.percent(result.targetConversion()),
			Format.percent(result.lift()), Format.amount(result.revenue()),
			result.roi() == null ? Messages.CampaignEditor_noCost : Format.percent(result.roi()) }));
		for (Booking booking : result.responses()) {
			new TableItem(responses, SWT.NONE).setText(new String[] {
				booking.getCustomer() == null ? "" : booking.getCustomer().getName(), //$NON-NLS-1$
				Format.date(booking.getBookedDate()), Format.amount(booking.getAmount()) });
		}
		figures.getParent().layout(true, true);
	}
}
