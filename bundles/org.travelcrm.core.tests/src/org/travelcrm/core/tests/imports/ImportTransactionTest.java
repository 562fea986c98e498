package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.ImportProfile.DuplicateRows;
import org.travelcrm.core.imports.ImportProfile.MissingCustomer;
import org.travelcrm.core.imports.RejectedRow;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * An import is a transaction: the plan changes nothing and lists what will be created, updated
 * and rejected (line, column, reason); applying it is one command that undoes as a whole and
 * leaves the agency unchanged when it fails half-way; importing the same file again changes
 * nothing, and an updated file updates.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ImportTransactionTest {

	private static final String ORDERS = """
			OrderNo,CustomerID,Name,Phone,Date,Quantity,Price,SKU
			O1,C1,Wang Wei,13800138000,2024-03-05,2,100.50,P1
			O1,C1,Wang Wei,13800138000,2024-03-05,1,50,P2
			O2,C2,Li Na,,3/7/2024 10:42,1,80,P1
			CO3,C1,Wang Wei,13800138000,2024-03-09,-1,100.50,P1
			O4,NA,Nobody,,2024-03-10,1,10,P1
			O5,C3,"Zhao
			Liu",13900000000,2024-03-11,x,10,P1
			O1,C2,Li Na,,2024-03-05,1,1,P1
			""";

	@TempDir
	Path folder;

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void planChangesNothingAndListsEverything() throws IOException {
		ImportPlan plan = TestData.plan(agency, orders(), "orders.csv", ORDERS);

		assertTrue(agency.getCustomers().isEmpty() && agency.getBookings().isEmpty(),
				"A plan leaves the agency as it was.");
		assertEquals(2, plan.customers().created(), "C1 and C2 are new; C3 is rejected.");
		assertEquals(3, plan.bookings().created(), "O1, O2 and CO3 are new bookings.");
		assertEquals(2, plan.products().created(), "P1 and P2 are new products.");
		assertEquals(1, plan.linesGrouped(), "The second line of O1 joins the first.");
		assertEquals(List.of(
				new RejectedRow(6, "CustomerID", rejected(plan, 6)),
				new RejectedRow(7, "Quantity", rejected(plan, 7)),
				new RejectedRow(9, "CustomerID", rejected(plan, 9))), plan.rejected(),
				"Rows without a customer, with a bad number, or of another customer's booking"
						+ " are rejected with their file lines, across the quoted line break.");
		assertTrue(rejected(plan, 7).contains("x"), "The reason quotes the bad value.");
		String report = plan.report(10);
		assertTrue(report.contains("orders.csv") && report.contains("8"),
				"The report names the file and the rows read: " + report);
	}

	@Test
	void groupsLinesIntoOneBookingAndRecognisesCancellations() throws IOException {
		apply(TestData.plan(agency, orders(), "orders.csv", ORDERS).createCommand());

		Booking o1 = AgencyIndex.of(agency).booking("O1");
		Booking co3 = AgencyIndex.of(agency).booking("CO3");
		assertEquals(0, new BigDecimal("251.00").compareTo(o1.getAmount()),
				"O1 sums its lines: 2 x 100.50 + 1 x 50.");
		assertEquals(List.of("P1", "P2"), List.of(o1.getProduct().getCode(),
				o1.getExtraProducts().get(0).getCode()),
				"O1 holds the products of both lines.");
		assertEquals(BookingStatus.CANCELLED, co3.getStatus(), "CO3 is a cancellation.");
		assertEquals(0, new BigDecimal("100.50").compareTo(co3.getAmount()),
				"A cancellation keeps the value it cancelled, as a positive amount.");
		assertEquals(LocalDate.of(2024, 3, 7), AgencyIndex.of(agency).booking("O2").getBookedDate(),
				"A M/D/YYYY date with a time is read as its day.");
		assertSame(AgencyIndex.of(agency).customer("C1"), o1.getCustomer(),
				"O1 belongs to C1.");
	}

	@Test
	void appliesAsOneCommandThatUndoesAndRedoes() throws IOException {
		BasicCommandStack stack = new BasicCommandStack();
		Command command = TestData.plan(agency, orders(), "orders.csv", ORDERS).createCommand();

		stack.execute(command);
		assertEquals(3, agency.getBookings().size(), "The import added its bookings.");
		assertTrue(stack.canUndo(), "The import can be undone.");

		stack.undo();
		assertTrue(agency.getCustomers().isEmpty() && agency.getBookings().isEmpty()
				&& agency.getProducts().isEmpty(), "Undo removes everything the import added.");
		assertEquals(null, AgencyIndex.of(agency).customer("C1"), "The index forgets C1.");

		stack.redo();
		assertEquals(2, agency.getCustomers().size(), "Redo adds the customers again.");
		assertNotNull(AgencyIndex.of(agency).booking("O1").getCustomer(),
				"Redo restores the references.");
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws IOException {
		apply(TestData.plan(agency, orders(), "orders.csv", ORDERS).createCommand());

		ImportPlan again = TestData.plan(agency, orders(), "orders.csv", ORDERS);

		assertTrue(again.changesNothing(), "The same file finds everything as it is.");
		assertEquals(2, again.customers().unchanged(), "Both customers are unchanged.");
		assertEquals(3, again.bookings().unchanged(), "All bookings are unchanged.");
		apply(again.createCommand());
		assertEquals(3, agency.getBookings().size(), "Nothing is added twice.");
	}

	@Test
	void anUpdatedFileUpdates() throws IOException {
		apply(TestData.plan(agency, orders(), "orders.csv", ORDERS).createCommand());
		Customer wang = AgencyIndex.of(agency).customer("C1");
		String updated = ORDERS.replace("O2,C2,Li Na,,3/7/2024 10:42,1,80,P1",
				"O2,C2,Li Na,13911112222,3/7/2024 10:42,2,80,P1");

		ImportPlan plan = TestData.plan(agency, orders(), "orders.csv", updated);
		apply(plan.createCommand());

		assertEquals(1, plan.customers().updated(), "Li Na gets a phone number.");
		assertEquals(1, plan.bookings().updated(), "O2 gets a new amount.");
		assertEquals("13911112222", AgencyIndex.of(agency).customer("C2").getPhone(),
				"The new phone is stored.");
		assertEquals(0, new BigDecimal("160").compareTo(
				AgencyIndex.of(agency).booking("O2").getAmount()), "The new amount is stored.");
		assertSame(wang, AgencyIndex.of(agency).customer("C1"),
				"An unchanged customer is the same object.");
	}

	@Test
	void aFailureHalfWayLeavesTheAgencyUnchanged() throws IOException {
		Customer existing = CrmFactory.eINSTANCE.createIndividualTourist();
		existing.setExternalId("C2");
		existing.setName("Li Na");
		agency.getCustomers().add(existing);
		Command command = TestData.plan(agency, orders(), "orders.csv", ORDERS).createCommand();
		agency.eAdapters().add(new FailOnFirstBookingAdded());

		assertThrows(IllegalStateException.class, command::execute,
				"The failure reaches the caller.");

		assertEquals(List.of(existing), agency.getCustomers(),
				"The customers added before the failure are gone again.");
		assertTrue(agency.getBookings().isEmpty() && agency.getProducts().isEmpty(),
				"No booking or product is left behind.");
		assertTrue(existing.getBookings().isEmpty(), "The existing customer has no new booking.");
	}

	@Test
	void aNameBeyondTheBasicPlaneSurvivesImportSaveAndReload() throws IOException {
		ImportProfile profile = ImportProfile.guess(List.of("Customer ID", "Name", "Phone",
				"Email", "City"));
		apply(TestData.plan(agency, profile, TestData.file("excel-utf8-bom.csv"))
				.createCommand());
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi",
				new XMIResourceFactoryImpl());
		URI uri = URI.createFileURI(folder.resolve("agency.xmi").toString());
		Resource resource = resources.createResource(uri);
		resource.getContents().add(agency);
		resource.save(Map.of());

		ResourceSet fresh = new ResourceSetImpl();
		fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi",
				new XMIResourceFactoryImpl());
		fresh.getPackageRegistry().put(CrmPackage.eNS_URI, CrmPackage.eINSTANCE);
		Agency reloaded = (Agency) fresh.getResource(uri, true).getContents().get(0);

		assertEquals("\uD842\uDFB7\u7530 \u82B1\u5B50",
				AgencyIndex.of(reloaded).customer("C1").getName(),
				"\uD842\uDFB7 (U+20BB7) survives import, save and reload.");
		assertTrue(EcoreUtil.equals(agency, reloaded), "Everything else survives too.");
	}

	@Test
	void readsDecimalCommasAndDayFirstDates() throws IOException {
		ImportProfile profile = new ImportProfile();
		profile.setColumn(ImportField.CUSTOMER_ID, "Kundennummer");
		profile.setColumn(ImportField.CUSTOMER_NAME, "Name");
		profile.setColumn(ImportField.BOOKING_ID, "Buchung");
		profile.setColumn(ImportField.BOOKED_DATE, "Datum");
		profile.setColumn(ImportField.AMOUNT, "Betrag");

		apply(TestData.plan(agency, profile, TestData.file("semicolon-decimal-comma.csv"))
				.createCommand());

		Booking b100 = AgencyIndex.of(agency).booking("B-100");
		assertEquals(new BigDecimal("1234.50"), b100.getAmount(), "1.234,50 is 1234.50.");
		assertEquals(LocalDate.of(2024, 3, 5), b100.getBookedDate(), "5.3.2024 is 5 March.");
		assertEquals(LocalDate.of(2024, 3, 7),
				AgencyIndex.of(agency).booking("B-102").getBookedDate(),
				"7.3.24 is read with a recent year.");
		assertEquals("M\u00FCller", AgencyIndex.of(agency).customer("K1").getName(),
				"The umlaut is read from UTF-8.");
	}

	@Test
	void makesWalkInCustomersOnlyWhenAsked() throws IOException {
		ImportProfile profile = orders();
		profile.setMissingCustomer(MissingCustomer.WALK_IN);

		ImportPlan plan = TestData.plan(agency, profile, "orders.csv", ORDERS);

		assertEquals(3, plan.customers().created(), "The row without a customer gets one.");
		assertFalse(plan.rejected().stream().anyMatch(r -> r.line() == 6),
				"Line 6 is no longer rejected.");
	}

	@Test
	void reportsOrRejectsIdenticalRowsAsTheProfileSays() throws IOException {
		String text = "Name,Phone,Amount\nWang,1380000,10\nWang,1380000,10\n";
		ImportProfile profile = ImportProfile.guess(List.of("Name", "Phone", "Amount"));
		profile.setDuplicateRows(DuplicateRows.REPORT);

		ImportPlan reported = TestData.plan(agency, profile, "twice.csv", text);
		profile.setDuplicateRows(DuplicateRows.REJECT);
		ImportPlan rejected = TestData.plan(agency, profile, "twice.csv", text);

		assertEquals(2, reported.bookings().created(), "Reported rows are still imported.");
		assertEquals(3, reported.notices().get(0).line(), "The notice names the second row.");
		assertEquals(1, rejected.bookings().created(), "Rejected rows are not imported.");
		assertEquals(3, rejected.rejected().get(0).line(), "The rejection names the second row.");
	}

	@Test
	void treatsTheProfilesMarkersAsMissing() throws IOException {
		ImportProfile profile = orders();
		profile.setMissingMarkers(List.of("-"));

		ImportPlan plan = TestData.plan(agency, profile, "orders.csv", ORDERS);

		assertFalse(plan.rejected().stream().anyMatch(r -> r.line() == 6),
				"NA is an id like any other when it is no marker.");
	}

	private static ImportProfile orders() {
		ImportProfile profile = ImportProfile.guess(List.of("OrderNo", "CustomerID", "Name",
				"Phone", "Date", "Quantity", "Price", "SKU"));
		profile.setCancelledPrefix("C");
		return profile;
	}

	private static String rejected(ImportPlan plan, int line) {
		return plan.rejected().stream().filter(r -> r.line() == line).findFirst()
				.map(RejectedRow::reason).orElse("(none)");
	}

	private static void apply(Command command) {
		assertTrue(command.canExecute(), "The import command can run.");
		command.execute();
	}

	/** Throws once, when the first booking is added: after customers and products were. */
	private static final class FailOnFirstBookingAdded extends AdapterImpl {

		private boolean failed;

		@Override
		public void notifyChanged(Notification notification) {
			if (!failed && notification.getFeature() == CrmPackage.Literals.AGENCY__BOOKINGS
					&& notification.getEventType() == Notification.ADD_MANY) {
				failed = true;
				throw new IllegalStateException("Disk full while adding bookings.");
			}
		}
	}
}
