package org.travelcrm.core.internal.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Customer;
import org.travelcrm.model.values.StorableText;

/**
 * The last check before an agency is written: no text in it may hold a character that an
 * agency file cannot keep. Nothing is written when one does.
 */
final class UnstorableText {

	private UnstorableText() {
	}

	static void check(Agency agency, String location) throws StoreException {
		check(agency, agency, location);
		for (Iterator<EObject> all = agency.eAllContents(); all.hasNext();) {
			check(all.next(), agency, location);
		}
	}

	private static void check(EObject object, Agency agency, String location)
			throws StoreException {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isTransient() || attribute.isDerived()
					|| attribute.getEAttributeType().getInstanceClass() != String.class) {
				continue;
			}
			for (Object value : values(object, attribute)) {
				String text = (String) value;
				Optional<Integer> bad = StorableText.firstUnstorable(text);
				if (bad.isPresent()) {
					Object[] where = { describe(object), attribute.getName(),
							StorableText.describe(text, bad.get()), bad.get() + 1 };
					throw new StoreException(NLS.bind(Messages.UnstorableText_refused, where),
							location, null);
				}
			}
		}
	}

	private static List<?> values(EObject object, EAttribute attribute) {
		if (attribute.isMany() && !object.eIsSet(attribute)) {
			// Asking for an empty list would create it.
			return List.of();
		}
		Object value = object.eGet(attribute);
		if (attribute.isMany()) {
			return (List<?>) value;
		}
		return value == null ? List.of() : List.of(value);
	}

	private static String describe(EObject object) {
		if (object instanceof Customer customer) {
			return NLS.bind(Messages.UnstorableText_customer, customer.getExternalId());
		}
		if (object instanceof Booking booking) {
			return NLS.bind(Messages.UnstorableText_booking, booking.getExternalId());
		}
		return object.eClass().getName();
	}
}
