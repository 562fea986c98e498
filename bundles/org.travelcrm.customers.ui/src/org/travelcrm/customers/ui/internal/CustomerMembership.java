package org.travelcrm.customers.ui.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;

/**
 * Adding customers to a static segment's members or to a campaign's target customers, as
 * dropping them on it does: which additions make sense, and the one undoable command that
 * makes them.
 * <p>
 * A static segment is one without criteria; its members are its latest snapshot. A segment
 * defined by criteria computes its members, a completed or evaluated campaign is over, and
 * customers of another agency cannot be members: adding to those is refused, as is adding
 * anything but customers, or only customers who are members already.
 */
public final class CustomerMembership {

	private static final CrmPackage MODEL = CrmPackage.eINSTANCE;

	private CustomerMembership() {
	}

	/**
	 * The dragged customers a segment or campaign would gain, in their order; empty when the
	 * addition makes no sense.
	 */
	public static List<Customer> newMembers(Object target, List<?> dragged) {
		MemberSnapshot members;
		if (target instanceof Segment segment && segment.getCriteria().isEmpty()) {
			members = latest(segment);
		} else if (target instanceof Campaign campaign
				&& campaign.getStatus() != CampaignStatus.COMPLETED
				&& campaign.getEvaluation() == null) {
			members = campaign.getMembers();
		} else {
			return List.of();
		}
		EObject agency = ((EObject) target).eContainer();
		if (!(agency instanceof Agency) || dragged.isEmpty()) {
			return List.of();
		}
		Set<Customer> added = new LinkedHashSet<>();
		for (Object each : dragged) {
			if (!(each instanceof Customer customer) || customer.eContainer() != agency) {
				return List.of();
			}
			added.add(customer);
		}
		if (members != null) {
			added.removeAll(Set.copyOf(members.getMembers()));
		}
		return List.copyOf(added);
	}

	/**
	 * The command adding the dragged customers to a segment or campaign, or {@code null} when
	 * the addition makes no sense. A segment or campaign without members yet gets a snapshot of
	 * them.
	 */
	public static Command add(EditingDomain domain, Object target, List<?> dragged) {
		List<Customer> added = newMembers(target, dragged);
		if (added.isEmpty()) {
			return null;
		}
		String label;
		Command change;
		if (target instanceof Segment segment) {
			label = NLS.bind(Messages.CustomerMembership_addToSegment, added.size(),
					segment.getName());
			MemberSnapshot latest = latest(segment);
			change = latest != null
					? AddCommand.create(domain, latest, MODEL.getMemberSnapshot_Members(), added)
					: AddCommand.create(domain, segment, MODEL.getSegment_Snapshots(),
							snapshot(added));
		} else {
			Campaign campaign = (Campaign) target;
			label = NLS.bind(Messages.CustomerMembership_addToCampaign, added.size(),
					campaign.getName());
			change = campaign.getMembers() != null
					? AddCommand.create(domain, campaign.getMembers(),
							MODEL.getMemberSnapshot_Members(), added)
					: SetCommand.create(domain, campaign, MODEL.getCampaign_Members(),
							snapshot(added));
		}
		CompoundCommand command = new CompoundCommand(label);
		command.append(change);
		return command;
	}

	/** The members of a static segment: its latest snapshot, or {@code null}. */
	private static MemberSnapshot latest(Segment segment) {
		List<MemberSnapshot> snapshots = segment.getSnapshots();
		return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
	}

	private static MemberSnapshot snapshot(List<Customer> customers) {
		MemberSnapshot snapshot = CrmFactory.eINSTANCE.createMemberSnapshot();
		snapshot.setTakenAt(Instant.now());
		snapshot.getMembers().addAll(customers);
		return snapshot;
	}
}
