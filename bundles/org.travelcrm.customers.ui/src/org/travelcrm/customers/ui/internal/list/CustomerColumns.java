package org.travelcrm.customers.ui.internal.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.PurchaseSummary;
import org.travelcrm.customers.ui.CustomerColumnProvider;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Organization;

/**
 * The columns of the customer list: key fields of the customer, the purchase figures computed
 * from its bookings, and the columns other bundles contribute through the extension point
 * {@value #EXTENSION_POINT} (value tier, loyalty class, RFM segment from the analyses).
 */
public final class CustomerColumns {

	/** Where analyses contribute computed columns. */
	public static final String EXTENSION_POINT =
			"org.travelcrm.customers.ui.customerColumns"; //$NON-NLS-1$

	public static final String NAME = "name"; //$NON-NLS-1$
	public static final String KIND = "kind"; //$NON-NLS-1$
	public static final String EXTERNAL_ID = "externalId"; //$NON-NLS-1$
	public static final String PURCHASES = "purchases"; //$NON-NLS-1$
	public static final String LAST_PURCHASE = "lastPurchase"; //$NON-NLS-1$
	public static final String CONTRIBUTION = "contribution"; //$NON-NLS-1$

	private static final CrmPackage MODEL = CrmPackage.eINSTANCE;
	private static final int DEFAULT_WIDTH = 100;

	private Agency agency;
	private Map<Customer, PurchaseSummary> purchases;
	private final List<CustomerColumn> columns = new ArrayList<>();
	private final List<CustomerColumn> searched = new ArrayList<>();
	private final List<CustomerColumnProvider> providers = new ArrayList<>();

	/** The built-in columns and, when {@code contributed}, those of the extension point. */
	public CustomerColumns(boolean contributed) {
		addBuiltIns();
		if (contributed) {
			readContributions();
		}
	}

	public List<CustomerColumn> all() {
		return List.copyOf(columns);
	}

	/** The columns whose values are classes that the list can be restricted to. */
	public List<CustomerColumn> classes() {
		return columns.stream().filter(CustomerColumn::classes).toList();
	}

	/** The columns that filter-as-you-type searches. */
	public List<CustomerColumn> searched() {
		return List.copyOf(searched);
	}

	/** The providers of contributed columns, to prepare when the agency changed. */
	public List<CustomerColumnProvider> providers() {
		return List.copyOf(providers);
	}

	public CustomerColumn byId(String id) {
		for (CustomerColumn column : columns) {
			if (column.id().equals(id)) {
				return column;
			}
		}
		return null;
	}

	/** The agency whose bookings the purchase columns sum up. */
	public void setAgency(Agency agency) {
		this.agency = agency;
		purchases = null;
	}

	/** Forgets the purchase figures; they are computed again when asked for. */
	public void bookingsChanged() {
		purchases = null;
	}

	private PurchaseSummary summary(Customer customer) {
		if (purchases == null) {
			purchases = agency == null ? Map.of() : PurchaseSummary.ofAll(agency);
		}
		return purchases.getOrDefault(customer, PurchaseSummary.NONE);
	}

	private void addBuiltIns() {
		text(EXTERNAL_ID, Messages.Column_externalId, 90, Customer::getExternalId,
				true).code().add(MODEL.getCustomer_ExternalId());
		text(NAME, Messages.Column_name, 170, Customer::getName, true).add(
				MODEL.getCustomer_Name());
		text(KIND, Messages.Column_kind, 90,
				customer -> customer instanceof Organization ? Messages.Kind_organization
						: Messages.Kind_individual, false).classes().add(null);
		text("phone", Messages.Column_phone, 120, Customer::getPhone, true) //$NON-NLS-1$
				.code().add(MODEL.getCustomer_Phone());
		text("email", Messages.Column_email, 190, Customer::getEmail, true).add( //$NON-NLS-1$
				MODEL.getCustomer_Email());
		text("city", Messages.Column_city, 90, Customer::getCity, true).add( //$NON-NLS-1$
				MODEL.getCustomer_City());
		text("country", Messages.Column_country, 80, Customer::getCountry, false).add( //$NON-NLS-1$
				MODEL.getCustomer_Country());
		text("channel", Messages.Column_channel, 100, Customer::getAcquisitionChannel, //$NON-NLS-1$
				false).add(MODEL.getCustomer_AcquisitionChannel());
		columns.add(new CustomerColumn("created", Messages.Column_created, //$NON-NLS-1$
				CustomerColumn.Kind.DATE, 90, Customer::getCreatedDate, null));
		columns.add(new CustomerColumn(PURCHASES, Messages.Column_purchases,
				CustomerColumn.Kind.NUMBER, 80, customer -> summary(customer).purchases(), null));
		columns.add(new CustomerColumn(LAST_PURCHASE, Messages.Column_lastPurchase,
				CustomerColumn.Kind.DATE, 100, customer -> summary(customer).lastPurchase(),
				null));
		columns.add(new CustomerColumn(CONTRIBUTION, Messages.Column_contribution,
				CustomerColumn.Kind.NUMBER, 110, customer -> summary(customer).contribution(),
				null));
	}

	private ColumnBuilder text(String id, String label, int width,
			Function<Customer, Object> value, boolean search) {
		return new ColumnBuilder(id, label, width, value, search);
	}

	/** Finishes a text column with the attribute it edits in place. */
	private final class ColumnBuilder {

		private final String id;
		private final String label;
		private final int width;
		private final Function<Customer, Object> value;
		private final boolean search;
		private CustomerColumn.Kind kind = CustomerColumn.Kind.TEXT;
		private boolean classes;

		ColumnBuilder(String id, String label, int width,
				Function<Customer, Object> value, boolean search) {
			this.id = id;
			this.label = label;
			this.width = width;
			this.value = value;
			this.search = search;
		}

		/** Makes the column one of codes, sorted in natural order rather than collated. */
		ColumnBuilder code() {
			kind = CustomerColumn.Kind.CODE;
			return this;
		}

		/** Makes the column one of classes that the list can be restricted to. */
		ColumnBuilder classes() {
			classes = true;
			return this;
		}

		void add(EAttribute editable) {
			CustomerColumn column = new CustomerColumn(id, label, kind, width, value, editable,
					classes);
			columns.add(column);
			if (search) {
				searched.add(column);
			}
		}
	}

	private void readContributions() {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String label = element.getAttribute("label"); //$NON-NLS-1$
			if (id == null || label == null || byId(id) != null) {
				ILog.of(CustomerColumns.class).warn(NLS.bind(Messages.Columns_badContribution,
						contributor, id));
				continue;
			}
			try {
				CustomerColumnProvider provider = (CustomerColumnProvider) element
						.createExecutableExtension("class"); //$NON-NLS-1$
				providers.add(provider);
				columns.add(new CustomerColumn(id, label, CustomerColumn.Kind.TEXT,
						width(element.getAttribute("width")), provider::value, null, //$NON-NLS-1$
						Boolean.parseBoolean(element.getAttribute("classes")))); //$NON-NLS-1$
			} catch (CoreException | ClassCastException e) {
				ILog.of(CustomerColumns.class).error(NLS.bind(Messages.Columns_badContribution,
						contributor, id), e);
			}
		}
	}

	private static int width(String text) {
		try {
			return text == null ? DEFAULT_WIDTH : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return DEFAULT_WIDTH;
		}
	}
}
