package org.travelcrm.customers.ui.internal.form;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.agency.AgencyEditorInput;
import org.travelcrm.ui.agency.AgencyPartSupport;
import org.travelcrm.ui.agency.AgencySaving;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * One customer on several pages: the profile with its checks shown at the fields, bookings
 * (add, edit, cancel), surveys and complaints, interactions (log a call or a visit) and the
 * whole history. Organisations show their contact persons and employees, individuals their
 * employer. Every change is a command on the agency's editing domain.
 */
public class CustomerFormEditor extends MultiPageEditorPart implements ISaveablesSource {

	private AgencyPartSupport support;
	private OpenAgency agency;
	private Customer customer;
	private ProfilePage profile;
	private RecordPages records;
	private ClassificationPage classification;
	private boolean subjectDeleted;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AgencyEditorInput agencyInput)
				|| !(agencyInput.getSubject() instanceof Customer subject)) {
			throw new PartInitException(NLS.bind(Messages.Form_wrongInput, input));
		}
		super.init(site, input);
		agency = agencyInput.getAgency();
		customer = subject;
		support = new AgencyPartSupport(agency);
		setPartName(input.getName());
	}

	@Override
	protected void createPages() {
		profile = new ProfilePage(getContainer(), agency, customer);
		setPageText(addPage(profile.control()), Messages.Form_profilePage);
		records = new RecordPages(agency, customer, getSite().getShell());
		setPageText(addPage(records.createBookings(getContainer())), Messages.Form_bookingsPage);
		setPageText(addPage(records.createSurveys(getContainer())), Messages.Form_surveysPage);
		setPageText(addPage(records.createInteractions(getContainer())),
				Messages.Form_interactionsPage);
		setPageText(addPage(records.createHistory(getContainer())), Messages.Form_historyPage);
		classification = new ClassificationPage(getContainer(), agency, customer);
		setPageText(addPage(classification.control()), Messages.Form_classificationPage);
		classification.refresh();
		support.install(getEditorSite().getActionBars(), this::stackChanged);
		// The form is about one customer: that is what the Properties view shows.
		getSite().setSelectionProvider(new CustomerSelection(customer));
	}

	/** The customer shown. */
	public Customer getCustomer() {
		return customer;
	}

	/** The profile page, for tests. */
	public ProfilePage getProfile() {
		return profile;
	}

	/** The classification page, for tests. */
	public ClassificationPage getClassification() {
		return classification;
	}

	/** The bookings, surveys, interactions and history pages, for tests. */
	public RecordPages getRecords() {
		return records;
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
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(support.createPropertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (support != null && subjectDeleted) {
			support.disposeKeepingChanges();
		} else if (support != null) {
			support.dispose();
		}
		super.dispose();
	}

	private void stackChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (customer.getAgency() == null) {
			// The customer was deleted: its form has nothing left to show.
			subjectDeleted = true;
			getSite().getPage().closeEditor(this, false);
			return;
		}
		profile.refresh();
		records.refresh();
		classification.refresh();
		setPartName(getEditorInput().getName());
		firePropertyChange(PROP_DIRTY);
	}
}
