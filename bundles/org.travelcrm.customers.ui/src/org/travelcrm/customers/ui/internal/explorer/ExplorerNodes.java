package org.travelcrm.customers.ui.internal.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.travelcrm.model.Agency;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.ui.agency.OpenAgency;

/** The nodes the explorer adds between an agency and its objects. */
final class ExplorerNodes {

	/** Folders with more objects than this show them in ranges. */
	static final int RANGE_SIZE = 500;

	/** The kinds of folder under an agency, in the order shown. */
	enum Kind {
		INDIVIDUALS, ORGANIZATIONS, PRODUCTS, BOOKINGS, GOALS, SEGMENTS, CAMPAIGNS, SNAPSHOTS
	}

	/** One folder of an agency. */
	record Folder(OpenAgency agency, Kind kind) {

		/** How many objects the folder holds, counted without collecting them. */
		int count() {
			List<? extends EObject> customers = agency.getAgency().getCustomers();
			return switch (kind) {
				case INDIVIDUALS -> count(customers, IndividualTourist.class);
				case ORGANIZATIONS -> count(customers, Organization.class);
				default -> objects().size();
			};
		}

		private static int count(List<? extends EObject> objects, Class<?> type) {
			int count = 0;
			for (EObject object : objects) {
				count += type.isInstance(object) ? 1 : 0;
			}
			return count;
		}

		/** The objects in the folder, in the agency's order. */
		List<? extends EObject> objects() {
			Agency model = agency.getAgency();
			return switch (kind) {
				case INDIVIDUALS -> model.getCustomers().stream()
						.filter(IndividualTourist.class::isInstance).toList();
				case ORGANIZATIONS -> model.getCustomers().stream()
						.filter(Organization.class::isInstance).toList();
				case PRODUCTS -> model.getProducts();
				case BOOKINGS -> model.getBookings();
				case GOALS -> model.getGoals();
				case SEGMENTS -> model.getSegments();
				case CAMPAIGNS -> model.getCampaigns();
				case SNAPSHOTS -> model.getSnapshots();
			};
		}
	}

	/** Objects {@code from} (inclusive) to {@code to} (exclusive) of a large folder. */
	record Range(Folder folder, int from, int to) {

		List<? extends EObject> objects() {
			List<? extends EObject> all = folder.objects();
			return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
		}
	}

	private ExplorerNodes() {
	}
}
