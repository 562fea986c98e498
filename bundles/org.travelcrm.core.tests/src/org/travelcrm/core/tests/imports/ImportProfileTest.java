package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportFileException;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.ImportProfile.DuplicateRows;
import org.travelcrm.core.imports.ImportProfile.MissingCustomer;
import org.travelcrm.core.imports.TwoDigitYears;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Mapping profiles are guessed from English and Chinese headers, saved to and loaded from their
 * properties file unchanged, and the two built-in profiles map the real files' columns.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ImportProfileTest {

	@TempDir
	Path folder;

	@Test
	void guessesFieldsFromChineseHeaders() {
		ImportProfile profile = ImportProfile.guess(List.of("\u5BA2\u6237\u540D\u79F0",
				"\u7535\u8BDD", "\u90AE\u7BB1", "\u8BA2\u5355\u53F7", "\u91D1\u989D",
				"\u65E5\u671F"));

		assertEquals("\u5BA2\u6237\u540D\u79F0", profile.getColumn(ImportField.CUSTOMER_NAME),
				"\u5BA2\u6237\u540D\u79F0 is the customer name.");
		assertEquals("\u7535\u8BDD", profile.getColumn(ImportField.PHONE),
				"\u7535\u8BDD is the phone.");
		assertEquals("\u90AE\u7BB1", profile.getColumn(ImportField.EMAIL),
				"\u90AE\u7BB1 is the email.");
		assertEquals("\u8BA2\u5355\u53F7", profile.getColumn(ImportField.BOOKING_ID),
				"\u8BA2\u5355\u53F7 is the booking id.");
		assertEquals("\u91D1\u989D", profile.getColumn(ImportField.AMOUNT),
				"\u91D1\u989D is the amount.");
		assertEquals("\u65E5\u671F", profile.getColumn(ImportField.BOOKED_DATE),
				"\u65E5\u671F is the booked date.");
	}

	@Test
	void guessesFieldsFromEnglishHeaders() {
		ImportProfile profile = ImportProfile.guess(List.of("Customer ID", "E-Mail",
				"Order No.", "Unit_Price", "Qty", "Notes"));

		assertEquals("Customer ID", profile.getColumn(ImportField.CUSTOMER_ID),
				"Spaces and case do not matter.");
		assertEquals("E-Mail", profile.getColumn(ImportField.EMAIL), "Hyphens do not matter.");
		assertEquals("Order No.", profile.getColumn(ImportField.BOOKING_ID),
				"Dots do not matter.");
		assertEquals("Unit_Price", profile.getColumn(ImportField.UNIT_PRICE),
				"Underscores do not matter.");
		assertEquals("Qty", profile.getColumn(ImportField.QUANTITY), "Qty is the quantity.");
		assertEquals(5, profile.getMappedFields().size(),
				"Only the five known headers are mapped; Notes is left out.");
	}

	@Test
	void savesAndLoadsEverySetting() throws IOException {
		ImportProfile profile = ImportProfile.builtIn("hotel-bookings");
		profile.setName("Hotel = \"walk-ins\" \u9152\u5E97");
		profile.setMissingCustomer(MissingCustomer.WALK_IN);
		profile.setDuplicateRows(DuplicateRows.REJECT);
		profile.setTwoDigitYears(ImportField.BIRTH_DATE, TwoDigitYears.REFUSE);
		profile.setDelimiter('\t');
		profile.setCharset(StandardCharsets.UTF_8);
		Path file = folder.resolve("hotel.properties");

		profile.save(file);
		ImportProfile loaded = ImportProfile.load(file);

		assertEquals(text(profile), text(loaded), "A saved profile loads unchanged.");
		assertEquals("Hotel = \"walk-ins\" \u9152\u5E97", loaded.getName(),
				"Special characters survive.");
		assertEquals('\t', loaded.getDelimiter(), "The tab survives.");
	}

	@Test
	void refusesAnEntryItDoesNotUnderstand() throws IOException {
		Path file = folder.resolve("bad.properties");
		Files.writeString(file, "column.shoeSize=Size\n");

		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> ImportProfile.load(file));

		assertTrue(refused.getMessage().contains("column.shoeSize"),
				"The message names the entry: " + refused.getMessage());
	}

	@Test
	void shipsProfilesForTheRealFiles() {
		ImportProfile retail = ImportProfile.builtIn("online-retail");
		ImportProfile hotel = ImportProfile.builtIn("hotel-bookings");

		assertEquals("CustomerID", retail.getColumn(ImportField.CUSTOMER_ID),
				"Online retail customers are keyed by CustomerID.");
		assertEquals("InvoiceNo", retail.getColumn(ImportField.BOOKING_ID),
				"Online retail bookings are invoices.");
		assertEquals("C", retail.getCancelledPrefix(), "Invoices starting with C are cancelled.");
		assertEquals("company", hotel.getColumn(ImportField.CUSTOMER_ID),
				"Hotel customers are the companies.");
		assertNull(hotel.getColumn(ImportField.BOOKING_ID), "Hotel rows have no booking id.");
		assertEquals(MissingCustomer.REJECT, hotel.getMissingCustomer(),
				"Walk-in customers are made only when the user asks.");
		assertEquals(DuplicateRows.REPORT, hotel.getDuplicateRows(),
				"Identical hotel rows are imported and reported.");
	}

	private static String text(ImportProfile profile) throws IOException {
		StringWriter writer = new StringWriter();
		profile.write(writer);
		return writer.toString();
	}
}
