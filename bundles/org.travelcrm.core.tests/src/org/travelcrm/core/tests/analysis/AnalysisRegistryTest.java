package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.IDynamicExtensionRegistry;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisParameter;
import org.travelcrm.core.internal.analysis.AnalysisRegistryReader;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The registry reader lists every contributed analysis without loading its class, declares
 * the built-ins exactly as the headless catalog does, reports a broken contribution with its
 * contributor's id and goes on, and follows contributions added and removed at run time.
 * <p>
 * Broken contributions are reported to a recording log here, so that the platform log (which
 * fails the test) stays clean; the test bundle's plugin.xml contributes them.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AnalysisRegistryTest {

	private static final String TESTS = "org.travelcrm.core.tests";

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private AnalysisRegistryReader reader;

	@AfterEach
	void disposeReader() {
		if (reader != null) {
			reader.dispose();
		}
	}

	@Test
	void theBuiltInsAreContributedAsTheHeadlessCatalogDeclaresThem() {
		reader = new AnalysisRegistryReader(Platform.getExtensionRegistry(), logged::add);

		for (AnalysisDescriptor builtIn : Analyses.builtIn().analyses()) {
			AnalysisDescriptor contributed = reader.find(builtIn.id());
			assertNotNull(contributed, builtIn.id() + " is contributed in plugin.xml.");
			assertEquals("org.travelcrm.core", contributed.contributorId(), "The core has it.");
			assertEquals(builtIn.name(), contributed.name(), "The names agree.");
			assertEquals(describe(builtIn.parameters()), describe(contributed.parameters()),
					"The parameters of " + builtIn.id() + " agree.");
			assertNotNull(reader.create(contributed), builtIn.id() + " can be created.");
		}
		assertTrue(logged.isEmpty(), "Reading and creating the built-ins reports nothing.");
	}

	@Test
	void aBrokenContributionIsReportedWithItsContributorAndSkipped() throws CoreException {
		reader = new AnalysisRegistryReader(Platform.getExtensionRegistry(), logged::add);

		assertNull(reader.create(reader.find(TESTS + ".missingClass")),
				"A contribution whose class is missing gives no analysis.");
		assertNull(reader.create(reader.find(TESTS + ".notAnAnalysis")),
				"A contribution whose class is no analysis gives no analysis.");
		assertEquals(2, logged.size(), "Each broken contribution is reported once.");
		for (IStatus status : logged) {
			assertEquals(IStatus.ERROR, status.getSeverity(), "It is reported as an error.");
			assertEquals(TESTS, status.getPlugin(), "The report names the contributor.");
		}
		Analysis sample = reader.create(reader.find(TESTS + ".sample"));
		assertNotNull(sample, "A sound contribution of the same bundle still works.");
		AnalysisDescriptor descriptor = reader.find(TESTS + ".sample");
		assertEquals(1, descriptor.parameters().size(), "Its parameter is declared.");
		assertEquals(0L, descriptor.run(AnalysisContext.of(CrmFactory.eINSTANCE.createAgency()),
				Map.of(), null).table("count").rows().get(0).get(0), "It runs.");
	}

	@Test
	void theInstalledCatalogListsContributionsWithoutLoadingThem() {
		List<String> ids = Analyses.installed().analyses().stream().map(AnalysisDescriptor::id)
				.toList();

		assertTrue(ids.contains("org.travelcrm.core.analysis.rfm"), "Built-ins are listed.");
		assertTrue(ids.contains(TESTS + ".missingClass"),
				"A broken class is only found out when the analysis is created.");
	}

	@Test
	void contributionsAddedAndRemovedAtRunTimeAreFollowed() throws InterruptedException {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null),
				token, null);
		try {
			contribute(registry, token, ContributorFactorySimple.createContributor(
					"org.travelcrm.core"), "<extension-point id=\"analyses\" name=\"Analyses\"/>");
			reader = new AnalysisRegistryReader(registry, logged::add);
			IContributor extra = ContributorFactorySimple.createContributor("com.example.extra");

			contribute(registry, token, extra, "<extension point=\"org.travelcrm.core.analyses\">"
					+ "<analysis id=\"extra.count\" name=\"Count\" class=\""
					+ SampleAnalysis.class.getName() + "\"/>"
					+ "<analysis name=\"No id\" class=\"" + SampleAnalysis.class.getName() + "\"/>"
					+ "</extension>");
			waitFor(() -> reader.find("extra.count") != null);

			assertEquals("com.example.extra", reader.find("extra.count").contributorId(),
					"The added analysis is listed with its contributor.");
			assertEquals(1, reader.analyses().size(), "The one without id is skipped.");
			assertEquals("com.example.extra", logged.get(0).getPlugin(),
					"The one without id is reported with its contributor.");

			((IDynamicExtensionRegistry) registry).removeContributor(extra, token);
			waitFor(() -> reader.analyses().isEmpty());
			assertTrue(reader.analyses().isEmpty(), "A removed contribution is gone.");
		} finally {
			registry.stop(token);
		}
	}

	private static void contribute(IExtensionRegistry registry, Object token,
			IContributor contributor, String xml) {
		String plugin = "<?xml version=\"1.0\"?><plugin>" + xml + "</plugin>";
		boolean added = registry.addContribution(
				new ByteArrayInputStream(plugin.getBytes(StandardCharsets.UTF_8)), contributor,
				false, contributor.getName(), null, token);
		assertTrue(added, "The registry takes the contribution of " + contributor.getName() + ".");
	}

	private static void waitFor(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
			Thread.sleep(10);
		}
	}

	private static List<String> describe(List<AnalysisParameter> parameters) {
		return parameters.stream().map(p -> p.name() + ':' + p.type() + '=' + p.defaultValue()
				+ p.choices()).sorted().toList();
	}
}
