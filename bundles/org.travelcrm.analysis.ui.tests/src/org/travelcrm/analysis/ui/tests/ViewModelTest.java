package org.travelcrm.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.analysis.ui.model.ChartData;
import org.travelcrm.analysis.ui.model.ChartData.ChartType;
import org.travelcrm.analysis.ui.model.ViewKind;
import org.travelcrm.analysis.ui.model.ViewModel;
import org.travelcrm.analysis.ui.model.ViewModel.HeatColour;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.model.Agency;
import org.travelcrm.testing.FailOnLoggedErrors;

/** Each view's model shows the right chart, table and drill-down customers for an agency. */
@ExtendWith(FailOnLoggedErrors.class)
class ViewModelTest {

	private static Agency agency;

	@BeforeAll
	static void createAgency() {
		agency = DemoAgency.create(new NullProgressMonitor());
	}

	private static ViewModel model(ViewKind kind) throws CoreException {
		AnalysisResult result = Analyses.installed().find(kind.analysisId())
				.run(AnalysisContext.of(agency), Map.of(), new NullProgressMonitor());
		return ViewModel.of(kind, result);
	}

	@Test
	void everyBuiltInViewHasAChartWithData() throws CoreException {
		for (ViewKind kind : ViewKind.values()) {
			if (kind == ViewKind.GENERIC) {
				continue;
			}
			ChartData chart = model(kind).chart();
			assertTrue(chart.hasData(), "The chart of the " + kind + " view should have data.");
			assertFalse(chart.yTitle().isBlank(), "The " + kind + " chart should title its"
					+ " y axis.");
		}
	}

	@Test
	void pyramidShowsCustomerAndRevenueSharesPerTierInPercent() throws CoreException {
		ViewModel pyramid = model(ViewKind.PYRAMID);
		ChartData chart = pyramid.chart();
		assertEquals(List.of("KEY", "MAJOR", "ORDINARY", "SMALL"), chart.categories(),
				"The pyramid should have one bar group per tier, top tier first.");
		double customers = sum(chart.line("customerShare").values());
		double revenue = sum(chart.line("revenueShare").values());
		assertEquals(100, customers, 0.01, "Customer shares of the tiers should add up to 100 %.");
		assertEquals(100, revenue, 0.01, "Revenue shares of the tiers should add up to 100 %.");
	}

	@Test
	void drillDownOnATierGivesExactlyItsCustomers() throws CoreException {
		ViewModel pyramid = model(ViewKind.PYRAMID);
		Set<String> all = new HashSet<>();
		long counted = 0;
		for (int row = 0; row < pyramid.table().rows().size(); row++) {
			List<String> ids = pyramid.customersOfRow(row);
			Number customers = (Number) pyramid.table().value(row, "customers");
			assertEquals(customers.intValue(), ids.size(), "The drill-down of tier "
					+ pyramid.table().value(row, "tier") + " should give its customer count.");
			all.addAll(ids);
			counted += ids.size();
		}
		assertEquals(counted, all.size(), "No customer should be in two tiers.");
		assertEquals(pyramid.customersOfRow(0), pyramid.customersOfCategory(0),
				"The first bar and the first row should drill down to the same customers.");
	}

	@Test
	void rfmHeatMapCountsEveryScoredBuyerOnceAndDrillsDownPerCell() throws CoreException {
		ViewModel rfm = model(ViewKind.RFM);
		ChartData heat = rfm.chart();
		assertEquals(ChartType.HEAT_MAP, heat.type(), "The RFM view should draw a heat map.");
		assertEquals(5, heat.lines().size(), "The heat map should have five rows of R.");
		double cells = 0;
		for (ChartData.Line row : heat.lines()) {
			cells += sum(row.values());
		}
		int checked = 0;
		for (int r = 0; r < 5; r++) {
			for (int f = 0; f < 5; f++) {
				assertEquals((int) heat.lines().get(r).values()[f],
						rfm.customersOfCell(r, f).size(), "Cell R" + (5 - r) + " F" + (f + 1)
								+ " should drill down to as many customers as it counts.");
				checked += rfm.customersOfCell(r, f).size();
			}
		}
		assertEquals(cells, checked, 0.0, "Every counted buyer should be behind one cell.");
		ChartData monetary = ViewModel.of(ViewKind.RFM, rfm.result(), null, null,
				HeatColour.MONETARY).chart();
		assertTrue(monetary.hasData(), "Colouring by M should give mean M scores.");
	}

	@Test
	void churnShowsNewReactivatedAndChurnedWithTheRateOnTheRightAxis() throws CoreException {
		ChartData churn = model(ViewKind.CHURN).chart();
		assertEquals(ChartType.LINE, churn.type(), "Churn should be drawn as lines per period.");
		assertNotNull(churn.line("new"), "Churn should show new customers.");
		assertNotNull(churn.line("reactivated"), "Churn should show reactivated customers.");
		assertTrue(churn.line("churnRate").secondaryAxis(), "The churn rate should be measured"
				+ " on the right axis, in per cent.");
	}

	@Test
	void contributionShowsLorenzAndParetoCurvesWithTheGiniCoefficient() throws CoreException {
		ChartData curves = model(ViewKind.CONTRIBUTION).chart();
		assertNotNull(curves.line("lorenz"), "The Lorenz curve should be drawn.");
		assertNotNull(curves.line("pareto"), "The Pareto curve should be drawn.");
		assertTrue(curves.note().contains("0."), "The Gini coefficient should be shown, not '"
				+ curves.note() + "'.");
		double[] lorenz = curves.line("lorenz").values();
		assertEquals(100, lorenz[lorenz.length - 1], 0.01, "The Lorenz curve should end at 100 %.");
	}

	@Test
	void genericViewShowsAnyAnalysisTablesAndSeries() throws CoreException {
		for (var descriptor : Analyses.installed().analyses()) {
			AnalysisResult result = descriptor.run(AnalysisContext.of(agency), Map.of(),
					new NullProgressMonitor());
			ViewModel generic = ViewModel.of(ViewKind.GENERIC, result);
			assertEquals(result.tables().size(), generic.tableNames().size(), "The generic view"
					+ " should offer every table of " + descriptor.id() + ".");
			if (!result.series().isEmpty()) {
				assertTrue(generic.chart().hasData(), "The generic view should chart a series"
						+ " of " + descriptor.id() + ".");
			}
		}
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double value : values) {
			total += Double.isNaN(value) ? 0 : value;
		}
		return total;
	}
}
