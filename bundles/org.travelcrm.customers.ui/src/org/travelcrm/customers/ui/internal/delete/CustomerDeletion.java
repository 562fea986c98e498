package org.travelcrm.customers.ui.internal.delete;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Survey;

/**
 * Deleting customers as one undoable command. Their interactions go with them, and so do their
 * surveys, except surveys about bookings that move. Their bookings, which are the agency's sales
 * history, go only by an explicit choice: deleted too, or moved to another customer. Every
 * reference to what is deleted is removed (snapshots, control groups, contact persons,
 * employers).
 */
public final class CustomerDeletion {

	/** What happens to the bookings of deleted customers. */
	public enum Bookings {
		/** They are deleted with their customer. */
		DELETE,
		/** They, and the surveys about them, move to another customer. */
		MOVE
	}

	private CustomerDeletion() {
	}

	/** Whether any of the customers has bookings, so that the user must choose. */
	public static boolean haveBookings(Collection<? extends Customer> customers) {
		return customers.stream().anyMatch(customer -> !customer.getBookings().isEmpty());
	}

	/**
	 * The command that deletes the customers.
	 *
	 * @param target the customer bookings move to, with {@link Bookings#MOVE}; not one of those
	 *               deleted
	 */
	public static Command create(EditingDomain domain, Collection<? extends Customer> customers,
			Bookings bookings, Customer target) {
		if (bookings == Bookings.MOVE && (target == null || customers.contains(target))) {
			throw new IllegalArgumentException(
					"bookings move to a customer that stays"); //$NON-NLS-1$
		}
		CompoundCommand command = new CompoundCommand(Messages.CustomerDeletion_label);
		List<EObject> doomed = new ArrayList<>(customers);
		for (Customer customer : customers) {
			Set<Booking> moved = new HashSet<>();
			for (Booking booking : customer.getBookings()) {
				if (bookings == Bookings.MOVE) {
					command.append(SetCommand.create(domain, booking,
							CrmPackage.Literals.BOOKING__CUSTOMER, target));
					moved.add(booking);
				} else {
					doomed.add(booking);
				}
			}
			for (Survey survey : customer.getSurveys()) {
				if (survey.getBooking() != null && moved.contains(survey.getBooking())) {
					command.append(SetCommand.create(domain, survey,
							CrmPackage.Literals.SURVEY__CUSTOMER, target));
				} else {
					doomed.add(survey);
				}
			}
			doomed.addAll(customer.getInteractions());
		}
		command.append(AgencyEditing.delete(domain, doomed));
		return command;
	}
}
