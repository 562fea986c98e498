package org.travelcrm.core;

import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.model.impl.BookingImpl;

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
		customers = new Table<>(agency.getCustomers(), CrmPackage.Literals.CUSTOMER__EXTERNAL_ID,
				customer -> customer.getExternalId().hashCode());
		bookings = new Table<>(agency.getBookings(), CrmPackage.Literals.BOOKING__EXTERNAL_ID,
				AgencyIndex::idHash);
		products = new Table<>(agency.getProducts(), CrmPackage.Literals.TRAVEL_PRODUCT__CODE,
				product -> product.getCode().hashCode());
	}

	/** The hash of a booking's id; bookings of this model compute it without building the id. */
	private static int idHash(Booking booking) {
		return booking instanceof BookingImpl impl ? impl.externalIdHash()
				: booking.getExternalId().hashCode();
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
	 * {@code NumberedIds}): keeping them as keys would give back the memory that packing saved,
	 * and their hashes are computed from the digits, so that a build creates no strings.
	 */
	private static final class Table<T extends EObject> {

		private final List<T> objects;
		private final EAttribute id;
		private final ToIntFunction<T> hash;
		private Object[] slots;
		private int[] hashes;
		private int shift;

		/**
		 * @param id the attribute holding the id; {@code null} is its default
		 * @param hash the {@link String#hashCode()} of an object's id, which is never null
		 */
		Table(List<T> objects, EAttribute id, ToIntFunction<T> hash) {
			this.objects = objects;
			this.id = id;
			this.hash = hash;
		}

		synchronized T get(String key) {
			if (key == null) {
				return null;
			}
			if (slots == null) {
				build();
			}
			int keyHash = key.hashCode();
			int mask = slots.length - 1;
			for (int i = home(keyHash, shift); slots[i] != null; i = i + 1 & mask) {
				if (hashes[i] == keyHash) {
					T candidate = objectAt(slots, i);
					String found = idOf(candidate);
					if (key.equals(found)) {
						return candidate;
					}
					if (found == null || found.hashCode() != keyHash) {
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
			int tableShift = Integer.numberOfLeadingZeros(mask);
			for (T object : objects) {
				if (!object.eIsSet(id)) {
					continue;
				}
				int objectHash = hash.applyAsInt(object);
				int i = home(objectHash, tableShift);
				while (table[i] != null && !(tableHashes[i] == objectHash
						&& idOf(object).equals(idOf(objectAt(table, i))))) {
					i = i + 1 & mask;
				}
				// The first of several objects with one id wins; validation reports the rest.
				if (table[i] == null) {
					table[i] = object;
					tableHashes[i] = objectHash;
				}
			}
			slots = table;
			hashes = tableHashes;
			shift = tableShift;
		}

		private String idOf(T object) {
			return (String) object.eGet(id);
		}

		@SuppressWarnings("unchecked")
		private T objectAt(Object[] table, int i) {
			return (T) table[i];
		}

		/**
		 * The first slot to probe: the top bits of the hash times 2<sup>32</sup>/&phi;. Ids such
		 * as B0000001, B0000002 have hashes in runs, which would fill neighbouring slots and
		 * make probes long; the multiplication scatters them over the table.
		 */
		private static int home(int hash, int shift) {
			return hash * 0x9E3779B9 >>> shift;
		}
	}
}
