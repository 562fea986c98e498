package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32C;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.internal.store.AgencyResources;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * A binary agency file damaged in any byte, even with its checksum made to match, or cut to any
 * length, is refused with a message naming the file, or loads as a well-formed agency; never an
 * unexpected error, a hang or an allocation of gigabytes, also for the earlier EMF form.
 */
@ExtendWith(FailOnLoggedErrors.class)
class BinaryAgencyDamageTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();
	private static final byte[] MAGIC = "TCRMBIN\u001A".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] EMF = { (byte) 0x89, 'e', 'm', 'f', '\n', '\r', 0x1A, '\n' };

	@TempDir
	Path folder;

	@Test
	void everyByteOfASmallFileChangedWithAMatchingChecksumIsRefusedOrLoadsWellFormed()
			throws Exception {
		byte[] good = saved(smallAgency());
		int[] values = { 0x00, 0x01, 0x7F, 0x80, 0xFF };
		for (int at = 0; at < good.length - 4; at++) {
			for (int value : values) {
				byte[] bytes = good.clone();
				bytes[at] = (byte) value;
				attack(withChecksum(bytes), "byte " + at + " set to " + value);
			}
		}
	}

	@Test
	void randomDamageToALargerFileWithAMatchingChecksumIsRefusedOrLoadsWellFormed()
			throws Exception {
		byte[] good = saved(BinaryAgencyRoundTripTest.richAgency(true));
		Random random = new Random(42);
		for (int round = 0; round < 1500; round++) {
			byte[] bytes = good.clone();
			int changes = 1 + random.nextInt(3);
			for (int i = 0; i < changes; i++) {
				bytes[MAGIC.length + random.nextInt(bytes.length - MAGIC.length - 4)] =
						(byte) random.nextInt(256);
			}
			attack(withChecksum(bytes), "round " + round);
		}
	}

	@Test
	void aFileCutAtAnyLengthIsRefused() throws Exception {
		byte[] good = saved(smallAgency());
		for (int length = 0; length < good.length; length++) {
			byte[] bytes = java.util.Arrays.copyOf(good, length);
			String message = refusal(bytes, "cut to " + length);
			assertFalse(message.contains("Exception"), "A plain message: " + message);
		}
	}

	@Test
	void hugeCountsAreRefusedWithoutAllocating() throws Exception {
		byte[] varint = { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07 };
		// No packages, no classes, then 2^31-1 objects.
		byte[] objects = concat(MAGIC, new byte[] { 1, 0, 0 }, varint, new byte[4]);
		assertTrue(refusal(withChecksum(objects), "objects").contains("damaged"));
		// One package whose name is 2^31-1 bytes long.
		byte[] name = concat(MAGIC, new byte[] { 1, 1 }, varint, new byte[4]);
		assertTrue(refusal(withChecksum(name), "name").contains("damaged"));
	}

	@Test
	void tinyFilesAreRefusedAsForeign() throws Exception {
		for (byte[] bytes : List.of(new byte[0], new byte[] { 'T', 'C', 'R' }, MAGIC,
				concat(MAGIC, new byte[] { 1 }), concat(MAGIC, new byte[5]))) {
			String message = refusal(bytes, bytes.length + " bytes");
			assertFalse(message.contains("Exception"), "A plain message: " + message);
		}
	}

	@Test
	void theEarlierEmfFormDamagedOrWithHugeCountsIsRefused() throws Exception {
		byte[] good = savedAsEmf(smallAgency());
		int[] values = { 0x00, 0x7F, 0x80, 0xBF, 0xFF };
		for (int at = EMF.length; at < good.length; at++) {
			for (int value : values) {
				byte[] bytes = good.clone();
				bytes[at] = (byte) value;
				attack(bytes, "earlier form, byte " + at + " set to " + value);
			}
		}
		for (int length = EMF.length; length < good.length; length++) {
			refusal(java.util.Arrays.copyOf(good, length), "earlier form cut to " + length);
		}
	}

	/** Loads damaged bytes: refused with a plain message, or an agency that is well-formed. */
	private void attack(byte[] bytes, String what) throws IOException {
		Path file = folder.resolve("damaged.crmb");
		Files.write(file, bytes);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			try {
				Agency agency = AgencyFiles.store(file).load(NO_PROGRESS);
				assertWellFormed(agency, what);
			} catch (StoreException e) {
				assertPlain(e, file, what);
			}
		}, what);
	}

	private String refusal(byte[] bytes, String what) throws IOException {
		Path file = folder.resolve("refused.crmb");
		Files.write(file, bytes);
		StoreException e = assertThrows(StoreException.class,
				() -> AgencyFiles.store(file).load(NO_PROGRESS), what);
		assertPlain(e, file, what);
		return e.getMessage();
	}

	private static void assertPlain(StoreException e, Path file, String what) {
		assertTrue(e.getMessage().contains(file.toString()), what + ": names the file: "
				+ e.getMessage());
		assertTrue(e.getCause() instanceof IOException, what + ": refused as unreadable, not "
				+ e.getCause());
		String message = e.getMessage().replace(file.toString(), "");
		for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
			if (t instanceof RuntimeException && t.getMessage() != null
					&& message.contains(t.getMessage())) {
				throw new AssertionError(what + ": the message of an unexpected " + t + " in "
						+ e.getMessage(), e);
			}
		}
	}

	/** Every reference holds an object of its type inside the agency; every object one place. */
	private static void assertWellFormed(Agency agency, String what) {
		int count = 0;
		for (Iterator<EObject> it = agency.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			assertTrue(++count < 1_000_000, what + ": a finite agency");
			assertTrue(EcoreUtil.isAncestor(agency, object), what + ": inside the agency");
			for (EReference reference : object.eClass().getEAllReferences()) {
				Object value = object.eGet(reference, false);
				List<?> values = reference.isMany() ? (List<?>) value
						: value == null ? List.of() : List.of(value);
				for (Object target : values) {
					assertTrue(reference.getEReferenceType().isInstance(target),
							what + ": " + reference.getName() + " holds a "
									+ ((EObject) target).eClass().getName());
					assertTrue(EcoreUtil.isAncestor(agency, (EObject) target),
							what + ": " + reference.getName() + " stays inside");
				}
				if (reference.isMany() && reference.isUnique()) {
					assertEquals(values.size(), new java.util.HashSet<>(values).size(),
							what + ": no repeats in " + reference.getName());
				}
				EReference opposite = reference.getEOpposite();
				if (opposite != null && !opposite.isMany()) {
					for (Object target : values) {
						assertEquals(object, ((EObject) target).eGet(opposite), what
								+ ": the other end of " + reference.getName() + " agrees");
					}
				}
			}
		}
	}

	private static Agency smallAgency() {
		CrmFactory crm = CrmFactory.eINSTANCE;
		Agency agency = crm.createAgency();
		agency.setName("Small");
		IndividualTourist tourist = crm.createIndividualTourist();
		tourist.setExternalId("C1");
		tourist.setBirthDate(java.time.LocalDate.of(1980, 5, 6));
		tourist.getTags().add("VIP");
		agency.getCustomers().add(tourist);
		Booking booking = crm.createBooking();
		booking.setExternalId("B1");
		booking.setAmount(new java.math.BigDecimal("12.50"));
		booking.setCustomer(tourist);
		agency.getBookings().add(booking);
		return agency;
	}

	private byte[] saved(Agency agency) throws Exception {
		Path file = folder.resolve("good.crmb");
		AgencyFiles.store(file).save(agency, NO_PROGRESS);
		return Files.readAllBytes(file);
	}

	private static byte[] savedAsEmf(Agency agency) throws IOException {
		Resource earlier = new BinaryResourceImpl(URI.createFileURI("earlier.crmb"));
		AgencyResources.createResourceSet().getResources().add(earlier);
		earlier.getContents().add(agency);
		Map<Object, Object> options = new HashMap<>();
		options.put(BinaryResourceImpl.OPTION_VERSION,
				BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
		options.put(BinaryResourceImpl.OPTION_STYLE_DATA_CONVERTER, Boolean.TRUE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStream stream = out) {
			earlier.save(stream, options);
		}
		return out.toByteArray();
	}

	/** The bytes with their last four replaced by the CRC-32C of the rest, as a file ends. */
	static byte[] withChecksum(byte[] bytes) {
		if (bytes.length < 4) {
			return bytes;
		}
		CRC32C crc = new CRC32C();
		int end = bytes.length - 4;
		crc.update(bytes, 0, end);
		long value = crc.getValue();
		for (int i = 0; i < 4; i++) {
			bytes[end + i] = (byte) (value >>> (8 * i));
		}
		return bytes;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
