package org.travelcrm.analysis.addons.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.analysis.addons.internal.CohortRetentionAnalysis;
import org.travelcrm.analysis.addons.internal.LifetimeValueAnalysis;
import org.travelcrm.cli.internal.TravelCrmCli;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * A broken analysis plug-in (its class missing, or it throws while it runs) is reported on
 * the command line with its id and skipped, while the add-on and built-in analyses still run
 * and end up in {@code analyze --json}.
 */
@ExtendWith(FailOnLoggedErrors.class)
class BrokenContributionTest {

	private static final String THROWING = "org.travelcrm.analysis.addons.tests.throwing";
	private static final String MISSING = "org.travelcrm.analysis.addons.tests.missingClass";

	@TempDir
	Path folder;

	@Test
	void listNamesTheAddOnsBesideTheBuiltIns() {
		Run list = cli("analyze", "--list");

		assertEquals(TravelCrmCli.OK, list.status, "Listing succeeds: " + list.err);
		assertTrue(list.out.contains(CohortRetentionAnalysis.ID)
				&& list.out.contains(LifetimeValueAnalysis.ID),
				"Both add-on analyses are listed:\n" + list.out);
		assertTrue(list.out.contains("org.travelcrm.core.analysis.churn"),
				"The built-in analyses are listed too.");
	}

	@Test
	void brokenAnalysesAreReportedAndTheOthersRun() throws IOException {
		Path agency = folder.resolve("demo.crm");
		Path json = folder.resolve("out.json");
		assertEquals(TravelCrmCli.OK, cli("demo", "--agency", agency.toString()).status,
				"The demo agency is written.");

		Run analyze = cli("analyze", agency.toString(), "--json", json.toString());

		assertEquals(TravelCrmCli.OK, analyze.status,
				"A broken plug-in does not fail the command: " + analyze.err);
		assertTrue(analyze.err.contains(THROWING),
				"The analysis that throws is reported with its id:\n" + analyze.err);
		assertTrue(analyze.err.contains(MISSING),
				"The analysis whose class is missing is reported with its id:\n" + analyze.err);
		assertFalse(analyze.err.contains("\tat "), "No stack trace reaches the user.");
		String written = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(written.contains('"' + CohortRetentionAnalysis.ID + '"')
				&& written.contains('"' + LifetimeValueAnalysis.ID + '"'),
				"Both add-on analyses are in the JSON output.");
		assertTrue(written.contains("\"org.travelcrm.core.analysis.rfm\""),
				"The built-in analyses are in the JSON output.");
		assertFalse(written.contains(THROWING) || written.contains(MISSING),
				"The broken analyses have no results in the JSON output.");
	}

	private static Run cli(String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new TravelCrmCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(words);
		return new Run(status, out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int status, String out, String err) {
	}
}
