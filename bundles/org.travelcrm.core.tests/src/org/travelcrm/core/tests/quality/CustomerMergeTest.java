package org.travelcrm.core.tests.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.core.quality.CustomerMerge;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.ContactPerson;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage.Literals;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Interaction;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Organization;
import org.travelcrm.model.Segment;
import org.travelcrm.model.Survey;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Merging customers is one undoable command: the survivor takes the chosen field values, every
 * reference to a merged customer moves to the survivor, the merged customers leave the agency,
 * undo restores everything, and a later import of a merged id updates the survivor.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CustomerMergeTest {

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	private final Agency agency = FACTORY.createAgency();
	private final IndividualTourist survivor = person("C1", "Wang Wei", null);
	private final IndividualTourist duplicate = person("C2", "WANG WEI", "13800138000");
	private final Organization employer = organization("O1");
	private final Booking booking = FACTORY.createBooking();
	private final Survey survey = FACTORY.createSurvey();
	private final Interaction interaction = FACTORY.createInteraction();
	private final ContactPerson contact = FACTORY.createContactPerson();
	private final MemberSnapshot snapshot = FACTORY.createMemberSnapshot();
	private final Campaign campaign = FACTORY.createCampaign();

	CustomerMergeTest() {
		booking.setExternalId("B1");
		booking.setCustomer(duplicate);
		agency.getBookings().add(booking);
		survey.setCustomer(duplicate);
		agency.getSurveys().add(survey);
		interaction.setCustomer(duplicate);
		agency.getInteractions().add(interaction);
		duplicate.setEmployer(employer);
		contact.setPerson(duplicate);
		employer.getContactPersons().add(contact);
		Segment segment = FACTORY.createSegment();
		snapshot.getMembers().addAll(List.of(survivor, duplicate));
		segment.getSnapshots().add(snapshot);
		agency.getSegments().add(segment);
		campaign.getControlGroup().add(duplicate);
		agency.getCampaigns().add(campaign);
		duplicate.getTags().add("vip");
	}

	@Test
	void movesEveryReferenceToTheSurvivor() {
		execute(merge());

		assertEquals(List.of(survivor, employer), List.copyOf(agency.getCustomers()),
				"The duplicate has left the agency.");
		assertSame(survivor, booking.getCustomer(), "The booking moved.");
		assertSame(survivor, survey.getCustomer(), "The survey moved.");
		assertSame(survivor, interaction.getCustomer(), "The interaction moved.");
		assertSame(employer, survivor.getEmployer(), "The survivor took the employer.");
		assertEquals(List.of(survivor), List.copyOf(employer.getEmployees()),
				"The employer lists the survivor only.");
		assertSame(survivor, contact.getPerson(), "The contact person stands for the survivor.");
		assertEquals(List.of(survivor), List.copyOf(snapshot.getMembers()),
				"The snapshot holds the survivor once.");
		assertEquals(List.of(survivor), List.copyOf(campaign.getControlGroup()),
				"The control group holds the survivor.");
		assertEquals("13800138000", survivor.getPhone(), "The chosen phone is the duplicate's.");
		assertEquals("Wang Wei", survivor.getName(), "The chosen name is the survivor's.");
		assertTrue(survivor.getTags().containsAll(List.of("vip", "merged-id:C2")),
				"The tags are joined and the merged id is kept: " + survivor.getTags());
	}

	@Test
	void undoRestoresEverything() {
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(merge());

		stack.undo();

		assertEquals(List.of(survivor, duplicate, employer), List.copyOf(agency.getCustomers()),
				"The duplicate is back in its place.");
		assertSame(duplicate, booking.getCustomer(), "The booking is the duplicate's again.");
		assertSame(employer, duplicate.getEmployer(), "The duplicate has its employer again.");
		assertEquals(null, survivor.getEmployer(), "The survivor has no employer again.");
		assertSame(duplicate, contact.getPerson(), "The contact is the duplicate again.");
		assertEquals(List.of(survivor, duplicate), List.copyOf(snapshot.getMembers()),
				"The snapshot is as it was.");
		assertEquals(null, survivor.getPhone(), "The survivor's phone is as it was.");
		assertEquals(List.of(), List.copyOf(survivor.getTags()),
				"The survivor's tags are as they were.");
	}

	@Test
	void usesTheValuesTheUserChose() {
		Map<EAttribute, Object> choices = CustomerMerge.defaultChoices(survivor,
				List.of(duplicate));
		choices.put(Literals.CUSTOMER__NAME, "WANG WEI");

		execute(CustomerMerge.create(survivor, List.of(duplicate), choices));

		assertEquals("WANG WEI", survivor.getName(), "The chosen name wins.");
	}

	@Test
	void refusesToMergeAPersonIntoAnOrganisation() {
		assertThrows(IllegalArgumentException.class,
				() -> CustomerMerge.create(employer, List.of(duplicate), Map.of()),
				"Customers of different kinds cannot be merged.");
	}

	@Test
	void aLaterImportOfTheMergedIdUpdatesTheSurvivor() throws IOException {
		execute(merge());
		ImportProfile profile = ImportProfile.guess(List.of("CustomerID", "Name", "Email"));

		ImportPlan plan = new Importer(profile).plan(agency, "again.csv",
				"CustomerID,Name,Email\nC2,WANG WEI,wang@example.cn\n"
						.getBytes(StandardCharsets.UTF_8), new NullProgressMonitor());
		execute(plan.createCommand());

		assertEquals(0, plan.customers().created(), "C2 is not created again.");
		assertEquals("wang@example.cn", survivor.getEmail(), "The survivor gets the email.");
		assertEquals(null, AgencyIndex.of(agency).customer("C2"), "There is still no C2.");
	}

	private Command merge() {
		return CustomerMerge.create(survivor, List.of(duplicate),
				CustomerMerge.defaultChoices(survivor, List.of(duplicate)));
	}

	private static void execute(Command command) {
		assertTrue(command.canExecute(), "The command can run.");
		command.execute();
	}

	private IndividualTourist person(String id, String name, String phone) {
		IndividualTourist person = FACTORY.createIndividualTourist();
		person.setExternalId(id);
		person.setName(name);
		person.setPhone(phone);
		agency.getCustomers().add(person);
		return person;
	}

	private Organization organization(String id) {
		Organization organization = FACTORY.createOrganization();
		organization.setExternalId(id);
		organization.setName("Blue Sky Trading");
		agency.getCustomers().add(organization);
		return organization;
	}

	/**
	 * Organisations whose contact persons are not customers themselves must not stop a merge
	 * (a look-up of such a contact's person once failed on null).
	 */
	@Test
	void mergesInAnAgencyWithContactsThatAreNoCustomers() {
		Agency demo = DemoAgency.create(new NullProgressMonitor());
		IndividualTourist original = (IndividualTourist) demo.getCustomers().stream()
				.filter(IndividualTourist.class::isInstance).findFirst().orElseThrow();
		IndividualTourist twin = CrmFactory.eINSTANCE.createIndividualTourist();
		twin.setExternalId("TWIN-1");
		twin.setName(original.getName().toUpperCase());
		demo.getCustomers().add(twin);
		BasicCommandStack stack = new BasicCommandStack();

		stack.execute(CustomerMerge.create(original, List.of(twin),
				CustomerMerge.defaultChoices(original, List.of(twin))));

		assertFalse(demo.getCustomers().contains(twin), "The twin should be merged away.");
		stack.undo();
		assertTrue(demo.getCustomers().contains(twin), "Undo should bring the twin back.");
	}
}
