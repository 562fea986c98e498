package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.demo.AgencyGenerator;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.ContactPerson;
import org.travelcrm.model.CrmCycle;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CycleStep;
import org.travelcrm.model.CycleStepKind;
import org.travelcrm.model.Evaluation;
import org.travelcrm.model.GoalChange;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.KpiMeasurement;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Organization;
import org.travelcrm.model.Segment;
import org.travelcrm.model.SegmentCriterion;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * An agency with every class of the model and unusual values comes back from a binary file
 * exactly, as from XMI, and saving what was loaded writes the same bytes again.
 */
@ExtendWith(FailOnLoggedErrors.class)
class BinaryAgencyRoundTripTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();
	private static final CrmFactory CRM = CrmFactory.eINSTANCE;

	@TempDir
	Path folder;

	@Test
	void everyClassAndUnusualValueComesBack() throws Exception {
		Agency original = richAgency(true);

		Agency binary = saveAndLoad(EcoreUtil.copy(original), "agency.crmb");

		assertSameContent(original, binary);
	}

	@Test
	void theSameContentComesBackAsFromXmi() throws Exception {
		Agency original = richAgency(false);

		Agency binary = saveAndLoad(EcoreUtil.copy(original), "agency.crmb");
		Agency xmi = saveAndLoad(EcoreUtil.copy(original), "agency.crm");

		assertSameContent(original, xmi);
		assertSameContent(xmi, binary);
	}

	@Test
	void xmiAndBinaryConvertBothWays() throws Exception {
		Agency original = richAgency(false);

		Agency viaXmi = saveAndLoad(saveAndLoad(original, "one.crm"), "two.crmb");
		Agency viaBinary = saveAndLoad(saveAndLoad(EcoreUtil.copy(viaXmi), "three.crmb"),
				"four.crm");

		assertSameContent(original, viaXmi);
		assertSameContent(original, viaBinary);
	}

	@Test
	void savingWhatWasLoadedWritesTheSameBytes() throws Exception {
		Path first = folder.resolve("first.crmb");
		Path second = folder.resolve("second.crmb");
		AgencyFiles.store(first).save(richAgency(true), NO_PROGRESS);
		Agency loaded = AgencyFiles.store(first).load(NO_PROGRESS);
		AgencyFiles.store(second).save(loaded, NO_PROGRESS);

		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second),
				"Save, load and save again gives identical bytes");
	}

	@Test
	void anAgencyWithoutCustomersComesBack() throws Exception {
		Agency empty = CRM.createAgency();
		empty.setName("");

		Agency loaded = saveAndLoad(empty, "empty.crmb");

		assertSameContent(empty, loaded);
	}

	@Test
	void daysFarApartComeBackAsThemselves() throws Exception {
		Agency agency = CRM.createAgency();
		LocalDate near = LocalDate.ofEpochDay(19_000);
		LocalDate far = LocalDate.ofEpochDay(19_000 + (1L << 32));
		agency.getCustomers().add(tourist("near", near));
		agency.getCustomers().add(tourist("far", far));
		agency.getCustomers().add(tourist("min", LocalDate.MIN));
		agency.getCustomers().add(tourist("max", LocalDate.MAX));

		Agency loaded = saveAndLoad(agency, "days.crmb");

		assertEquals(List.of(near, far, LocalDate.MIN, LocalDate.MAX), loaded.getCustomers()
				.stream().map(c -> ((IndividualTourist) c).getBirthDate()).toList(),
				"Each day is its own, however far from another");
	}

	private Agency saveAndLoad(Agency agency, String name) throws StoreException {
		Path file = folder.resolve(name);
		AgencyFiles.store(file).save(agency, NO_PROGRESS);
		return AgencyFiles.store(file).load(NO_PROGRESS);
	}

	private static IndividualTourist tourist(String id, LocalDate birth) {
		IndividualTourist tourist = CRM.createIndividualTourist();
		tourist.setExternalId(id);
		tourist.setBirthDate(birth);
		return tourist;
	}

	/** Equal by EMF, and equal in what is set, in opposite lists and in containers. */
	private static void assertSameContent(Agency expected, Agency actual) {
		List<EObject> left = all(expected);
		List<EObject> right = all(actual);
		assertEquals(left.size(), right.size(), "Same number of objects");
		for (int i = 0; i < left.size(); i++) {
			EObject a = left.get(i);
			EObject b = right.get(i);
			assertSame(a.eClass(), b.eClass(), "Same class at " + i);
			for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
				String where = a.eClass().getName() + '.' + feature.getName() + " of #" + i;
				assertEquals(a.eIsSet(feature), b.eIsSet(feature), "Set state of " + where);
				if (feature.isMany() && feature.getEType() instanceof EClass) {
					assertEquals(indexes(left, (List<?>) a.eGet(feature)),
							indexes(right, (List<?>) b.eGet(feature)), "Order of " + where);
				} else if (feature.getEType() instanceof EClass) {
					assertEquals(left.indexOf(a.eGet(feature)), right.indexOf(b.eGet(feature)),
							"Target of " + where);
				} else {
					assertEquals(a.eGet(feature), b.eGet(feature), "Value of " + where);
				}
			}
			assertEquals(left.indexOf(a.eContainer()), right.indexOf(b.eContainer()),
					"Container of #" + i);
		}
		assertTrue(EcoreUtil.equals(expected, actual), "EcoreUtil.equals");
	}

	private static List<Integer> indexes(List<EObject> all, List<?> objects) {
		List<Integer> indexes = new ArrayList<>();
		for (Object object : objects) {
			indexes.add(all.indexOf(object));
		}
		return indexes;
	}

	private static List<EObject> all(Agency agency) {
		List<EObject> all = new ArrayList<>();
		all.add(agency);
		for (Iterator<EObject> it = agency.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		return all;
	}

	/**
	 * A generated agency with every other class added, holding unusual values; on request also
	 * what only binary files keep: nothing over a default.
	 */
	static Agency richAgency(boolean binaryOnly) {
		Agency agency = new AgencyGenerator(7).generate("Rich \uD83C\uDF0F", 12, NO_PROGRESS);
		if (binaryOnly) {
			agency.setCurrency(null);
		}
		agency.setTimeZone("");
		agency.getAnalysisSettings().put("", "");
		agency.getAnalysisSettings().put("key", null);
		agency.getAnalysisSettings().put("z", "first");

		IndividualTourist tourist = CRM.createIndividualTourist();
		tourist.setExternalId("");
		tourist.setName("  spaced  ");
		tourist.setNotes("line\r\nbreak\ttab \uD842\uDFB7");
		tourist.setBirthDate(LocalDate.of(1, 1, 1));
		tourist.getTags().add("");
		tourist.getTags().add("VIP");
		agency.getCustomers().add(0, tourist);
		Organization organization = CRM.createOrganization();
		organization.setExternalId("ORG-\u00E9");
		agency.getCustomers().add(organization);
		tourist.setEmployer(organization);
		ContactPerson contact = CRM.createContactPerson();
		contact.setName(null);
		contact.setPerson(tourist);
		organization.getContactPersons().add(contact);
		organization.getContactPersons().add(CRM.createContactPerson());

		Booking booking = agency.getBookings().get(3);
		booking.setTravellers(0);
		booking.setAmount(new BigDecimal("1.000"));
		booking.setCost(new BigDecimal("1E+5"));
		agency.getBookings().get(4).setCost(new BigDecimal("-0.00"));
		booking.getExtraProducts().addAll(agency.getProducts().subList(0, 2));
		agency.getBookings().get(0).setCustomer(tourist);
		booking.setCustomer(tourist);

		StrategicGoal goal = CRM.createStrategicGoal();
		goal.setName("Grow");
		goal.setMetric(GoalMetric.values()[GoalMetric.values().length - 1]);
		GoalStage stage = CRM.createGoalStage();
		stage.setTargetValue(new BigDecimal("-0.000000000000000000000000000000000001"));
		stage.setDeadline(LocalDate.of(9999, 12, 31));
		goal.getStages().add(stage);
		goal.getStages().add(CRM.createGoalStage());
		agency.getGoals().add(goal);

		Segment segment = CRM.createSegment();
		segment.setName("Everyone");
		SegmentCriterion criterion = CRM.createSegmentCriterion();
		criterion.setProperty("city");
		criterion.getValues().add("A");
		criterion.getValues().add("A");
		criterion.getValues().add("");
		segment.getCriteria().add(criterion);
		MemberSnapshot snapshot = CRM.createMemberSnapshot();
		snapshot.setTakenAt(Instant.ofEpochSecond(-1, 999_999_999));
		snapshot.setAsOf(LocalDate.of(2024, 2, 29));
		snapshot.getParameters().put("seed", "1");
		snapshot.getMembers().add(organization);
		snapshot.getMembers().add(tourist);
		segment.getSnapshots().add(snapshot);
		agency.getSegments().add(segment);

		Campaign campaign = CRM.createCampaign();
		campaign.setName("Spring");
		campaign.setSegment(segment);
		MemberSnapshot members = CRM.createMemberSnapshot();
		members.setTakenAt(Instant.MAX);
		members.getMembers().addAll(agency.getCustomers().subList(0, 5));
		campaign.setMembers(members);
		campaign.setControlSeed(Long.MIN_VALUE);
		campaign.setAttributionDays(Integer.MIN_VALUE);
		campaign.setDiscount(new BigDecimal("0.00"));
		campaign.getControlGroup().add(agency.getCustomers().get(2));
		campaign.getOfferedProducts().add(agency.getProducts().get(0));
		campaign.getChannels().add("mail");
		CampaignKpi kpi = CRM.createCampaignKpi();
		kpi.setTargetValue(new BigDecimal("12345678901234567890123456789"));
		campaign.getKpis().add(kpi);
		campaign.getKpis().add(CRM.createCampaignKpi());
		agency.getCampaigns().add(campaign);
		booking.setCampaign(campaign);

		Evaluation evaluation = CRM.createEvaluation();
		evaluation.setRoi(BigDecimal.ZERO);
		evaluation.setFindings("");
		KpiMeasurement measurement = CRM.createKpiMeasurement();
		measurement.setKpi(kpi);
		measurement.setMet(true);
		evaluation.getMeasurements().add(measurement);
		GoalChange change = CRM.createGoalChange();
		change.setGoal(goal);
		change.setAccepted(true);
		evaluation.getProposedChanges().add(change);
		agency.getEvaluations().add(evaluation);
		campaign.setEvaluation(evaluation);
		agency.getEvaluations().add(CRM.createEvaluation());

		CrmCycle cycle = CRM.createCrmCycle();
		cycle.setName("Cycle");
		CycleStep step = CRM.createCycleStep();
		step.setKind(CycleStepKind.values()[1]);
		cycle.getSteps().add(step);
		agency.setCycle(cycle);

		org.travelcrm.model.AnalysisSnapshot analysis = CRM.createAnalysisSnapshot();
		analysis.setAnalysisId("rfm");
		analysis.setTakenAt(Instant.EPOCH);
		analysis.setResult("{}");
		analysis.getParameters().put("a", "b");
		agency.getSnapshots().add(analysis);
		return agency;
	}
}
