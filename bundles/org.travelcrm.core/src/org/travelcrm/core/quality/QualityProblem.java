package org.travelcrm.core.quality;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/**
 * One problem the data-quality check found.
 *
 * @param kind what sort of problem
 * @param severity {@link org.eclipse.emf.common.util.Diagnostic#ERROR} or
 *            {@link org.eclipse.emf.common.util.Diagnostic#WARNING}
 * @param message what is wrong and what to do, in the user's language
 * @param objects the objects concerned, for selecting them in an editor
 * @param quickFix the fix the product offers, or {@code null} where there is none
 */
public record QualityProblem(Kind kind, int severity, String message, List<EObject> objects,
		QuickFix quickFix) {

	/** The sorts of problems. */
	public enum Kind {
		/** A rule of the model is broken (see ModelRules). */
		VALIDATION,
		/** Customers that appear to be one. */
		DUPLICATE_CUSTOMERS,
		/** A customer with neither phone, email nor address. */
		MISSING_CONTACT,
		/** A booking that belongs to no customer. */
		BOOKING_WITHOUT_CUSTOMER
	}

	/** A fix for a problem, as a command the user can undo. */
	public interface QuickFix {

		/** What the fix does, in the user's language. */
		String label();

		/** A new command that applies the fix to the model as it is now. */
		Command createCommand();
	}
}
