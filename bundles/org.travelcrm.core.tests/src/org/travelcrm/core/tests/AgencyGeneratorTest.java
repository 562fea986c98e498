package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.demo.AgencyGenerator;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.model.Agency;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The seeded generator is deterministic, produces valid agencies, and has everything the CRM
 * cycle needs: both kinds of customers, cancellations, surveys on both scales, goals and a
 * finished campaign.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AgencyGeneratorTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	@Test
	void theSameSeedGivesTheSameAgency() {
		Agency first = new AgencyGenerator(7).generate("A", 300, NO_PROGRESS);
		Agency second = new AgencyGenerator(7).generate("A", 300, NO_PROGRESS);

		assertTrue(EcoreUtil.equals(first, second), "Two runs with one seed should be equal.");
	}

	@Test
	void anotherSeedGivesAnotherAgency() {
		Agency first = new AgencyGenerator(7).generate("A", 300, NO_PROGRESS);
		Agency second = new AgencyGenerator(8).generate("A", 300, NO_PROGRESS);

		assertFalse(EcoreUtil.equals(first, second), "Different seeds should differ.");
	}

	@Test
	void theDemoAgencyIsValid() {
		Agency demo = DemoAgency.create(NO_PROGRESS);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(demo);

		assertEquals(Diagnostic.OK, diagnostic.getSeverity(),
				"The demo agency should pass validation: " + diagnostic.getChildren());
	}

	@Test
	void theDemoAgencyHasWhatTheCycleNeeds() {
		Agency demo = DemoAgency.create(NO_PROGRESS);

		assertEquals(DemoAgency.CUSTOMERS, demo.getCustomers().size(), "Customer count.");
		assertTrue(demo.getCustomers().stream().anyMatch(Organization.class::isInstance),
				"There should be organisations.");
		assertTrue(demo.getCustomers().stream().anyMatch(c -> c instanceof IndividualTourist p
				&& p.getEmployer() != null), "Some individuals should work for a client.");
		assertTrue(demo.getBookings().stream().anyMatch(b -> b.getStatus() == BookingStatus.CANCELLED),
				"There should be cancellations.");
		assertTrue(demo.getSurveys().stream().anyMatch(s -> s.getScale() == SurveyScale.TEN_POINT)
				&& demo.getSurveys().stream().anyMatch(s -> s.getScale() == SurveyScale.FIVE_POINT
						&& s.getScore() == 0), "Both scales and unanswered scores should occur.");
		assertTrue(demo.getSurveys().stream().anyMatch(s -> s.isComplaint()), "Complaints.");
		assertEquals(2, demo.getGoals().size(), "Two goals.");
		assertEquals(CampaignStatus.COMPLETED, demo.getCampaigns().get(0).getStatus(),
				"The campaign should be finished.");
		assertFalse(demo.getCampaigns().get(0).getMembers().getMembers().isEmpty(),
				"The campaign should have members.");
		assertTrue(demo.getBookings().stream().anyMatch(b -> b.getCampaign() != null),
				"Some bookings should be responses to the campaign.");
		assertNotNull(demo.getCycle(), "The agency should be in a CRM cycle.");
	}

	@Test
	void bookingsAreAboutTenPerCustomer() {
		Agency agency = new AgencyGenerator(1).generate("A", 2_000, NO_PROGRESS);

		double perCustomer = agency.getBookings().size() / 2_000.0;

		assertTrue(perCustomer > 8 && perCustomer < 12,
				"About ten bookings per customer expected, got " + perCustomer);
	}
}
