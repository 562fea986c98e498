package org.travelcrm.core.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.imports.Drafts.BookingDraft;
import org.travelcrm.core.imports.Drafts.CustomerDraft;
import org.travelcrm.core.imports.Drafts.ProductDraft;
import org.travelcrm.core.imports.PlannedChange.Type;
import org.travelcrm.core.quality.CustomerMerge;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage.Literals;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.model.values.ModelValues;

/**
 * The drafts of a file compared with an agency: what is new, what changes, what stays.
 * <p>
 * Computed twice: for the preview only counted and listed, and when the import is applied with
 * the new objects built, detached, and the updates of existing objects listed for the command
 * to make. The agency itself is only read here. A value the file leaves empty never erases a
 * value the agency has.
 */
final class AgencyChanges {

	/** A change of one feature of an object already in the agency. */
	record Update(EObject object, EStructuralFeature feature, Object value) {
	}

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;
	private static final String WALK_IN = "walk-in";

	final int[] created = new int[Type.values().length];
	final int[] updated = new int[Type.values().length];
	final int[] unchanged = new int[Type.values().length];
	final List<PlannedChange> changes = new ArrayList<>();
	final List<TravelProduct> newProducts = new ArrayList<>();
	final List<Customer> newCustomers = new ArrayList<>();
	final List<Booking> newBookings = new ArrayList<>();
	final List<Update> updates = new ArrayList<>();

	private final boolean build;
	private final ImportProfile profile;
	private final AgencyIndex index;
	private final Map<String, TravelProduct> products = new HashMap<>();
	private final Map<String, Customer> customers = new HashMap<>();
	private final Agency agency;
	private Map<String, Customer> aliases;

	private AgencyChanges(Agency agency, ImportProfile profile, boolean build) {
		this.agency = agency;
		this.index = AgencyIndex.of(agency);
		this.profile = profile;
		this.build = build;
	}

	static AgencyChanges compute(Agency agency, PlanBuilder drafts, ImportProfile profile,
			boolean build) {
		AgencyChanges changes = new AgencyChanges(agency, profile, build);
		for (ProductDraft product : drafts.products.values()) {
			changes.product(product);
		}
		for (CustomerDraft customer : drafts.customers.values()) {
			changes.customer(customer);
		}
		for (BookingDraft booking : drafts.bookingDrafts.values()) {
			changes.booking(booking);
		}
		return changes;
	}

	private void product(ProductDraft draft) {
		TravelProduct existing = index.product(draft.code);
		if (existing == null) {
			created(Type.PRODUCT, draft.code, 0);
			if (build) {
				TravelProduct product = FACTORY.createTravelProduct();
				product.setCode(draft.code);
				product.setName(draft.name);
				product.setKind(profile.getProductKind());
				newProducts.add(product);
				products.put(draft.code, product);
			}
			return;
		}
		products.put(draft.code, existing);
		List<String> features = new ArrayList<>();
		change(existing, Literals.TRAVEL_PRODUCT__NAME, draft.name, features);
		counted(Type.PRODUCT, draft.code, features, 0);
	}

	private void customer(CustomerDraft draft) {
		Customer existing = index.customer(draft.id);
		if (existing == null) {
			existing = aliased(draft.id);
		}
		if (existing == null) {
			created(Type.CUSTOMER, draft.id, draft.line);
			if (build) {
				Customer customer = draft.organization ? FACTORY.createOrganization()
						: FACTORY.createIndividualTourist();
				customer.setExternalId(draft.id);
				customer.setName(draft.name);
				customer.setPhone(draft.phone);
				customer.setEmail(draft.email);
				customer.setAddress(draft.address);
				customer.setCity(draft.city);
				customer.setCountry(draft.country);
				customer.setCreatedDate(draft.firstBooked);
				if (draft.walkIn) {
					customer.setAcquisitionChannel(WALK_IN);
					customer.getTags().add(WALK_IN);
				}
				if (customer instanceof IndividualTourist tourist) {
					tourist.setBirthDate(draft.birthDate);
				}
				newCustomers.add(customer);
				customers.put(draft.id, customer);
			}
			return;
		}
		customers.put(draft.id, existing);
		List<String> features = new ArrayList<>();
		change(existing, Literals.CUSTOMER__NAME, draft.name, features);
		change(existing, Literals.CUSTOMER__PHONE, draft.phone, features);
		change(existing, Literals.CUSTOMER__EMAIL, draft.email, features);
		change(existing, Literals.CUSTOMER__ADDRESS, draft.address, features);
		change(existing, Literals.CUSTOMER__CITY, draft.city, features);
		change(existing, Literals.CUSTOMER__COUNTRY, draft.country, features);
		if (existing instanceof IndividualTourist) {
			change(existing, Literals.INDIVIDUAL_TOURIST__BIRTH_DATE, draft.birthDate, features);
		}
		counted(Type.CUSTOMER, draft.id, features, draft.line);
	}

