package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.travelcrm.testing.WorkbookFile.DAY;
import static org.travelcrm.testing.WorkbookFile.NUMBER_WITH_TEXT;
import static org.travelcrm.testing.WorkbookFile.TIME;
import static org.travelcrm.testing.WorkbookFile.bool;
import static org.travelcrm.testing.WorkbookFile.error;
import static org.travelcrm.testing.WorkbookFile.formulaText;
import static org.travelcrm.testing.WorkbookFile.inline;
import static org.travelcrm.testing.WorkbookFile.number;
import static org.travelcrm.testing.WorkbookFile.richText;
import static org.travelcrm.testing.WorkbookFile.styled;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportFileException;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.core.imports.RejectedRow;
import org.travelcrm.core.imports.WorkbookFormat;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.testing.WorkbookFile;

/**
 * Excel workbooks import like CSV files: the first worksheet as the workbook's relationships
 * name it, shared, rich and inline strings, numbers as Excel shows them, days of both date
 * systems, missing cells in their columns, sheet row numbers in every rejection; an error cell
 * rejects its row naming the cell, and old, protected, foreign and bomb-like files are refused.
 */
@ExtendWith(FailOnLoggedErrors.class)
class WorkbookImportTest {

	private static final String YOSHIDA = "\uD842\uDFB7\u7530 \u82B1\u5B50";
	private static final List<String> HEADER = List.of("Customer ID", "Name", "Amount",
			"Booking Date", "Note");

	@TempDir
	Path folder;

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void readsTheFirstWorksheetWithEveryKindOfCell() throws IOException {
		FileSample sample = new Importer(new ImportProfile())
				.sample(write("customers.xlsx", customers()), 10);

		assertEquals(new WorkbookFormat("Customers", true), sample.format(),
				"The first sheet in tab order is read, not the part named sheet1.xml.");
		assertEquals(HEADER, sample.columns(), "The first row names the columns.");
		assertEquals(List.of(
				List.of("C1", YOSHIDA, "1234.5", "2024-03-05", "paid"),
				List.of("C2", "", "0.3", "2024-03-06 10:30:00", "very important"),
				List.of("C3", "Li Na", "100", "2024-03-05", "TRUE"),
				List.of("", "Nobody", "5", "2024-03-07", ""),
				List.of("C4", "Zhao Liu", "#DIV/0!", "2024-03-08", "")), sample.rows(),
				"Shared, inline, rich and formula texts, numbers as Excel shows them, days in ISO"
						+ " form, booleans, and missing cells as empty fields in their columns.");
		assertEquals("Customer ID", sample.guessed().getColumn(ImportField.CUSTOMER_ID),
				"A profile is guessed from the header row as for a CSV file.");
	}

	@Test
	void importsTheValuesOfTheCells() throws IOException {
		ImportPlan plan = plan("customers.xlsx", customers());
		plan.createCommand().execute();

		AgencyIndex index = AgencyIndex.of(agency);
		assertEquals(YOSHIDA, index.customer("C1").getName(),
				"A name beyond the basic plane is read whole.");
		assertNull(index.customer("C2").getName(), "A missing cell is an empty field.");
		Booking first = index.booking("line-2");
		assertEquals(0, new BigDecimal("1234.5").compareTo(first.getAmount()),
				"The number 1234.5 is the amount: " + first.getAmount());
		assertEquals(LocalDate.of(2024, 3, 5), first.getBookedDate(),
				"A day-formatted cell is the booked day.");
		assertEquals(0, new BigDecimal("0.3").compareTo(index.booking("line-3").getAmount()),
				"0.1 + 0.2 as a double is the 0.3 Excel shows.");
		assertEquals(LocalDate.of(2024, 3, 6), index.booking("line-3").getBookedDate(),
				"A day with a time of day is read as its day.");
		assertNotNull(index.booking("line-9"),
				"The booking of sheet row 9 is named after that row, past the empty rows.");
	}

	@Test
	void rejectsRowsWithTheirSheetRowNumbersAndErrorCellsNamingTheCell() throws IOException {
		ImportPlan plan = plan("customers.xlsx", customers());

		assertEquals(5, plan.rowsRead(), "Five rows hold data; the empty rows are skipped.");
		assertEquals(List.of(10, 17), plan.rejected().stream().map(RejectedRow::line).toList(),
				"Rejected rows carry the sheet's row numbers.");
		assertEquals("Customer ID", plan.rejected().get(0).column(),
				"Row 10 has no customer id.");
		RejectedRow errorCell = plan.rejected().get(1);
		assertEquals("Amount", errorCell.column(), "The error is in the amount column.");
		assertTrue(errorCell.reason().contains("Customers!C17")
				&& errorCell.reason().contains("#DIV/0!"),
				"The reason names the cell and its error: " + errorCell.reason());
		assertEquals(3, plan.customers().created(), "C1, C2 and C3 are created.");
		String report = plan.report(10);
		assertTrue(report.contains("Excel workbook, sheet 'Customers'"),
				"The report says which workbook sheet was read: " + report);
		assertTrue(report.contains("row 17, Amount: "), "The report lists sheet rows: " + report);
	}

