package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.ImportProfile.MissingCustomer;
import org.travelcrm.core.imports.RejectedRow;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Organization;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * The two real files in ../shared/data import through the built-in profiles with exactly the
 * counts the profiles imply, every rejected row reported, into data that passes validation.
 * <p>
 * online_retail_sample.csv: 2,709 lines; the 668 without a CustomerID are rejected; 1,171
 * customers; 1,834 invoices, 46 of them cancellations. hotel_bookings.csv: 14,938 rows; by
 * default the 14,206 without a company are rejected, and so are 6 company rows with no guests;
 * 726 bookings of 71 organisations, 201 rows identical to an earlier imported row reported.
 * With walk-in customers only the 15 rows without guests are rejected.
 */
@ExtendWith(FailOnLoggedErrors.class)
class SharedDataImportTest {

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void importsTheOnlineRetailSample() throws IOException {
		ImportPlan plan = TestData.plan(agency, ImportProfile.builtIn("online-retail"),
				TestData.shared("online_retail_sample.csv"));

		assertEquals(2709, plan.rowsRead(), "Every line of the file is read.");
		assertEquals(668, plan.rowsRejected(), "The lines without a CustomerID are rejected.");
		assertTrue(plan.rejected().stream().allMatch(r -> "CustomerID".equals(r.column())),
				"Each rejection names the CustomerID column.");
		assertEquals(1171, plan.customers().created(), "Each CustomerID is one customer.");
		assertEquals(1834, plan.bookings().created(), "Each InvoiceNo is one booking.");
		assertEquals(1117, plan.products().created(), "Each StockCode is one product.");

		plan.createCommand().execute();

		long cancelled = agency.getBookings().stream()
				.filter(b -> b.getStatus() == BookingStatus.CANCELLED).count();
		assertEquals(46, cancelled, "The invoices starting with C are cancellations.");
		Booking first = AgencyIndex.of(agency).booking("573442");
		assertEquals(LocalDate.of(2011, 10, 31), first.getBookedDate(),
				"10/31/2011 10:42 is the booked day.");
		assertEquals("12488", first.getCustomer().getExternalId(), "Invoice 573442 is 12488's.");
		assertValid();
	}

	@Test
	void importsTheHotelBookingsWithCompaniesOnly() throws IOException {
		ImportPlan plan = TestData.plan(agency, ImportProfile.builtIn("hotel-bookings"),
				TestData.shared("hotel_bookings.csv"));

		assertEquals(14938, plan.rowsRead(), "Every row of the file is read.");
		assertEquals(14212, plan.rowsRejected(),
				"Rows without a company, and company rows without guests, are rejected.");
		assertEquals(14206, plan.rejected().stream().filter(r -> "company".equals(r.column()))
				.count(), "14,206 rows are rejected for their missing company.");
		assertEquals(6, plan.rejected().stream()
				.filter(r -> r.column() != null && r.column().startsWith("adults")).count(),
				"Six company rows have no guests at all.");
		assertEquals(726, plan.bookings().created(), "The other rows are bookings.");
		assertEquals(71, plan.customers().created(), "The companies are the customers.");
		assertEquals(201, plan.notices().size(), "Identical imported rows are reported.");

		plan.createCommand().execute();

		Booking second = AgencyIndex.of(agency).booking("hotel-line-2");
		assertEquals(null, second, "Line 2 has no company and is no booking.");
		Booking booking = agency.getBookings().get(0);
		assertTrue(booking.getCustomer() instanceof Organization,
				"Hotel customers are organisations.");
		assertEquals(LocalDate.of(2015, 7, 1), booking.getDepartureDate(),
				"Arrival comes from year, month name and day.");
		assertEquals(0, new BigDecimal("107.42").compareTo(booking.getAmount()),
				"One night at 107.42 costs 107.42.");
		assertEquals(LocalDate.of(2015, 7, 1), booking.getBookedDate(),
				"Booked lead_time (0) days before arrival.");
		assertValid();
	}

	@Test
	void importsEveryHotelRowWithWalkInsWhenAsked() throws IOException {
		ImportProfile profile = ImportProfile.builtIn("hotel-bookings");
		profile.setMissingCustomer(MissingCustomer.WALK_IN);

		ImportPlan plan = TestData.plan(agency, profile, TestData.shared("hotel_bookings.csv"));

		assertEquals(15, plan.rowsRejected(), "Only rows without guests are rejected.");
		assertEquals(14923, plan.bookings().created(), "Every other row is a booking.");
		assertEquals(71 + 14197, plan.customers().created(),
				"One walk-in customer per row without a company.");
		assertEquals(4833, plan.notices().size(), "Every identical row is reported.");
		assertTrue(plan.rejected().stream().map(RejectedRow::reason).allMatch(r -> r.contains("0")),
				"The reasons give the number of travellers.");
	}

	@Test
	void importingARealFileTwiceChangesNothing() throws IOException {
		ImportProfile profile = ImportProfile.builtIn("online-retail");
		TestData.plan(agency, profile, TestData.shared("online_retail_sample.csv"))
				.createCommand().execute();

		ImportPlan again = TestData.plan(agency, profile,
				TestData.shared("online_retail_sample.csv"));

		assertTrue(again.changesNothing(), "The second import finds everything in place.");
	}

	private void assertValid() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(agency);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(),
				"The imported data passes validation: " + diagnostic.getChildren().stream()
						.limit(5).map(Diagnostic::getMessage).toList());
	}
}
