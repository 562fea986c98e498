package org.travelcrm.addons.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Installing the add-on analyses into the materialized product from the built p2 repository,
 * headlessly with {@code plugins install}, puts the cohort and lifetime value analyses into
 * {@code analyze --list} and {@code analyze --json} of the next start; unsigned content needs
 * {@code --accept-unsigned}; {@code plugins uninstall} takes them out again. Each step starts
 * a copy of the product in its own Java process.
 */
@TestMethodOrder(OrderAnnotation.class)
class InstallAddonsTest {

	private static final String FEATURE = "org.travelcrm.addons.feature";
	private static final String COHORTS = "org.travelcrm.analysis.addons.cohortRetention";
	private static final String LIFETIME = "org.travelcrm.analysis.addons.lifetimeValue";
	private static final long TIMEOUT_SECONDS = 180;

	private static Path product;
	private static Path repositoryZip;
	private static Path repositoryFolder;
	private static Path work;

	@BeforeAll
	static void copyTheProduct() throws IOException {
		Path built = Path.of(System.getProperty("travelcrm.product"));
		Path repository = Path.of(System.getProperty("travelcrm.addonsRepository"));
		work = Path.of(System.getProperty("travelcrm.work"));
		assertTrue(Files.isDirectory(built), "The product is materialized in " + built + ".");
		repositoryFolder = repository.resolve("repository");
		try (Stream<Path> files = Files.list(repository)) {
			repositoryZip = files.filter(file -> file.getFileName().toString().endsWith(".zip"))
					.findFirst().orElseThrow(() -> new AssertionError(
							"The add-on repository is zipped in " + repository + "."));
		}
		deleteTree(work);
		product = work.resolve("product");
		copyTree(built, product);
	}

	@Test
	@Order(1)
	void aMissingRepositoryIsABadInputWithoutStackTrace() throws Exception {
		Run run = travelcrm("plugins", "install", work.resolve("nowhere.zip").toString(), FEATURE);

		assertEquals(1, run.status, "A missing repository is bad input:\n" + run.output);
		assertTrue(run.output.contains("nowhere.zip"), "The message names the repository.");
		assertFalse(run.output.contains("\tat "), "No stack trace reaches the user.");
	}

	@Test
	@Order(2)
	void theRepositoryListsTheAddOnFeature() throws Exception {
		Run run = travelcrm("plugins", "list", repositoryFolder.toString());

		assertEquals(0, run.status, "Listing succeeds:\n" + run.output);
		assertTrue(run.output.contains(FEATURE), "The repository offers the add-on:\n"
				+ run.output);
		assertTrue(run.output.contains("org.travelcrm.feature"),
				"The product's own feature is listed as installed:\n" + run.output);
	}

	@Test
	@Order(3)
	void unsignedContentIsRefusedWithoutConfirmation() throws Exception {
		Run run = travelcrm("plugins", "install", repositoryZip.toString(), FEATURE);

		assertEquals(1, run.status, "The unconfirmed installation fails:\n" + run.output);
		assertTrue(run.output.contains("unsigned") && run.output.contains("--accept-unsigned"),
				"The command says the plug-in is unsigned and how to confirm:\n" + run.output);
		assertFalse(travelcrm("analyze", "--list").output.contains(COHORTS),
				"Nothing was installed.");
	}

	@Test
	@Order(4)
	void theInstalledAnalysesRunInTheNextStart() throws Exception {
		Run install = travelcrm("plugins", "install", repositoryZip.toString(), FEATURE,
				"--accept-unsigned");
		assertEquals(0, install.status, "The confirmed installation succeeds:\n" + install.output);

		Run list = travelcrm("analyze", "--list");
		assertTrue(list.output.contains(COHORTS) && list.output.contains(LIFETIME),
				"analyze --list names both add-on analyses:\n" + list.output);

		Path agency = work.resolve("demo.crm");
		Path json = work.resolve("analyses.json");
		assertEquals(0, travelcrm("demo", "--agency", agency.toString()).status,
				"The demo agency is written.");
		Run analyze = travelcrm("analyze", agency.toString(), "--json", json.toString());
		assertEquals(0, analyze.status, "The analyses run:\n" + analyze.output);
		String written = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(written.contains('"' + COHORTS + "\": {"),
				"The JSON holds the cohort retention matrix.");
		assertTrue(written.contains('"' + LIFETIME + "\": {"),
				"The JSON holds the lifetime value estimate.");
		assertTrue(written.contains("\"retention\""), "The cohort matrix table is written.");
	}

	@Test
	@Order(5)
	void uninstallingTakesTheAnalysesOut() throws Exception {
		Run uninstall = travelcrm("plugins", "uninstall", FEATURE);
		assertEquals(0, uninstall.status, "Removing the add-on succeeds:\n" + uninstall.output);

		Run list = travelcrm("analyze", "--list");
		assertFalse(list.output.contains(COHORTS) || list.output.contains(LIFETIME),
				"The add-on analyses are gone after the next start:\n" + list.output);
		assertTrue(list.output.contains("org.travelcrm.core.analysis.churn"),
				"The built-in analyses are still there.");
	}

	/** Starts the copied product with a command, as ./travelcrm does, in English. */
	private static Run travelcrm(String... words) throws IOException, InterruptedException {
		Path launcher;
		try (Stream<Path> files = Files.list(product.resolve("plugins"))) {
			launcher = files.filter(file -> file.getFileName().toString()
					.startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow(() -> new AssertionError("The product has a launcher."));
		}
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Djava.awt.headless=true", "-jar", launcher.toString(), "-nl", "en",
				"-application", "org.travelcrm.cli.app", "-data", "@none", "-nosplash"));
		command.addAll(List.of(words));
		Process process = new ProcessBuilder(command).directory(product.toFile())
				.redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("The product did not finish " + command + " in time.");
		}
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private record Run(int status, String output) {
	}
}
