package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.internal.store.AgencyResources;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Organization;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.model.impl.BookingImpl;
import org.travelcrm.model.impl.CustomerImpl;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Binary agency files keep every value, including {@code null} over a default and amounts
 * beyond 64 bits, rebuild every opposite list in its original order, still read files of the
 * earlier EMF binary form, and refuse damaged, cut-off or foreign files by name.
 */
@ExtendWith(FailOnLoggedErrors.class)
class BinaryAgencyFileTest {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	@TempDir
	Path folder;

	@Test
	void oppositeListsComeBackInTheirOriginalOrder() throws StoreException {
		Agency original = DemoAgency.create(NO_PROGRESS);
		Agency loaded = roundTrip(original);

		for (int i = 0; i < original.getCustomers().size(); i++) {
			Customer before = original.getCustomers().get(i);
			Customer after = loaded.getCustomers().get(i);
			assertEquals(ids(before.getBookings(), Booking::getExternalId),
					ids(after.getBookings(), Booking::getExternalId),
					"Bookings of " + before.getExternalId() + " in the same order");
			assertEquals(before.getSurveys().size(), after.getSurveys().size(),
					"Surveys of " + before.getExternalId());
			assertEquals(before.getInteractions().size(), after.getInteractions().size(),
					"Interactions of " + before.getExternalId());
			assertTrue(after.getBookings().stream().allMatch(b -> b.getCustomer() == after),
					"Every booking in the list points back to its customer");
			if (before instanceof Organization organization) {
				assertEquals(ids(organization.getEmployees(), Customer::getExternalId),
						ids(((Organization) after).getEmployees(), Customer::getExternalId),
						"Employees of " + before.getExternalId());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "agency.crm", "agency.crmb" })
	void savingCreatesNoEmptyLists(String name) throws Exception {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		Field extraProducts = BookingImpl.class.getDeclaredField("extraProducts");
		extraProducts.setAccessible(true);
		Field tags = CustomerImpl.class.getDeclaredField("tags");
		tags.setAccessible(true);
		long listsBefore = countLists(agency, extraProducts, tags);

		AgencyFiles.store(folder.resolve(name)).save(agency, NO_PROGRESS);

		assertEquals(listsBefore, countLists(agency, extraProducts, tags),
				"Saving should not give every booking and customer an empty list to keep.");
	}

	private static long countLists(Agency agency, Field extraProducts, Field tags)
			throws IllegalAccessException {
		long lists = 0;
		for (Booking booking : agency.getBookings()) {
			lists += extraProducts.get(booking) != null ? 1 : 0;
		}
		for (Customer customer : agency.getCustomers()) {
			lists += tags.get(customer) != null ? 1 : 0;
		}
		return lists;
	}

	@Test
	void nullOverADefaultAndHugeAmountsAreKept() throws StoreException {
		Agency agency = DemoAgency.create(NO_PROGRESS);
		agency.setCurrency(null);
		Booking booking = agency.getBookings().get(0);
		booking.setTravellers(0);
		BigDecimal huge = new BigDecimal("123456789012345678901234567890.125");
		booking.setAmount(huge);
		booking.setCost(new BigDecimal("-0.0001"));

		Agency loaded = roundTrip(agency);

		assertNull(loaded.getCurrency(), "A currency set to nothing stays nothing");
		Booking back = loaded.getBookings().get(0);
		assertEquals(0, back.getTravellers(), "Zero travellers, not the default of one");
		assertEquals(huge, back.getAmount(), "An amount beyond 64 bits, scale included");
		assertEquals(new BigDecimal("-0.0001"), back.getCost(), "A negative small amount");
		assertTrue(EcoreUtil.equals(agency, loaded), "Everything else is equal");
	}

	@Test
	void aFileOfTheEarlierEmfBinaryFormIsStillRead() throws Exception {
		Agency original = DemoAgency.create(NO_PROGRESS);
		Path file = folder.resolve("earlier.crmb");
		Resource earlier = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		AgencyResources.createResourceSet().getResources().add(earlier);
		earlier.getContents().add(EcoreUtil.copy(original));
		Map<Object, Object> options = new HashMap<>();
		options.put(BinaryResourceImpl.OPTION_VERSION,
				BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
		options.put(BinaryResourceImpl.OPTION_STYLE_DATA_CONVERTER, Boolean.TRUE);
		try (OutputStream out = Files.newOutputStream(file)) {
			earlier.save(out, options);
		}

		Agency loaded = AgencyFiles.store(file).load(NO_PROGRESS);

		assertTrue(EcoreUtil.equals(original, loaded), "The earlier form reads the same");
		assertEquals(original.getCustomers().get(0).getBookings().size(),
				loaded.getCustomers().get(0).getBookings().size(), "Opposite lists rebuilt");
	}

	@Test
	void aChangedByteIsCaughtByTheChecksumAndTheFileIsLeftAlone() throws Exception {
		Path file = saved();
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x10;
		Files.write(file, bytes);

		String message = refusal(file);

		assertTrue(message.contains(file.toString()) && message.contains("checksum"),
				"The message names the file and the checksum: " + message);
		assertArrayEquals(bytes, Files.readAllBytes(file), "The file is not touched");
	}

	@Test
	void aCutOffFileIsRefused() throws Exception {
		Path file = saved();
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));

		assertTrue(refusal(file).contains("checksum"), "A cut-off file fails its checksum");
	}

