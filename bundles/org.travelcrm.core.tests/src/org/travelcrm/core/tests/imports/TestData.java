package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.model.Agency;

/**
 * The files the import tests read: small ones in this bundle's {@code data/imports} folder, and
 * the real shared files beside the repository.
 */
final class TestData {

	/** The day two-digit years are resolved against in every test. */
	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private TestData() {
	}

	/** A file of this bundle's {@code data/imports} folder. */
	static Path file(String name) throws IOException {
		URL entry = Platform.getBundle("org.travelcrm.core.tests").getEntry("data/imports/" + name);
		if (entry == null) {
			throw new IOException("The test bundle lacks data/imports/" + name + ".");
		}
		return new File(FileLocator.toFileURL(entry).getPath()).toPath();
	}

	/**
	 * A file of the shared data folder (system property travelcrm.sharedData); the test is
	 * skipped, saying why, when the folder is not there.
	 */
	static Path shared(String name) {
		String folder = System.getProperty("travelcrm.sharedData");
		assumeTrue(folder != null, "The system property travelcrm.sharedData is not set.");
		Path file = Path.of(folder, name);
		assumeTrue(Files.isRegularFile(file), "The shared data file " + file
				+ " is not there (../shared/data beside the clone).");
		return file;
	}

	static ImportPlan plan(Agency agency, ImportProfile profile, String fileName, String text)
			throws IOException {
		return new Importer(profile).referenceDate(TODAY).plan(agency, fileName,
				text.getBytes(StandardCharsets.UTF_8), new NullProgressMonitor());
	}

	static ImportPlan plan(Agency agency, ImportProfile profile, Path file) throws IOException {
		return new Importer(profile).referenceDate(TODAY).plan(agency, file,
				new NullProgressMonitor());
	}
}
