package org.travelcrm.core.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.internal.commands.RecordingCommand;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.ContactPerson;
import org.travelcrm.model.CrmPackage.Literals;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Interaction;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Organization;
import org.travelcrm.model.Segment;
import org.travelcrm.model.Survey;

/**
 * Merges duplicate customers into one survivor, as one undoable command.
 * <p>
 * The survivor takes the value the user chose for each field ({@link #defaultChoices} suggests
 * the survivor's own value where it has one, else the first other's), the union of all tags,
 * and an {@value #ALIAS_TAG_PREFIX} tag for each merged external id, so that a later import of
 * a file with the old id updates the survivor instead of creating the customer again. Every
 * reference to a merged customer moves to the survivor: bookings, surveys, interactions,
 * employer and employees, contact persons and the people they stand for, segment snapshot
 * and campaign members and control groups. The merged customers then leave the agency.
 */
public final class CustomerMerge {

	/** Tag prefix that keeps the external id of a customer merged into another. */
	public static final String ALIAS_TAG_PREFIX = "merged-id:";

	private CustomerMerge() {
	}

	/** The single-valued attributes whose value the user chooses when merging. */
	public static List<EAttribute> choosableAttributes(EClass type) {
		List<EAttribute> attributes = new ArrayList<>();
		for (EAttribute attribute : type.getEAllAttributes()) {
			if (!attribute.isMany() && attribute.isChangeable() && !attribute.isDerived()) {
				attributes.add(attribute);
			}
		}
		return attributes;
	}

	/** For each choosable attribute, the survivor's value if it has one, else the first other's. */
	public static Map<EAttribute, Object> defaultChoices(Customer survivor,
			List<? extends Customer> others) {
		Map<EAttribute, Object> choices = new LinkedHashMap<>();
		for (EAttribute attribute : choosableAttributes(survivor.eClass())) {
			Object value = survivor.eGet(attribute);
			for (Customer other : others) {
				if (!isEmpty(value)) {
					break;
				}
				value = other.eGet(attribute);
			}
			choices.put(attribute, value);
		}
		return choices;
	}