	@Test
	void aFileOfAnotherKindIsRefused() throws Exception {
		Path file = folder.resolve("photo.crmb");
		Files.write(file, "\u00ff\u00d8\u00ff\u00e0 not an agency at all".getBytes(
				StandardCharsets.ISO_8859_1));

		assertTrue(refusal(file).contains("not a binary agency file"), "Named as foreign");
	}

	@Test
	void aFileOfANewerFormatSaysSo() throws Exception {
		Path file = saved();
		byte[] bytes = Files.readAllBytes(file);
		bytes[8] = 99;
		Files.write(file, BinaryAgencyDamageTest.withChecksum(bytes));

		assertTrue(refusal(file).contains("format version 99"), "Names the newer version");
	}

	@Test
	void aFieldThisVersionDoesNotKnowIsNamed() throws Exception {
		Path file = saved();
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = text.indexOf("\u0005notes");
		assertTrue(at > 0, "The schema names the notes field");
		bytes[at + 5] = 'z';
		Files.write(file, BinaryAgencyDamageTest.withChecksum(bytes));

		String message = refusal(file);

		assertTrue(message.contains("\"notez\""), "Names the unknown field: " + message);
	}

	private Agency roundTrip(Agency agency) throws StoreException {
		AgencyStore store = AgencyFiles.store(folder.resolve("agency.crmb"));
		store.save(agency, NO_PROGRESS);
		return store.load(NO_PROGRESS);
	}

	@Test
	void aReferenceOutOfTheAgencyIsNamedAndTheSavedFileKept() throws Exception {
		Path file = saved();
		byte[] before = Files.readAllBytes(file);
		Agency agency = AgencyFiles.store(file).load(NO_PROGRESS);
		Booking booking = agency.getBookings().get(agency.getBookings().size() / 2);
		TravelProduct stray = CrmFactory.eINSTANCE.createTravelProduct();
		stray.setCode("NOWHERE-1");
		booking.setProduct(stray);

		String message = assertThrows(StoreException.class,
				() -> AgencyFiles.store(file).save(agency, NO_PROGRESS)).getMessage();

		assertTrue(message.contains("Booking.product") && message.contains("TravelProduct")
				&& message.contains("not part of the agency"),
				"The message names the field and what it refers to: " + message);
		assertArrayEquals(before, Files.readAllBytes(file), "The saved file is kept");
	}

	private Path saved() throws StoreException {
		Path file = folder.resolve("agency.crmb");
		AgencyFiles.store(file).save(DemoAgency.create(NO_PROGRESS), NO_PROGRESS);
		return file;
	}

	private static String refusal(Path file) {
		return assertThrows(StoreException.class, () -> AgencyFiles.store(file).load(NO_PROGRESS))
				.getMessage();
	}

	private static <T extends EObject> List<String> ids(List<T> objects,
			Function<T, String> id) {
		return objects.stream().map(id).toList();
	}
}
