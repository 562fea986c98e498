package org.travelcrm.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.TravelProduct;

/**
 * Finds an agency's customers, bookings and products by their external ids without scanning.
 * <p>
 * There is one index per agency ({@link #of(Agency)}), attached to the agency as an adapter. It
 * is built on first use in one pass and dropped whenever one of the agency's lists changes, so
 * that the next look-up rebuilds it. An object whose id was changed after the index was built
 * is not found under its old id: every look-up checks that the object found still has the id.
 * Code that changes an id outside an editing command calls {@link #invalidate()}.
 */
public final class AgencyIndex extends AdapterImpl {

	private final Table<Customer> customers;
	private final Table<Booking> bookings;
	private final Table<TravelProduct> products;

	private AgencyIndex(Agency agency) {
		customers = new Table<>(agency.getCustomers(), Customer::getExternalId);
		bookings = new Table<>(agency.getBookings(), Booking::getExternalId);
		products = new Table<>(agency.getProducts(), TravelProduct::getCode);
	}

	/** The index of an agency, created and attached on first use. */
	public static AgencyIndex of(Agency agency) {
		for (Adapter adapter : agency.eAdapters()) {
			if (adapter instanceof AgencyIndex index) {
				return index;
			}
		}
		AgencyIndex index = new AgencyIndex(agency);
		agency.eAdapters().add(index);
		return index;
	}

	/** The customer with this external id, or {@code null}. */
	public Customer customer(String externalId) {
		return customers.get(externalId);
	}

	/** The booking with this external id, or {@code null}. */
	public Booking booking(String externalId) {
		return bookings.get(externalId);
	}

	/** The product with this code, or {@code null}. */
	public TravelProduct product(String code) {
		return products.get(code);
	}

	/** Forgets everything; the next look-up rebuilds what it needs. */
	public void invalidate() {
		customers.clear();
		bookings.clear();
		products.clear();
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == AgencyIndex.class;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		Object feature = notification.getFeature();
		if (feature == CrmPackage.Literals.AGENCY__CUSTOMERS) {
			customers.clear();
		} else if (feature == CrmPackage.Literals.AGENCY__BOOKINGS) {
			bookings.clear();
		} else if (feature == CrmPackage.Literals.AGENCY__PRODUCTS) {
			products.clear();
		}
	}

	/** One id map, built on demand from the list it indexes. */
	private static final class Table<T> {

		private final List<T> objects;
		private final Function<T, String> id;
		private Map<String, T> map;

		Table(List<T> objects, Function<T, String> id) {
			this.objects = objects;
			this.id = id;
		}

		synchronized T get(String key) {
			if (key == null) {
				return null;
			}
			if (map == null) {
				build();
			}
			T found = map.get(key);
			if (found != null && !key.equals(id.apply(found))) {
				build();
				found = map.get(key);
			}
			return found;
		}

		synchronized void clear() {
			map = null;
		}

		private void build() {
			map = new HashMap<>(Math.max(16, objects.size() * 4 / 3 + 1));
			for (T object : objects) {
				String key = id.apply(object);
				if (key != null) {
					// The first of several objects with one id wins; validation reports the rest.
					map.putIfAbsent(key, object);
				}
			}
		}
	}
}
