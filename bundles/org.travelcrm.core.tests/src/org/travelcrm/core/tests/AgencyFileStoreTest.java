package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.internal.store.FileAgencyStore;
import org.travelcrm.core.internal.store.FileFormat;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Agency files round-trip every attribute exactly in both formats, refuse what they cannot hold
 * before writing anything, never end up half-written, and never read from outside themselves.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AgencyFileStoreTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "agency.crm", "agency.crmb" })
	void theDemoAgencyRoundTripsExactly(String name) throws StoreException {
		Agency original = DemoAgency.create(NO_PROGRESS);
		AgencyStore store = AgencyFiles.store(folder.resolve(name));

		store.save(original, NO_PROGRESS);
		Agency loaded = store.load(NO_PROGRESS);

		assertTrue(EcoreUtil.equals(original, loaded),
				"The loaded agency should equal the saved one in every attribute and reference.");
		assertEquals(original.getBookings().size(), loaded.getBookings().size(),
				"Every booking should come back.");
		assertEquals(original.getCustomers().get(0).getBookings().size(),
				loaded.getCustomers().get(0).getBookings().size(),
				"A customer's bookings should be rebuilt from the bookings on load.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "agency.crm", "agency.crmb" })
	void unusualTextRoundTrips(String name) throws StoreException {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		Customer customer = agency.getCustomers().get(0);
		String longNote = "长".repeat(70_000) + "\n" + "end";
		customer.setName("𠮷野家 😀 Ｗａｎｇ　Ｗｅｉ ＡＢＣ１２３");
		customer.setNotes(longNote);
		customer.setAddress("Line 1\r\nLine 2\tTabbed & <tagged> \"quoted\" 'single'");
		AgencyStore store = AgencyFiles.store(folder.resolve(name));

		store.save(agency, NO_PROGRESS);
		Customer loaded = store.load(NO_PROGRESS).getCustomers().get(0);

		assertEquals("𠮷野家 😀 Ｗａｎｇ　Ｗｅｉ ＡＢＣ１２３", loaded.getName(),
				"Characters outside the BMP and full-width characters should survive.");
		assertEquals(longNote, loaded.getNotes(), "A long note should survive exactly.");
		assertEquals("Line 1\r\nLine 2\tTabbed & <tagged> \"quoted\" 'single'", loaded.getAddress(),
				"Line breaks, tabs and markup characters should survive exactly.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "agency.crm", "agency.crmb" })
	void aControlCharacterIsRefusedAndNothingIsWritten(String name) {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		Customer customer = agency.getCustomers().get(3);
		customer.setNotes("ring the bell\u0007 twice");
		Path file = folder.resolve(name);

		StoreException refusal = assertThrows(StoreException.class,
				() -> AgencyFiles.store(file).save(agency, NO_PROGRESS));

		assertTrue(refusal.getMessage().contains(customer.getExternalId())
				&& refusal.getMessage().contains("notes") && refusal.getMessage().contains("U+0007"),
				"The message should name the customer, the field and the character: "
						+ refusal.getMessage());
		assertFalse(Files.exists(file), "Nothing should be written.");
		assertEquals(0, leftOvers(), "No temporary file should be left behind.");
	}

	@Test
	void anInterruptedSaveLeavesThePreviousVersion() throws Exception {
		Path file = folder.resolve("agency.crm");
		Agency agency = DemoAgency.create(NO_PROGRESS);
		AgencyFiles.store(file).save(agency, NO_PROGRESS);
		byte[] before = Files.readAllBytes(file);
		agency.setName("Changed before the crash");

		FileAgencyStore crashing = new FileAgencyStore(file, FileFormat.XMI) {
			@Override
			protected OutputStream openTemporary(FileChannel channel) {
				return new BreakingStream(super.openTemporary(channel), before.length / 2);
			}
		};
		StoreException failure = assertThrows(StoreException.class,
				() -> crashing.save(agency, NO_PROGRESS));

		assertArrayEquals(before, Files.readAllBytes(file),
				"The file should still hold the previous version, byte for byte.");
		assertTrue(failure.getMessage().contains("previous version"),
				"The message should say the previous version is still there: " + failure.getMessage());
		assertEquals(0, leftOvers(), "The half-written temporary file should be removed.");
	}

	@Test
	void saveKeepsThePreviousVersionAsBackup() throws Exception {
		Path file = folder.resolve("agency.crm");
		Agency agency = DemoAgency.create(NO_PROGRESS);
		FileAgencyStore store = (FileAgencyStore) AgencyFiles.store(file);
		store.save(agency, NO_PROGRESS);
		byte[] first = Files.readAllBytes(file);

		agency.setName("Second version");
		store.save(agency, NO_PROGRESS);

		assertArrayEquals(first, Files.readAllBytes(store.backup()),
				"The backup should hold the first version.");
		assertEquals("Second version", store.load(NO_PROGRESS).getName(),
				"The file should hold the second version.");
	}

	@Test
	void aFileWithAnExternalEntityIsRefusedWithoutReadingOutside() throws Exception {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path file = folder.resolve("evil.crm");
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE crm:Agency [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<crm:Agency xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
				+ "    xmlns:crm=\"http://www.travelcrm.org/model/crm/1.0\" name=\"&s;\"/>\n";
		Files.writeString(file, xml);

		StoreException refusal = assertThrows(StoreException.class,
				() -> AgencyFiles.store(file).load(NO_PROGRESS));

		assertFalse(refusal.getMessage().contains("TOP-SECRET"),
				"Nothing from outside the file may be read: " + refusal.getMessage());
		assertTrue(refusal.getMessage().contains("evil.crm"), "The message should name the file.");
		assertEquals(xml, Files.readString(file), "The refused file should not be changed.");
	}

	@Test
	void aDamagedFileSaysWhereAndIsLeftAlone() throws Exception {
		Path file = folder.resolve("agency.crm");
		AgencyFiles.store(file).save(DemoAgency.create(NO_PROGRESS), NO_PROGRESS);
		String text = Files.readString(file);
		String damaged = text.substring(0, text.length() / 3);
		Files.writeString(file, damaged);

		StoreException failure = assertThrows(StoreException.class,
				() -> AgencyFiles.store(file).load(NO_PROGRESS));

		assertTrue(failure.getLine() > 0, "The line where reading failed should be known.");
		assertTrue(failure.getMessage().contains("line " + failure.getLine()),
				"The message should give the line: " + failure.getMessage());
		assertFalse(failure.getMessage().contains(".."),
				"The parser's reason should not end the sentence twice: " + failure.getMessage());
		assertEquals(damaged, Files.readString(file), "The damaged file should not be changed.");
	}

	@Test
	void aFileOfAnotherKindIsNamedAsSuch() {
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> AgencyFiles.store(folder.resolve("customers.xlsx")));

		assertTrue(refusal.getMessage().contains(".crm") && refusal.getMessage().contains(".crmb"),
				"The message should name the agency file extensions: " + refusal.getMessage());
	}

	@Test
	void theSameAgencyIsSavedAsXmiAndBinaryWithTheSameContent() throws StoreException {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		IndividualTourist anyone = (IndividualTourist) agency.getCustomers().stream()
				.filter(IndividualTourist.class::isInstance).findFirst().orElseThrow();
		anyone.setNotes("same in both");
		AgencyStore xmi = AgencyFiles.store(folder.resolve("a.crm"));
		AgencyStore binary = AgencyFiles.store(folder.resolve("a.crmb"));

		xmi.save(agency, NO_PROGRESS);
		binary.save(xmi.load(NO_PROGRESS), NO_PROGRESS);

		assertTrue(EcoreUtil.equals(xmi.load(NO_PROGRESS), binary.load(NO_PROGRESS)),
				"An agency converted from XMI to binary should have the same content.");
	}

	private long leftOvers() {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".saving")).count();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Fails like a full disk after a number of bytes. */
	private static final class BreakingStream extends FilterOutputStream {

		private long left;

		BreakingStream(OutputStream out, long limit) {
			super(out);
			this.left = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (--left < 0) {
				throw new IOException("No space left on device");
			}
			super.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}
