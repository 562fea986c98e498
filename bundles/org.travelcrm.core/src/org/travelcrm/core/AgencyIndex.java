package org.travelcrm.core;

import java.util.List;
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

	/**
	 * One id map, built on demand from the list it indexes. It holds the objects only, in an
	 * open-addressed table with the hash of each id beside it, and asks an object for its id
	 * when the hashes agree. Booking ids are rebuilt from packed digits on every read (see
	 * {@code NumberedIds}), so keeping them as keys would give back the memory that packing saved.
	 */
	private static final class Table<T> {

		private final List<T> objects;
		private final Function<T, String> id;
		private Object[] slots;
		private int[] hashes;

		Table(List<T> objects, Function<T, String> id) {
			this.objects = objects;
			this.id = id;
		}

		synchronized T get(String key) {
			if (key == null) {
				return null;
			}
			if (slots == null) {
				build();
			}
			int hash = key.hashCode();
			int mask = slots.length - 1;
			for (int i = spread(hash) & mask; slots[i] != null; i = i + 1 & mask) {
				if (hashes[i] == hash) {
					T candidate = objectAt(slots, i);
					String found = id.apply(candidate);
					if (key.equals(found)) {
						return candidate;
					}
					if (found == null || found.hashCode() != hash) {
						// Its id changed after the build: never answer the old id, and find
						// the object under its new one from now on.
						build();
						return get(key);
					}
				}
			}
			return null;
		}

		synchronized void clear() {
			slots = null;
			hashes = null;
		}

		private void build() {
			// At most half full, so that a miss ends after a few probes.
			int capacity = Integer.highestOneBit(Math.max(8, objects.size()) * 2 - 1) << 1;
			Object[] table = new Object[capacity];
			int[] tableHashes = new int[capacity];
			int mask = capacity - 1;
			for (T object : objects) {
				String key = id.apply(object);
				if (key == null) {
					continue;
				}
				int hash = key.hashCode();
				int i = spread(hash) & mask;
				while (table[i] != null && !(tableHashes[i] == hash
						&& key.equals(id.apply(objectAt(table, i))))) {
					i = i + 1 & mask;
				}
				// The first of several objects with one id wins; validation reports the rest.
				if (table[i] == null) {
					table[i] = object;
					tableHashes[i] = hash;
				}
			}
			slots = table;
			hashes = tableHashes;
		}

		@SuppressWarnings("unchecked")
		private T objectAt(Object[] table, int i) {
			return (T) table[i];
		}

		private static int spread(int hash) {
			return hash ^ hash >>> 16;
		}
	}
}
