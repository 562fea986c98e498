package org.travelcrm.core.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.quality.QualityProblem.Kind;
import org.travelcrm.core.quality.QualityProblem.QuickFix;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;
import org.travelcrm.model.validation.ModelRules;

/**
 * Lists what is wrong with an agency's data: broken model rules, duplicate customers (with a
 * merge as quick fix), customers the agency cannot contact, and bookings without a customer.
 * <p>
 * Walk-in customers (tagged {@code walk-in}) are anonymous by design and are not reported for
 * missing contact data.
 */
public final class DataQualityCheck {

	private static final String WALK_IN = "walk-in";

	private DataQualityCheck() {
	}

	/** Runs every check; cancellable through the monitor. */
	public static List<QualityProblem> run(Agency agency, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Check_taskName, 3);
		List<QualityProblem> problems = new ArrayList<>();
		validate(agency, problems);
		progress.split(1);
		duplicates(agency, problems);
		progress.split(1);
		missingContacts(agency, problems, progress.split(1));
		return problems;
	}

	private static void validate(Agency agency, List<QualityProblem> problems) {
		Diagnostic result = Diagnostician.INSTANCE.validate(agency);
		for (Diagnostic diagnostic : result.getChildren()) {
			List<EObject> objects = new ArrayList<>();
			for (Object data : diagnostic.getData()) {
				if (data instanceof EObject object) {
					objects.add(object);
				}
			}
			boolean noCustomer = ModelRules.SOURCE.equals(diagnostic.getSource())
					&& diagnostic.getCode() == ModelRules.BOOKING_WITHOUT_CUSTOMER;
			problems.add(new QualityProblem(noCustomer ? Kind.BOOKING_WITHOUT_CUSTOMER
					: Kind.VALIDATION, diagnostic.getSeverity(), diagnostic.getMessage(),
					List.copyOf(objects), null));
		}
	}

	private static void duplicates(Agency agency, List<QualityProblem> problems) {
		for (DuplicateGroup group : DuplicateFinder.find(agency.getCustomers())) {
			Customer survivor = group.customers().stream()
					.max(Comparator.comparingInt((Customer c) -> c.getBookings().size()))
					.orElseThrow();
			String message = NLS.bind(Messages.Check_duplicates, group.customers().size(),
					group.explanation());
			problems.add(new QualityProblem(Kind.DUPLICATE_CUSTOMERS, Diagnostic.WARNING,
					message, List.copyOf(group.customers()), new MergeFix(survivor, group)));
		}
	}

	private static void missingContacts(Agency agency, List<QualityProblem> problems,
			IProgressMonitor monitor) {
		int checked = 0;
		for (Customer customer : agency.getCustomers()) {
			if ((++checked & 0xFFFF) == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (isBlank(customer.getPhone()) && isBlank(customer.getEmail())
					&& isBlank(customer.getAddress()) && !customer.getTags().contains(WALK_IN)) {
				problems.add(new QualityProblem(Kind.MISSING_CONTACT, Diagnostic.WARNING,
						NLS.bind(Messages.Check_missingContact, DuplicateGroup.label(customer)),
						List.of(customer), null));
			}
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Merges a duplicate group into the customer with the most bookings. */
	private record MergeFix(Customer survivor, DuplicateGroup group) implements QuickFix {

		@Override
		public String label() {
			return NLS.bind(Messages.Check_mergeFix, DuplicateGroup.label(survivor));
		}

		@Override
		public Command createCommand() {
			List<Customer> others = group.customers().stream().filter(c -> c != survivor)
					.toList();
			Map<EAttribute, Object> choices = CustomerMerge.defaultChoices(survivor, others);
			return CustomerMerge.create(survivor, others, choices);
		}
	}
}
