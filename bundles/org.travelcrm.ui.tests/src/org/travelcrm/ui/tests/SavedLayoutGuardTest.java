package org.travelcrm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.ui.internal.SavedLayoutGuard;

/**
 * A damaged saved window layout is moved aside with its content intact, so that the workbench
 * falls back to the default layout; a sound layout is left where it is.
 */
@ExtendWith(FailOnLoggedErrors.class)
class SavedLayoutGuardTest {

	private static final Path LAYOUT = Path.of(".metadata", ".plugins", "org.eclipse.e4.workbench",
			"workbench.xmi");

	@TempDir
	Path instanceArea;

	@Test
	void aTruncatedLayoutIsKeptAsideAndReported() throws IOException {
		byte[] damaged = "<?xml version=\"1.0\"?>\n<application:Application id=\"x\">\n  <children"
				.getBytes(StandardCharsets.UTF_8);
		Path layout = write(damaged);

		Optional<SavedLayoutGuard.Damage> damage = new SavedLayoutGuard(instanceArea)
				.setAsideIfDamaged();

		assertTrue(damage.isPresent(), "A truncated layout should be reported as damaged.");
		assertFalse(Files.exists(layout), "The damaged layout should no longer be loaded.");
		assertTrue(Files.exists(damage.get().keptAs()), "The damaged layout should be kept.");
		assertArrayEquals(damaged, Files.readAllBytes(damage.get().keptAs()),
				"The kept copy should hold exactly what the damaged file held.");
		assertTrue(damage.get().reason().contains("3"),
				"The reason should name the line where reading failed: " + damage.get().reason());
	}

	@Test
	void anEmptyLayoutIsKeptAside() throws IOException {
		Path layout = write(new byte[0]);

		Optional<SavedLayoutGuard.Damage> damage = new SavedLayoutGuard(instanceArea)
				.setAsideIfDamaged();

		assertTrue(damage.isPresent(), "An empty layout file should be reported as damaged.");
		assertFalse(Files.exists(layout), "The empty layout should be moved aside.");
	}

	@Test
	void aLayoutWithADoctypeIsRefusedWithoutReadingIt() throws IOException {
		Path secret = instanceArea.resolve("secret.txt");
		Files.writeString(secret, "not for the layout");
		write(("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY s SYSTEM \"" + secret.toUri()
				+ "\">]>\n<a>&s;</a>").getBytes(StandardCharsets.UTF_8));

		Optional<SavedLayoutGuard.Damage> damage = new SavedLayoutGuard(instanceArea)
				.setAsideIfDamaged();

		assertTrue(damage.isPresent(), "A layout with a DOCTYPE should be treated as damaged.");
		assertFalse(damage.get().reason().contains("not for the layout"),
				"Nothing from outside the layout file should be read.");
	}

	@Test
	void aSoundLayoutStaysInPlace() throws IOException {
		byte[] sound = "<?xml version=\"1.0\"?>\n<application:Application xmlns:application=\"x\"/>"
				.getBytes(StandardCharsets.UTF_8);
		Path layout = write(sound);

		Optional<SavedLayoutGuard.Damage> damage = new SavedLayoutGuard(instanceArea)
				.setAsideIfDamaged();

		assertTrue(damage.isEmpty(), "A well-formed layout should not be reported as damaged.");
		assertArrayEquals(sound, Files.readAllBytes(layout), "A sound layout should be untouched.");
	}

	@Test
	void noSavedLayoutIsNotDamage() throws IOException {
		assertTrue(new SavedLayoutGuard(instanceArea).setAsideIfDamaged().isEmpty(),
				"A first start without a saved layout should not be reported as damage.");
	}

	private Path write(byte[] content) throws IOException {
		Path layout = instanceArea.resolve(LAYOUT);
		Files.createDirectories(layout.getParent());
		Files.write(layout, content);
		return layout;
	}
}
