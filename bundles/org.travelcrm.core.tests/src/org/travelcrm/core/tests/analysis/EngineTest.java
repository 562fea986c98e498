package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.AnalysisSnapshots;
import org.travelcrm.core.analysis.DataFingerprint;
import org.travelcrm.core.analysis.MigrationMatrix;
import org.travelcrm.core.analysis.ResultJson;
import org.travelcrm.core.analysis.WhatIf;
import org.travelcrm.core.segments.SegmentEvaluator;
import org.travelcrm.model.AnalysisSnapshot;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CriterionOperator;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;
import org.travelcrm.model.SegmentCriterion;
import org.travelcrm.model.TravelPurpose;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The engine around the analyses: the default as-of date, every analysis on an empty agency,
 * cancellation, parameter checks, snapshots that reproduce exactly, segments with live counts
 * and frozen members, and what-if migration matrices that leave the agency alone.
 */
@ExtendWith(FailOnLoggedErrors.class)
class EngineTest {

	private final TestAgency data = new TestAgency();

	@Test
	void theDefaultAsOfDateIsTheDayAfterTheLatestBooking() {
		data.buy(data.person("A"), "2024-03-01", "1");
		data.book(data.person("B"), "2024-05-31", "1", BookingStatus.CANCELLED);

		assertEquals(LocalDate.of(2024, 6, 1), AnalysisContext.defaultAsOf(data.agency),
				"Any booking, cancelled or not, sets the default as-of date.");
	}

	@Test
	void everyAnalysisRunsOnAnEmptyAgencyAndOnOneCustomer() {
		for (AnalysisDescriptor descriptor : Analyses.builtIn().analyses()) {
			AnalysisResult empty = data.run(descriptor.id(), "2025-01-01");
			assertEquals(0, empty.customers().size(), descriptor.id() + " lists no customer.");
		}
		data.buy(data.person("ONLY"), "2024-12-31", "10");
		for (AnalysisDescriptor descriptor : Analyses.builtIn().analyses()) {
			AnalysisResult one = data.run(descriptor.id(), null);
			assertEquals(LocalDate.of(2025, 1, 1), one.asOf(), "The default as-of date is used.");
			assertFalse(one.tables().isEmpty(), descriptor.id() + " gives at least one table.");
		}
	}

	@Test
	void aCancelledMonitorStopsTheRun() throws CoreException {
		data.buy(data.person("A"), "2024-03-01", "1");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		AnalysisDescriptor tiers = Analyses.builtIn().find(TestAgency.VALUE_TIER);

		assertThrows(OperationCanceledException.class,
				() -> tiers.run(AnalysisContext.of(data.agency), Map.of(), monitor),
				"A cancelled run throws instead of returning a result.");
	}