	@Test
	void writesNumbersAsExcelShowsThem() throws IOException {
		byte[] workbook = new WorkbookFile("Numbers")
				.row(1, "a", "b", "c", "d", "e", "f", "g", "h")
				.row(2, number("0.30000000000000004"), number("100.0"), number("1.5E-3"),
						number("13800138000"), number("-2.50"), styled("12.5", NUMBER_WITH_TEXT),
						styled("0.4375", TIME), bool(false))
				.bytes();

		assertEquals(List.of(List.of("0.3", "100", "0.0015", "13800138000", "-2.5", "12.5",
				"10:30:00", "FALSE")), sample("numbers.xlsx", workbook).rows(),
				"No float noise, exponent or trailing zeros; a format with quoted letters is no"
						+ " day; a time format below one day is a time of day.");
	}

	@Test
	void readsDaysAroundTheLeapDayThat1900NeverHad() throws IOException {
		byte[] workbook = new WorkbookFile("Days")
				.row(1, "Customer ID", "Booking Date", "Amount")
				.row(2, "C1", styled("59", DAY), 1)
				.row(3, "C2", styled("60", DAY), 1)
				.row(4, "C3", styled("61", DAY), 1)
				.bytes();

		assertEquals(List.of(List.of("C1", "1900-02-28", "1"), List.of("C2", "1900-02-29", "1"),
				List.of("C3", "1900-03-01", "1")), sample("days.xlsx", workbook).rows(),
				"Day 60 is the 29 February 1900 Excel counts; the days around it are right.");
		ImportPlan plan = plan("days.xlsx", workbook,
				ImportProfile.guess(List.of("Customer ID", "Booking Date", "Amount")));
		assertEquals(List.of(3), plan.rejected().stream().map(RejectedRow::line).toList(),
				"The day that never was is rejected rather than shifted.");
	}

	@Test
	void readsDaysOfThe1904DateSystem() throws IOException {
		byte[] workbook = new WorkbookFile("Mac").date1904()
				.row(1, "Customer ID", "Booking Date")
				.row(2, "C1", LocalDate.of(2024, 3, 5))
				.row(3, "C2", styled("0", DAY))
				.bytes();

		assertEquals(List.of(List.of("C1", "2024-03-05"), List.of("C2", "1904-01-01")),
				sample("mac.xlsx", workbook).rows(),
				"Days of a 1904 workbook count from 1 January 1904.");
	}

	@Test
	void placesCellsWithoutReferencesAndRejectsValuesBeyondTheHeader() throws IOException {
		byte[] workbook = new WorkbookFile("Sparse")
				.row(1, "Customer ID", "Name", "Amount")
				.rawRow("<row r=\"3\"><c t=\"inlineStr\"><is><t>C1</t></is></c>"
						+ "<c t=\"inlineStr\"><is><t>Wang</t></is></c><c><v>7</v></c></row>")
				.rawRow("<row><c r=\"A4\" t=\"inlineStr\"><is><t>C2</t></is></c>"
						+ "<c r=\"C4\"><v>8</v></c></row>")
				.row(5, "C3", null, 9, null, "a note without a column")
				.bytes();
		ImportProfile profile = ImportProfile.guess(List.of("Customer ID", "Name", "Amount"));

		assertEquals(List.of(List.of("C1", "Wang", "7"), List.of("C2", "", "8")),
				sample("sparse.xlsx", workbook).rows().subList(0, 2),
				"Cells without a reference follow the one before; a row without a number follows"
						+ " the row before.");
		ImportPlan plan = plan("sparse.xlsx", workbook, profile);
		assertEquals(1, plan.rejected().size(), "Only row 5 is rejected: " + plan.rejected());
		assertEquals(5, plan.rejected().get(0).line(), "The rejected row is sheet row 5.");
		assertTrue(plan.rejected().get(0).reason().contains(" E,"),
				"The reason names column E: " + plan.rejected().get(0).reason());
	}

