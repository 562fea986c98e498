package org.travelcrm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.cli.internal.TravelCrmCli;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.model.Agency;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The command line runs each command, exits with 0 on success, 1 on bad input with a message
 * that names what is wrong, and never shows a stack trace for a user mistake.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CommandLineTest {

	@TempDir
	Path folder;

	private final CliSession cli = new CliSession();

	@Test
	void helpListsEveryCommand() {
		assertEquals(TravelCrmCli.OK, run("--help"), "--help should succeed.");
		assertTrue(out().contains("demo") && out().contains("generate") && out().contains("validate"),
				"The usage should list the commands: " + out());
	}

	@Test
	void demoWritesTheDemoAgency() throws Exception {
		Path file = folder.resolve("demo.crm");

		assertEquals(TravelCrmCli.OK, run("demo", "--agency", file.toString()), err());

		Agency loaded = AgencyFiles.store(file).load(new NullProgressMonitor());
		assertEquals(DemoAgency.CUSTOMERS, loaded.getCustomers().size(),
				"The written file should hold the demo agency.");
	}

	@Test
	void generateWritesARepeatableAgency() throws Exception {
		Path first = folder.resolve("a.crmb");
		Path second = folder.resolve("b.crmb");

		assertEquals(TravelCrmCli.OK, run("generate", "--customers", "50", "--seed", "9",
				"--agency", first.toString()), err());
		assertEquals(TravelCrmCli.OK, run("generate", "--customers=50", "--seed=9",
				"--agency=" + second), err());

		assertTrue(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)),
				"The same seed should write the same file.");
	}

	@Test
	void validateReportsProblemsWithExitStatusOne() throws Exception {
		Agency agency = DemoAgency.create(new NullProgressMonitor());
		agency.getCustomers().get(1).setExternalId(agency.getCustomers().get(0).getExternalId());
		agency.getBookings().get(0).setAmount(new BigDecimal("-5"));
		Path file = folder.resolve("broken.crm");
		AgencyFiles.store(file).save(agency, new NullProgressMonitor());

		assertEquals(TravelCrmCli.BAD_INPUT, run("validate", file.toString()), out());

		assertTrue(out().contains("C000001") && out().contains("-5"),
				"Both problems should be printed: " + out());
		assertTrue(out().contains("2 errors"), "The summary should count the errors: " + out());
	}

	@Test
	void validateAcceptsTheDemoAgency() {
		Path file = folder.resolve("demo.crm");
		run("demo", "--agency", file.toString());

		assertEquals(TravelCrmCli.OK, run("validate", file.toString()), out());
	}

	@Test
	void anUnknownCommandIsBadInput() {
		assertEquals(TravelCrmCli.BAD_INPUT, run("frobnicate"), "Unknown commands are bad input.");
		assertTrue(err().contains("frobnicate"), "The message should name the command: " + err());
	}

	@Test
	void aMissingOptionIsNamedWithoutStackTrace() {
		assertEquals(TravelCrmCli.BAD_INPUT, run("demo"), "A missing option is bad input.");
		assertTrue(err().contains("--agency"), "The message should name the option: " + err());
		assertFalse(err().contains("at org."), "No stack trace for a user mistake: " + err());
	}

	@Test
	void aMisspeltOptionIsReported() {
		assertEquals(TravelCrmCli.BAD_INPUT, run("generate", "--agency", "x.crm", "--custmers", "5"),
				"A misspelt option should not be ignored.");
		assertTrue(err().contains("--custmers"), "The message should name the option: " + err());
	}

	@Test
	void aMisspeltLastOptionIsReportedAsUnknown() {
		assertEquals(TravelCrmCli.BAD_INPUT, run("demo", "--agency", "x.crm", "--verbose"),
				"A misspelt option should not be ignored.");
		assertTrue(err().contains("Unknown option --verbose"),
				"The option should be called unknown, not short of a value: " + err());
		assertEquals(TravelCrmCli.BAD_INPUT, run("demo", "--agency"),
				"A known option without its value is bad input.");
		assertTrue(err().contains("--agency needs a value"), "The message should say so: " + err());
	}

	@Test
	void anImportIntoAForeignOrDamagedAgencyFileStopsBeforeReadingTheFile() throws Exception {
		Path customers = folder.resolve("customers.csv");
		Files.writeString(customers, "customer id,name\nK1,Wang Wei\n");
		Path damaged = folder.resolve("damaged.crm");
		Files.writeString(damaged, "not an agency");

		assertEquals(TravelCrmCli.BAD_INPUT, run("import", customers.toString(), "--agency",
				folder.resolve("agency.txt").toString()), "A foreign agency file is bad input.");
		assertTrue(err().contains(".crmb"), "The message should name the extensions: " + err());
		assertEquals("", out(), "Nothing should be guessed or imported first: " + out());
		assertEquals(TravelCrmCli.BAD_INPUT, run("import", customers.toString(), "--agency",
				damaged.toString()), "A damaged agency file is bad input.");
		assertTrue(err().contains("damaged.crm"), "The message should name the file: " + err());
		assertEquals("", out(), "Nothing should be guessed or imported first: " + out());
	}

	@Test
	void aMissingOrForeignFileIsBadInput() {
		assertEquals(TravelCrmCli.BAD_INPUT, run("validate", folder.resolve("none.crm").toString()),
				"A missing file is bad input.");
		assertTrue(err().contains("none.crm"), "The message should name the file: " + err());
		assertEquals(TravelCrmCli.BAD_INPUT, run("demo", "--agency", "demo.xlsx"),
				"A file of another kind is bad input.");
		assertTrue(err().contains(".crmb"), "The message should name the extensions: " + err());
	}

	@Test
	void aNumberThatIsNoneIsNamed() {
		assertEquals(TravelCrmCli.BAD_INPUT, run("generate", "--customers", "many", "--agency",
				"x.crm"), "A bad number is bad input.");
		assertTrue(err().contains("many"), "The message should quote the value: " + err());
	}

	private int run(String... words) {
		return cli.run(words);
	}

	private String out() {
		return cli.out();
	}

	private String err() {
		return cli.err();
	}
}