	/**
	 * The customer another customer with this id was merged into, or {@code null}. The map of
	 * merged ids is built once, when the first id is not found.
	 */
	private Customer aliased(String id) {
		if (aliases == null) {
			aliases = new HashMap<>();
			for (Customer customer : agency.getCustomers()) {
				for (String tag : customer.getTags()) {
					if (tag.startsWith(CustomerMerge.ALIAS_TAG_PREFIX)) {
						aliases.putIfAbsent(tag.substring(CustomerMerge.ALIAS_TAG_PREFIX.length()),
								customer);
					}
				}
			}
		}
		return aliases.get(id);
	}

	private void booking(BookingDraft draft) {
		Booking existing = index.booking(draft.id);
		BookingStatus status = draft.cancelled ? BookingStatus.CANCELLED
				: profile.getBookingStatus();
		if (existing == null) {
			created(Type.BOOKING, draft.id, draft.firstLine);
			if (build) {
				newBookings.add(newBooking(draft, status));
			}
			return;
		}
		List<String> features = new ArrayList<>();
		Customer customer = customers.get(draft.customerId);
		if (customer == null) {
			// Only while counting: the customer is new and not built.
			if (!build) {
				features.add(Literals.BOOKING__CUSTOMER.getName());
			}
		} else {
			change(existing, Literals.BOOKING__CUSTOMER, customer, features);
		}
		change(existing, Literals.BOOKING__BOOKED_DATE, draft.bookedDate, features);
		change(existing, Literals.BOOKING__DEPARTURE_DATE, draft.departureDate, features);
		change(existing, Literals.BOOKING__RETURN_DATE, draft.returnDate, features);
		change(existing, Literals.BOOKING__TRAVELLERS, draft.travellers, features);
		change(existing, Literals.BOOKING__AMOUNT, ModelValues.money(draft.amount), features);
		change(existing, Literals.BOOKING__COST, ModelValues.money(draft.cost), features);
		change(existing, Literals.BOOKING__STATUS, status, features);
		change(existing, Literals.BOOKING__SALES_CHANNEL, draft.salesChannel, features);
		List<String> codes = new ArrayList<>();
		if (existing.getProduct() != null) {
			codes.add(existing.getProduct().getCode());
		}
		existing.getExtraProducts().forEach(p -> codes.add(p.getCode()));
		if (!draft.productCodes.isEmpty() && !codes.equals(draft.productCodes)) {
			features.add(Literals.BOOKING__PRODUCT.getName());
			if (build) {
				List<TravelProduct> products = productsOf(draft);
				updates.add(new Update(existing, Literals.BOOKING__PRODUCT,
						products.isEmpty() ? null : products.get(0)));
				updates.add(new Update(existing, Literals.BOOKING__EXTRA_PRODUCTS,
						products.isEmpty() ? List.of() : products.subList(1, products.size())));
			}
		}
		counted(Type.BOOKING, draft.id, features, draft.firstLine);
	}

	private Booking newBooking(BookingDraft draft, BookingStatus status) {
		Booking booking = FACTORY.createBooking();
		booking.setExternalId(draft.id);
		booking.setBookedDate(draft.bookedDate);
		booking.setDepartureDate(draft.departureDate);
		booking.setReturnDate(draft.returnDate);
		if (draft.travellers != null) {
			booking.setTravellers(draft.travellers);
		}
		booking.setAmount(ModelValues.money(draft.amount));
		booking.setCost(ModelValues.money(draft.cost));
		booking.setStatus(status);
		booking.setSalesChannel(draft.salesChannel);
		List<TravelProduct> products = productsOf(draft);
		if (!products.isEmpty()) {
			booking.setProduct(products.get(0));
			booking.getExtraProducts().addAll(products.subList(1, products.size()));
		}
		Customer customer = customers.get(draft.customerId);
		if (customer != null && customer.eContainer() == null) {
			booking.setCustomer(customer);
		} else if (customer != null) {
			// Setting it now would change the existing customer before the command runs.
			updates.add(new Update(booking, Literals.BOOKING__CUSTOMER, customer));
		}
		return booking;
	}

	private List<TravelProduct> productsOf(BookingDraft draft) {
		List<TravelProduct> list = new ArrayList<>(draft.productCodes.size());
		for (String code : draft.productCodes) {
			TravelProduct product = products.get(code);
			if (product != null) {
				list.add(product);
			}
		}
		return list;
	}

	/** Lists an update when the file has a value and the object another one. */
	private void change(EObject object, EStructuralFeature feature, Object value,
			List<String> features) {
		if (value == null || same(object.eGet(feature), value)) {
			return;
		}
		features.add(feature.getName());
		if (build) {
			updates.add(new Update(object, feature, value));
		}
	}

	private static boolean same(Object current, Object value) {
		if (current instanceof BigDecimal a && value instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		if (current instanceof LocalDate a && value instanceof LocalDate b) {
			return a.isEqual(b);
		}
		return Objects.equals(current, value);
	}

	private void created(Type type, String id, int line) {
		created[type.ordinal()]++;
		if (!build) {
			changes.add(new PlannedChange(type, id, true, List.of(), line));
		}
	}

	private void counted(Type type, String id, List<String> features, int line) {
		if (features.isEmpty()) {
			unchanged[type.ordinal()]++;
		} else {
			updated[type.ordinal()]++;
			if (!build) {
				changes.add(new PlannedChange(type, id, false, List.copyOf(features), line));
			}
		}
	}
}