	@Test
	void theSameDataAsCsvAndAsWorkbookPlanAlike() throws IOException {
		String csv = """
				OrderNo,CustomerID,Name,Phone,Date,Quantity,Price,SKU
				O1,C1,Wang Wei,13800138000,2024-03-05,2,100.50,P1
				O1,C1,Wang Wei,13800138000,2024-03-05,1,50,P2
				O2,C2,Li Na,,2024-03-07,1,80,P1
				CO3,C1,Wang Wei,13800138000,2024-03-09,-1,100.50,P1
				O4,,Nobody,,2024-03-10,1,10,P1
				O5,C3,Zhao Liu,13900000000,2024-03-11,x,10,P1
				O1,C2,Li Na,,2024-03-05,1,1,P1
				""";
		LocalDate day = LocalDate.of(2024, 3, 5);
		byte[] workbook = new WorkbookFile("Orders")
				.row(1, "OrderNo", "CustomerID", "Name", "Phone", "Date", "Quantity", "Price",
						"SKU")
				.row(2, "O1", "C1", "Wang Wei", 13800138000L, day, 2, 100.5, "P1")
				.row(3, "O1", "C1", "Wang Wei", 13800138000L, day, 1, 50, "P2")
				.row(4, "O2", "C2", "Li Na", null, day.plusDays(2), 1, 80, "P1")
				.row(5, "CO3", "C1", "Wang Wei", 13800138000L, day.plusDays(4), -1, 100.5, "P1")
				.row(6, "O4", null, "Nobody", null, day.plusDays(5), 1, 10, "P1")
				.row(7, "O5", "C3", "Zhao Liu", 13900000000L, day.plusDays(6), "x", 10, "P1")
				.row(8, "O1", "C2", "Li Na", null, day, 1, 1, "P1")
				.bytes();
		ImportProfile profile = ImportProfile.guess(List.of("OrderNo", "CustomerID", "Name",
				"Phone", "Date", "Quantity", "Price", "SKU"));
		profile.setCancelledPrefix("C");

		ImportPlan fromCsv = TestData.plan(agency, profile, "orders.csv", csv);
		ImportPlan fromWorkbook = plan("orders.xlsx", workbook, profile);

		assertEquals(counts(fromCsv), counts(fromWorkbook),
				"Rows, customers, bookings and products are counted alike.");
		assertEquals(fromCsv.rejected(), fromWorkbook.rejected(),
				"The same rows are rejected on the same lines, columns and reasons.");
		assertEquals(3, fromWorkbook.bookings().created(), "O1, O2 and CO3 are new bookings.");
	}

	@Test
	void refusesAnExcel97File() {
		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> plan("old.xls", compoundFile(false)));

