package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.edit.AgencyEditing;
import org.travelcrm.customers.ui.internal.CustomerMembership;
import org.travelcrm.customers.ui.internal.explorer.AgencyExplorerView;
import org.travelcrm.customers.ui.internal.explorer.CustomerDropAdapter;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.CriterionOperator;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;
import org.travelcrm.model.SegmentCriterion;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Customers dropped on a static segment or a running or planned campaign become its members
 * in one undoable command; drops on a segment defined by criteria, a completed campaign, or
 * of another agency's customers are refused, and the explorer shows no drop for them.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CustomerDropTest {

	private static final CrmFactory MAKE = CrmFactory.eINSTANCE;

	private OpenAgency agency;
	private Customer first;
	private Customer second;
	private Customer third;
	private Segment chosen;
	private Segment empty;
	private Segment byRule;
	private Campaign planned;
	private Campaign completed;
	private Customer stranger;

	@BeforeEach
	void openAgencies() {
		Agency model = MAKE.createAgency();
		model.setName("Drops");
		first = customer(model, "C1");
		second = customer(model, "C2");
		third = customer(model, "C3");
		chosen = segment(model, "Chosen");
		MemberSnapshot members = MAKE.createMemberSnapshot();
		members.getMembers().add(first);
		chosen.getSnapshots().add(members);
		empty = segment(model, "Empty");
		byRule = segment(model, "Key customers");
		SegmentCriterion criterion = MAKE.createSegmentCriterion();
		criterion.setProperty("tier");
		criterion.setOperator(CriterionOperator.IN);
		criterion.getValues().add("KEY");
		byRule.getCriteria().add(criterion);
		planned = campaign(model, "Spring", CampaignStatus.DRAFT);
		completed = campaign(model, "Winter", CampaignStatus.COMPLETED);
		agency = OpenAgencies.getDefault().open(model, null, OpenAgency.Origin.NEW);

		Agency other = MAKE.createAgency();
		other.setName("Elsewhere");
		stranger = customer(other, "C1");
		OpenAgencies.getDefault().open(other, null, OpenAgency.Origin.NEW);
		Workbench.processEvents();
	}

	@AfterEach
	void closeAgencies() {
		LocalSelectionTransfer.getTransfer().setSelection(null);
		Workbench.closeAll();
	}

	@Test
	void droppingOnAStaticSegmentAddsTheNewMembersInOneUndoableCommand() {
		Command command = CustomerMembership.add(agency.getEditingDomain(), chosen,
				List.of(first, second, third));

		assertTrue(AgencyEditing.execute(agency.getEditingDomain(), command),
				"The command should run.");
		assertEquals(List.of(first, second, third), members(chosen),
				"The two new customers should join the member who was there.");
		agency.getCommandStack().undo();
		assertEquals(List.of(first), members(chosen), "One undo should take both back.");
		assertFalse(agency.getCommandStack().canUndo(), "It should have been one command.");
	}

	@Test
	void aSegmentOrCampaignWithoutMembersGetsASnapshotOfThem() {
		AgencyEditing.execute(agency.getEditingDomain(),
				CustomerMembership.add(agency.getEditingDomain(), empty, List.of(second)));
		AgencyEditing.execute(agency.getEditingDomain(),
				CustomerMembership.add(agency.getEditingDomain(), planned, List.of(third, first)));

		assertEquals(List.of(second), members(empty), "The empty segment gets its member.");
		assertEquals(List.of(third, first), planned.getMembers().getMembers(),
				"The campaign should target the dropped customers, in their order.");
		agency.getCommandStack().undo();
		assertNull(planned.getMembers(), "Undo should take the campaign's targets away again.");
	}

	@Test
	void dropsThatMakeNoSenseAreRefused() {
		Booking booking = MAKE.createBooking();
		assertRefused(byRule, List.of(second), "a segment defined by criteria");
		assertRefused(completed, List.of(second), "a completed campaign");
		assertRefused(chosen, List.of(stranger), "another agency's customer");
		assertRefused(chosen, List.of(second, stranger), "a selection with a stranger");
		assertRefused(chosen, List.of(first), "a customer who is a member already");
		assertRefused(chosen, List.of(second, booking), "a selection that is not all customers");
		assertRefused(first, List.of(second), "a customer");
		assertRefused(chosen, List.of(), "nothing");
	}

	@Test
	void theExplorerShowsADropOnlyWhereItMakesSenseAndAddsOnDrop() throws PartInitException {
		AgencyExplorerView explorer = (AgencyExplorerView) Workbench.page()
				.showView(WorkbenchIds.VIEW_AGENCY_EXPLORER);
		CustomerDropAdapter drops = explorer.getDropAdapter();
		TransferData local = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
		TransferData text = TextTransfer.getInstance().getSupportedTypes()[0];
		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(
				List.of(second, third)));

		assertTrue(drops.validateDrop(chosen, DND.DROP_COPY, local),
				"Customers can be dropped on a static segment.");
		assertTrue(drops.validateDrop(planned, DND.DROP_LINK, local),
				"Customers can be dropped on a planned campaign.");
		assertFalse(drops.validateDrop(byRule, DND.DROP_COPY, local),
				"A segment defined by criteria takes no drop.");
		assertFalse(drops.validateDrop(completed, DND.DROP_COPY, local),
				"A completed campaign takes no drop.");
		assertFalse(drops.validateDrop(agency, DND.DROP_COPY, local),
				"An agency takes no drop.");
		assertFalse(drops.validateDrop(chosen, DND.DROP_COPY, text),
				"Text is not customers.");

		assertTrue(drops.drop(chosen), "The drop should add the customers.");
		assertEquals(List.of(first, second, third), members(chosen),
				"The dropped customers should be members now.");
		assertFalse(drops.validateDrop(chosen, DND.DROP_COPY, local),
				"Dropping the same customers again makes no sense.");

		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(stranger));
		assertFalse(drops.validateDrop(planned, DND.DROP_COPY, local),
				"Another agency's customer cannot be dropped here.");
		assertFalse(drops.drop(planned), "A refused drop changes nothing.");
		assertNull(planned.getMembers(), "The campaign should still have no targets.");
	}

	private void assertRefused(Object target, List<?> dragged, String what) {
		assertTrue(CustomerMembership.newMembers(target, dragged).isEmpty(),
				"Dropping " + what + " should add nobody.");
		assertNull(CustomerMembership.add(agency.getEditingDomain(), target, dragged),
				"Dropping " + what + " should have no command.");
	}

	private static List<Customer> members(Segment segment) {
		List<MemberSnapshot> snapshots = segment.getSnapshots();
		return snapshots.get(snapshots.size() - 1).getMembers();
	}

	private static Customer customer(Agency agency, String id) {
		Customer customer = MAKE.createIndividualTourist();
		customer.setExternalId(id);
		customer.setName("Customer " + id);
		agency.getCustomers().add(customer);
		return customer;
	}

	private static Segment segment(Agency agency, String name) {
		Segment segment = MAKE.createSegment();
		segment.setName(name);
		agency.getSegments().add(segment);
		return segment;
	}

	private static Campaign campaign(Agency agency, String name, CampaignStatus status) {
		Campaign campaign = MAKE.createCampaign();
		campaign.setName(name);
		campaign.setStatus(status);
		agency.getCampaigns().add(campaign);
		return campaign;
	}
}