	@Test
	void wrongParametersAreRefusedWithTheirName() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> data.run(TestAgency.VALUE_TIER, null, Map.of("windowDays", "3")),
				"An unknown parameter is refused.");
		assertTrue(unknown.getMessage().contains("windowDays"), "The message names it.");
		assertThrows(IllegalArgumentException.class,
				() -> data.run(TestAgency.VALUE_TIER, null, Map.of("tierPolicy", "CUBE")),
				"A choice outside its list is refused.");
	}

	@Test
	void agencySettingsApplyUnlessGivenOtherwise() {
		data.buy(data.person("A"), "2024-03-01", "1");
		data.agency.getAnalysisSettings().put("newWindowDays", "400");

		assertEquals("NEW", data.run(TestAgency.LOYALTY, "2025-01-01").customers().text("A",
				"loyaltyClass"), "The agency's setting replaces the default.");
		assertEquals("WAVERING", data.run(TestAgency.LOYALTY, "2025-01-01",
				Map.of("newWindowDays", "180")).customers().text("A", "loyaltyClass"),
				"A value given for the run replaces the setting.");
	}

	@Test
	void aSnapshotRecomputedOnUnchangedDataReproducesItsResult() throws CoreException {
		for (int i = 0; i < 20; i++) {
			data.buy(data.person("C" + i), "2024-0" + (1 + i % 9) + "-15", i + ".50");
		}
		AnalysisContext context = AnalysisContext.of(data.agency);
		AnalysisResult result = Analyses.builtIn().find(TestAgency.RFM).run(context, Map.of(),
				null);
		AnalysisSnapshot snapshot = AnalysisSnapshots.create(result,
				DataFingerprint.of(data.agency), Instant.now());
		data.agency.getSnapshots().add(snapshot);

		assertEquals(ResultJson.write(result), snapshot.getResult(), "The JSON is stored.");
		assertEquals("1095", snapshot.getParameters().get("lookbackDays"), "Parameters too.");
		assertTrue(AnalysisSnapshots.isCurrent(snapshot, data.agency), "The data is unchanged.");
		assertTrue(AnalysisSnapshots.reproduces(snapshot, data.agency, Analyses.builtIn(), null),
				"Recomputing gives exactly the stored result.");

		data.buy(data.person("LATE"), "2024-02-01", "1000");
		assertFalse(AnalysisSnapshots.isCurrent(snapshot, data.agency), "The data changed.");
		assertFalse(AnalysisSnapshots.reproduces(snapshot, data.agency, Analyses.builtIn(), null),
				"A new buyer changes the result.");
	}

	@Test
	void segmentsCombineAttributesAndClasses() {
		IndividualTourist business = data.person("BIZ", TravelPurpose.BUSINESS);
		business.setMarketingConsent(true);
		data.buy(business, "2024-06-01", "1000");
		IndividualTourist leisure = data.person("FUN", TravelPurpose.LEISURE);
		data.buy(leisure, "2024-06-01", "10");
		data.organization("ORG");
		Segment segment = CrmFactory.eINSTANCE.createSegment();
		segment.getCriteria().add(criterion("tier", CriterionOperator.IN, "KEY", "MAJOR"));
		segment.getCriteria().add(criterion("kind", CriterionOperator.IN, "individual"));
		segment.getCriteria().add(criterion("contribution", CriterionOperator.AT_LEAST, "500"));
		SegmentEvaluator evaluator = new SegmentEvaluator(
				AnalysisContext.of(data.agency, LocalDate.of(2025, 1, 1)), Map.of());

		assertEquals(1, evaluator.count(segment, null), "Only the big individual buyer is in.");
		MemberSnapshot frozen = evaluator.freeze(segment, null);
		assertEquals(List.of(business), frozen.getMembers(), "The frozen members.");
		assertEquals(LocalDate.of(2025, 1, 1), frozen.getAsOf(), "The as-of date is kept.");
		assertEquals("PYRAMID", frozen.getParameters().get("tierPolicy"), "Parameters are kept.");

		Segment prospects = CrmFactory.eINSTANCE.createSegment();
		prospects.getCriteria().add(criterion("frequency", CriterionOperator.IN, "PROSPECT"));
		assertEquals(1, evaluator.count(prospects, null), "The organisation never bought.");
		Segment unknown = CrmFactory.eINSTANCE.createSegment();
		unknown.getCriteria().add(criterion("shoeSize", CriterionOperator.IN, "42"));
		assertThrows(IllegalArgumentException.class, () -> evaluator.count(unknown, null),
				"An unknown property is refused.");
	}

	@Test
	void whatIfCountsMigrationsWithoutChangingTheAgency() {
		for (int i = 1; i <= 10; i++) {
			data.buy(data.person("C" + i), "2024-06-01", Integer.toString(i * 10));
		}
		String before = DataFingerprint.of(data.agency);
		AnalysisContext context = AnalysisContext.of(data.agency);

		MigrationMatrix matrix = WhatIf.tiers(context, Map.of(),
				Map.of("tierShares", "0.10,0.50,0.80"), null);

		// Defaults: 1 KEY, 1 MAJOR (ceil 2.0 = 2), 3 ORDINARY, 5 SMALL.
		// Proposed: 1 KEY, 4 MAJOR, 3 ORDINARY, 2 SMALL.
		assertEquals(1, matrix.count("KEY", "KEY"), "The top customer stays key.");
		assertEquals(1, matrix.count("MAJOR", "MAJOR"), "The major customer stays major.");
		assertEquals(3, matrix.count("ORDINARY", "MAJOR"), "Three ordinary ones rise.");
		assertEquals(3, matrix.count("SMALL", "ORDINARY"), "Three small ones rise.");
		assertEquals(6, matrix.moved(), "Six customers change tier.");
		assertEquals(before, DataFingerprint.of(data.agency),
				"The agency is unchanged.");
		MigrationMatrix loyalty = WhatIf.loyalty(
				AnalysisContext.of(data.agency, LocalDate.of(2025, 1, 1)), Map.of(),
				Map.of("newWindowDays", "400"), null);
		assertEquals(10, loyalty.count("WAVERING", "NEW"),
				"Under a 400-day new window the single purchases of June are new.");
	}

	private static SegmentCriterion criterion(String property, CriterionOperator operator,
			String... values) {
		SegmentCriterion criterion = CrmFactory.eINSTANCE.createSegmentCriterion();
		criterion.setProperty(property);
		criterion.setOperator(operator);
		criterion.getValues().addAll(List.of(values));
		return criterion;
	}
}