		assertTrue(refused.getMessage().contains("old.xls")
				&& refused.getMessage().contains("97-2003")
				&& refused.getMessage().contains(".xlsx") && refused.getMessage().contains("CSV"),
				"The message names the file and says to save it as .xlsx or CSV: "
						+ refused.getMessage());
		assertTrue(agency.getCustomers().isEmpty(), "Nothing of a refused file is imported.");
	}

	@Test
	void refusesAPasswordProtectedWorkbook() {
		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> plan("secret.xlsx", compoundFile(true)));
		ImportFileException old = assertThrows(ImportFileException.class,
				() -> plan("secret.xlsx", compoundFile(false)));

		assertTrue(refused.getMessage().contains("secret.xlsx")
				&& refused.getMessage().contains("password")
				&& refused.getMessage().contains("CSV"),
				"The message says the password is in the way and what to do: "
						+ refused.getMessage());
		assertNotEquals(old.getMessage(), refused.getMessage(),
				"A protected workbook is told apart from an Excel 97-2003 file.");
	}

	@Test
	void refusesAZipArchiveThatIsNoWorkbook() {
		Map<String, byte[]> parts = Map.of("orders.csv",
				"OrderNo,CustomerID\nO1,C1\n".getBytes(StandardCharsets.UTF_8));

		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> plan("orders.zip", WorkbookFile.zip(parts)));
		ImportFileException named = assertThrows(ImportFileException.class,
				() -> plan("orders.xlsx", "OrderNo,CustomerID\nO1,C1\n".getBytes(
						StandardCharsets.UTF_8)));

		assertTrue(refused.getMessage().contains("orders.zip")
				&& refused.getMessage().contains("no Excel workbook"),
				"A zip archive without a workbook is refused: " + refused.getMessage());
		assertTrue(named.getMessage().contains("orders.xlsx")
				&& named.getMessage().contains("no zip archive"),
				"A text file named .xlsx is refused: " + named.getMessage());
	}

	@Test
	void refusesAZipBombInTheSheetOrInAPartNobodyReads() {
		String bomb = " ".repeat(8 << 20);
		byte[] inSheet = new WorkbookFile("Bomb").row(1, "a")
				.part("xl/worksheets/sheet2.xml", bomb).bytes();
		byte[] elsewhere = new WorkbookFile("Bomb").row(1, "a")
				.part("docProps/padding.bin", bomb).bytes();

		ImportFileException sheet = assertThrows(ImportFileException.class,
				() -> plan("bomb.xlsx", inSheet));
		ImportFileException unread = assertThrows(ImportFileException.class,
				() -> plan("bomb.xlsx", elsewhere));

		assertTrue(sheet.getMessage().contains("xl/worksheets/sheet2.xml")
				&& sheet.getMessage().contains("zip bomb"),
				"The message names the part that expands too much: " + sheet.getMessage());
		assertTrue(unread.getMessage().contains("docProps/padding.bin"),
				"A part that is not read is still guarded: " + unread.getMessage());
	}

	@Test
	void refusesADoctypeAndDamagedXml() {
		byte[] doctype = new WorkbookFile("Entities").row(1, "a").part("xl/workbook.xml",
				"<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY x SYSTEM"
						+ " \"file:///etc/hostname\">]><workbook>&x;</workbook>")
				.bytes();
		byte[] damaged = new WorkbookFile("Damaged").row(1, "a")
				.part("xl/worksheets/sheet2.xml", "<worksheet><sheetData><row>").bytes();

		ImportFileException entities = assertThrows(ImportFileException.class,
				() -> plan("entities.xlsx", doctype));
		ImportFileException broken = assertThrows(ImportFileException.class,
				() -> plan("damaged.xlsx", damaged));

		assertTrue(entities.getMessage().contains("DOCTYPE")
				&& entities.getMessage().contains("xl/workbook.xml"),
				"A DOCTYPE is refused before anything is resolved: " + entities.getMessage());
		assertTrue(broken.getMessage().contains("damaged.xlsx")
				&& broken.getMessage().contains("xl/worksheets/sheet2.xml"),
				"Damaged XML names the file and the part: " + broken.getMessage());
	}

	/**
	 * A sheet with a header, shared, rich, inline and formula strings, empty rows 4 to 8, a row
	 * without a customer id (10) and an error cell (C17); a second sheet is not to be read.
	 */
	private static byte[] customers() {
		return new WorkbookFile("Customers")
				.row(1, HEADER.toArray())
				.row(2, "C1", YOSHIDA, 1234.5, LocalDate.of(2024, 3, 5), inline("paid"))
				.row(3, "C2", null, number("0.30000000000000004"),
						LocalDateTime.of(2024, 3, 6, 10, 30), richText("very ", "important"))
				.rawRow("<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" t=\"s\"/></row>")
				.row(9, "C3", formulaText("Li Na"), number("100.0"), styled("45356", DAY),
						bool(true))
				.row(10, null, "Nobody", 5, LocalDate.of(2024, 3, 7))
				.row(17, "C4", "Zhao Liu", error("#DIV/0!"), LocalDate.of(2024, 3, 8))
				.bytes();
	}

	private ImportPlan plan(String fileName, byte[] workbook) throws IOException {
		return plan(fileName, workbook, ImportProfile.guess(HEADER));
	}

	private ImportPlan plan(String fileName, byte[] workbook, ImportProfile profile)
			throws IOException {
		return new Importer(profile).referenceDate(TestData.TODAY).plan(agency, fileName,
				workbook, new NullProgressMonitor());
	}

	private FileSample sample(String fileName, byte[] workbook) throws IOException {
		return new Importer(new ImportProfile()).sample(write(fileName, workbook), 10);
	}

	private Path write(String fileName, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(fileName), bytes);
	}

	private static Map<String, Object> counts(ImportPlan plan) {
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("read", plan.rowsRead());
		counts.put("imported", plan.rowsImported());
		counts.put("rejected", plan.rowsRejected());
		counts.put("grouped", plan.linesGrouped());
		counts.put("customers", plan.customers());
		counts.put("bookings", plan.bookings());
		counts.put("products", plan.products());
		return counts;
	}

	/**
	 * The start of a compound file, as Excel 97-2003 workbooks and password-protected workbooks
	 * are; a protected one holds a stream named EncryptedPackage.
	 */
	private static byte[] compoundFile(boolean encrypted) {
		byte[] bytes = new byte[2048];
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
				(byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		byte[] stream = (encrypted ? "EncryptedPackage" : "Workbook")
				.getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(stream, 0, bytes, 1024, stream.length);
		return bytes;
	}
}
