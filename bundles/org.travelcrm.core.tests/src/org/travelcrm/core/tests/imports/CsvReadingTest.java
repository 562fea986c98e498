package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.imports.CsvFormat;
import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportFileException;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.core.imports.RejectedRow;
import org.travelcrm.core.imports.SourceFormat;
import org.travelcrm.core.internal.imports.CsvParser;
import org.travelcrm.core.internal.imports.SourceTable;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Delimited files are read as they were written: UTF-8 with or without a byte order mark,
 * GB18030/GBK detected, anything else refused naming the file and the first bad byte; comma,
 * semicolon and tab detected; quotes, doubled quotes and line breaks inside fields kept, with
 * file line numbers counted across them; header rows detected.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CsvReadingTest {

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void readsAnExcelUtf8FileWithByteOrderMark() throws IOException {
		FileSample sample = new Importer(new ImportProfile())
				.sample(TestData.file("excel-utf8-bom.csv"), 10);

		assertEquals(StandardCharsets.UTF_8, csv(sample.format()).charset(), "The file is UTF-8.");
		assertTrue(csv(sample.format()).byteOrderMark(), "The byte order mark should be noticed.");
		assertEquals(List.of("Customer ID", "Name", "Phone", "Email", "City"), sample.columns(),
				"The header names the columns, without the byte order mark before the first.");
		assertEquals("\uD842\uDFB7\u7530 \u82B1\u5B50", sample.rows().get(0).get(1),
				"A character beyond the basic plane is read whole.");
		assertEquals("Wang, Wei", sample.rows().get(1).get(1),
				"A quoted comma belongs to the field.");
		assertEquals("Li \"Lily\" Na", sample.rows().get(2).get(1),
				"A doubled quote stands for one quote.");
		assertEquals("Shang\r\nhai", sample.rows().get(2).get(4),
				"A quoted line break belongs to the field.");
	}

	@Test
	void countsFileLinesAcrossLineBreaksInsideQuotes() throws IOException {
		ImportProfile profile = ImportProfile.guess(List.of("Customer ID", "Name", "Phone",
				"Email", "City"));

		ImportPlan plan = TestData.plan(agency, profile, TestData.file("excel-utf8-bom.csv"));

		assertEquals(List.of(7), plan.rejected().stream().map(RejectedRow::line).toList(),
				"The row without an id starts on file line 7, after a field spanning two lines.");
		assertEquals("Customer ID", plan.rejected().get(0).column(),
				"The rejection names the column that is empty.");
		assertEquals(4, plan.customers().created(), "The other four rows are customers.");
	}

	@Test
	void detectsGbkWithoutByteOrderMark() throws IOException {
		FileSample sample = new Importer(new ImportProfile())
				.sample(TestData.file("gbk-customers.csv"), 10);

		assertEquals(Charset.forName("GB18030"), csv(sample.format()).charset(),
				"A GBK file is read as GB18030, its superset.");
		assertEquals(List.of("\u5BA2\u6237\u540D\u79F0", "\u7535\u8BDD"), sample.columns(),
				"The Chinese header is read.");
		assertEquals(List.of("\u738B\u4F1F", "13800138000"), sample.rows().get(0),
				"The first row is read in Chinese.");
	}

	@Test
	void refusesAFileThatIsNeitherUtf8NorGbk() {
		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> new Importer(new ImportProfile()).plan(agency,
						TestData.file("latin1-neither.csv"), null));

		String message = refused.getMessage();
		assertTrue(message.contains("latin1-neither.csv"),
				"The message names the file: " + message);
		assertTrue(message.contains("13"),
				"The message gives the offset of the bad byte: " + message);
		assertTrue(message.contains("0xE9"), "The message shows the bad byte: " + message);
		assertTrue(message.contains(" 2"),
				"The message gives the line: " + message);
		assertTrue(agency.getCustomers().isEmpty(), "Nothing of a refused file is imported.");
	}

	@Test
	void detectsSemicolonsAndDecimalCommas() throws IOException {
		FileSample sample = new Importer(new ImportProfile())
				.sample(TestData.file("semicolon-decimal-comma.csv"), 10);

		assertEquals(';', csv(sample.format()).delimiter(), "The delimiter is the semicolon.");
		assertTrue(csv(sample.format()).decimalComma(), "1.234,50 uses a decimal comma.");
		assertEquals("1.234,50", sample.rows().get(0).get(4), "The field is read as written.");
	}

	@Test
	void detectsTabsAndAMissingHeader() throws IOException {
		SourceTable table = SourceTable.of("tabs.txt",
				"1\t2024-03-05\t9.50\n2\t2024-03-06\t10\n".getBytes(StandardCharsets.UTF_8),
				new ImportProfile());

		assertEquals('\t', csv(table.format()).delimiter(), "The delimiter is the tab.");
		assertFalse(table.format().header(), "A first row of numbers is no header.");
		assertEquals(List.of("#1", "#2", "#3"), table.columns(),
				"Without a header the columns are numbered.");
	}

	@Test
	void keepsACommaInsideQuotesFromDecidingTheDelimiter() throws IOException {
		SourceTable table = SourceTable.of("quoted.csv",
				"name;city\n\"Wang, Wei\";Beijing\n\"Li, Na\";Shanghai\n"
						.getBytes(StandardCharsets.UTF_8), new ImportProfile());

		assertEquals(';', csv(table.format()).delimiter(), "Quoted commas do not count.");
	}

	@Test
	void parsesRecordsWithTheirStartingLines() throws IOException {
		CsvParser parser = new CsvParser("a,b\r\n\"x\ny\",\"q\"\"\"\n\nlast,\n", ',', "t.csv");
		List<String> seen = new ArrayList<>();
		while (parser.next()) {
			seen.add(parser.line() + ":" + parser.fields());
		}

		assertEquals(List.of("1:[a, b]", "2:[x\ny, q\"]", "5:[last, ]"), seen,
				"Records keep their fields and the line they start on; empty lines are skipped.");
	}

	@Test
	void refusesAQuoteThatNeverCloses() {
		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> TestData.plan(agency, new ImportProfile(), "open.csv",
						"name,phone\nok,1\n\"never closed,2\n"));

		assertTrue(refused.getMessage().contains("open.csv")
				&& refused.getMessage().contains("3"),
				"The message names the file and the line the quote opens on: "
						+ refused.getMessage());
	}

	@Test
	void refusesAFileOfWhichNoColumnFeedsAField() throws IOException {
		String text = "note,remark\nsent the brochure,call back in May\nno answer,\n";
		ImportProfile profile = ImportProfile.guess(SourceTable.of("notes.csv",
				text.getBytes(StandardCharsets.UTF_8), new ImportProfile()).columns());

		ImportFileException refused = assertThrows(ImportFileException.class,
				() -> TestData.plan(agency, profile, "notes.csv", text));

		assertTrue(profile.getMappedFields().isEmpty(), "No header word suggests a field.");
		assertTrue(refused.getMessage().contains("notes.csv")
				&& refused.getMessage().contains("profile"),
				"The message names the file and what to do: " + refused.getMessage());
	}

	private static CsvFormat csv(SourceFormat format) {
		return assertInstanceOf(CsvFormat.class, format, "A text file is read as delimited text.");
	}
}