	/**
	 * The command that merges customers.
	 *
	 * @param survivor the customer that stays
	 * @param others the customers merged into it, of the survivor's kind
	 * @param choices a value for any choosable attribute; attributes left out keep the
	 *            survivor's value
	 * @throws IllegalArgumentException when a customer is of another kind or agency
	 */
	public static Command create(Customer survivor, List<? extends Customer> others,
			Map<EAttribute, Object> choices) {
		Agency agency = survivor.getAgency();
		for (Customer other : others) {
			if (other == survivor || other.eClass() != survivor.eClass()
					|| other.getAgency() != agency) {
				throw new IllegalArgumentException(NLS.bind(Messages.Merge_notMergeable,
						DuplicateGroup.label(other), DuplicateGroup.label(survivor)));
			}
		}
		String label = NLS.bind(Messages.Merge_commandLabel, others.size() + 1,
				DuplicateGroup.label(survivor));
		return new MergeCommand(label, agency, survivor, List.copyOf(others),
				new LinkedHashMap<>(choices));
	}

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof String text && text.isBlank();
	}

	private static final class MergeCommand extends RecordingCommand {

		private final Agency agency;
		private final Customer survivor;
		private final List<Customer> others;
		private final Map<EAttribute, Object> choices;

		MergeCommand(String label, Agency agency, Customer survivor, List<Customer> others,
				Map<EAttribute, Object> choices) {
			super(label, label);
			this.agency = agency;
			this.survivor = survivor;
			this.others = others;
			this.choices = choices;
		}

		@Override
		protected void record(Recorder recorder) {
			choices.forEach((attribute, value) -> recorder.set(survivor, attribute, value));
			recorder.set(survivor, Literals.CUSTOMER__TAGS, mergedTags());
			for (Customer other : others) {
				moveReferences(recorder, other);
			}
			replaceInMemberLists(recorder);
			for (Customer other : others) {
				recorder.remove(agency.getCustomers(), other);
			}
		}

		@Override
		protected Collection<?> affectedObjects() {
			return List.of(survivor);
		}

		private List<String> mergedTags() {
			Set<String> tags = new LinkedHashSet<>(survivor.getTags());
			for (Customer other : others) {
				tags.addAll(other.getTags());
				if (other.getExternalId() != null && !other.getExternalId().isBlank()) {
					tags.add(ALIAS_TAG_PREFIX + other.getExternalId());
				}
			}
			return new ArrayList<>(tags);
		}

		private void moveReferences(Recorder recorder, Customer other) {
			for (Booking booking : List.copyOf(other.getBookings())) {
				recorder.set(booking, Literals.BOOKING__CUSTOMER, survivor);
			}
			for (Survey survey : List.copyOf(other.getSurveys())) {
				recorder.set(survey, Literals.SURVEY__CUSTOMER, survivor);
			}
			for (Interaction interaction : List.copyOf(other.getInteractions())) {
				recorder.set(interaction, Literals.INTERACTION__CUSTOMER, survivor);
			}
			if (other instanceof IndividualTourist person) {
				IndividualTourist kept = (IndividualTourist) survivor;
				if (kept.getEmployer() == null && person.getEmployer() != null) {
					recorder.set(kept, Literals.INDIVIDUAL_TOURIST__EMPLOYER,
							person.getEmployer());
				}
				recorder.set(person, Literals.INDIVIDUAL_TOURIST__EMPLOYER, null);
			}
			if (other instanceof Organization organization) {
				Organization kept = (Organization) survivor;
				for (IndividualTourist employee : List.copyOf(organization.getEmployees())) {
					recorder.set(employee, Literals.INDIVIDUAL_TOURIST__EMPLOYER, kept);
				}
				if (!organization.getContactPersons().isEmpty()) {
					List<ContactPerson> moved = new ArrayList<>(kept.getContactPersons());
					moved.addAll(organization.getContactPersons());
					// Emptied first, so that undo puts the contacts back where they were.
					recorder.set(organization, Literals.ORGANIZATION__CONTACT_PERSONS, List.of());
					recorder.set(kept, Literals.ORGANIZATION__CONTACT_PERSONS, moved);
				}
			}
		}

		/**
		 * Replaces merged customers in the lists that refer to customers without an opposite:
		 * contact persons, segment snapshots, campaign members and control groups. These lists
		 * are visited once per merge, not once per customer.
		 */
		private void replaceInMemberLists(Recorder recorder) {
			// An identity set: contact persons without a linked customer ask for null.
			Set<Customer> merged = Collections.newSetFromMap(new IdentityHashMap<>());
			merged.addAll(others);
			for (Customer customer : agency.getCustomers()) {
				if (customer instanceof Organization organization) {
					for (ContactPerson contact : organization.getContactPersons()) {
						if (merged.contains(contact.getPerson())) {
							recorder.set(contact, Literals.CONTACT_PERSON__PERSON, survivor);
						}
					}
				}
			}
			for (Segment segment : agency.getSegments()) {
				for (MemberSnapshot snapshot : segment.getSnapshots()) {
					replace(recorder, snapshot, Literals.MEMBER_SNAPSHOT__MEMBERS, merged);
				}
			}
			for (Campaign campaign : agency.getCampaigns()) {
				if (campaign.getMembers() != null) {
					replace(recorder, campaign.getMembers(), Literals.MEMBER_SNAPSHOT__MEMBERS,
							merged);
				}
				replace(recorder, campaign, Literals.CAMPAIGN__CONTROL_GROUP, merged);
			}
		}

		private void replace(Recorder recorder, EObject owner, EStructuralFeature feature,
				Set<Customer> merged) {
			@SuppressWarnings("unchecked")
			List<Customer> members = (List<Customer>) owner.eGet(feature);
			if (members.stream().noneMatch(merged::contains)) {
				return;
			}
			Set<Customer> replaced = new LinkedHashSet<>();
			for (Customer member : members) {
				replaced.add(merged.contains(member) ? survivor : member);
			}
			recorder.set(owner, feature, new ArrayList<>(replaced));
		}
	}
}
