package org.travelcrm.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.travelcrm.testing.WorkbookFile.styled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportFileException;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.testing.WorkbookFile;

/**
 * Workbooks that Excel and other programs really write read right: durations are no days,
 * percentages and quoted letters no dates, custom Chinese day formats are days; strings keep
 * their spaces and escapes; cells and rows in any order land where their references say; strict
 * workbooks, hidden and chart sheets are handled; a cut-off archive is refused.
 */
@ExtendWith(FailOnLoggedErrors.class)
class WorkbookEdgeCaseTest {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String HEAD =
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

	@TempDir
	Path folder;

	@Test
	void numberFormatsSayWhatIsADayATimeOrADuration() throws IOException {
		List<String> codes = List.of("[h]:mm", "[mm]:ss", "[h]:mm:ss", "0.00%",
				"0\"d\"", "yyyy\"\u5E74\"m\"\u6708\"d\"\u65E5\"", "[$-804]yyyy/m/d",
				"[Red]0.00", "#,##0_);[Red](#,##0)");
		WorkbookFile workbook = new WorkbookFile("Formats").part("xl/styles.xml",
				styles(codes));
		Object[] header = new Object[codes.size()];
		Object[] values = new Object[codes.size()];
		for (int i = 0; i < codes.size(); i++) {
			header[i] = "F" + i;
			values[i] = styled("1.5", 5 + i);
		}
		workbook.row(1, header).row(2, values);

		List<String> row = sample(workbook.bytes()).rows().get(0);

		assertEquals(List.of("36:00:00", "36:00:00", "36:00:00", "1.5", "1.5",
				"1900-01-01 12:00:00", "1900-01-01 12:00:00", "1.5", "1.5"), row,
				"Durations in hours, numbers as numbers, days as days");
	}

	@Test
	void sharedStringsKeepSpacesEscapesAndRunsWithoutPhonetics() throws IOException {
		WorkbookFile workbook = new WorkbookFile("Texts");
		workbook.row(1, "A", "B", "C");
		workbook.rawRow("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
				+ "  lead and trail  </t></is></c><c r=\"B2\" t=\"inlineStr\"><is><r><t>one"
				+ "</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> two</t></r>"
				+ "<rPh sb=\"0\" eb=\"1\"><t>\u30EF\u30F3</t></rPh><phoneticPr fontId=\"1\"/>"
				+ "</is></c><c r=\"C2\" t=\"str\"><f>A1</f><v>x_x000D__x000A_y_x005F_x0041_"
				+ "</v></c></row>");

		List<String> row = sample(workbook.bytes()).rows().get(0);

		assertEquals(List.of("  lead and trail  ", "one two", "x\r\ny_x0041_"), row);
	}

	@Test
	void cellsAndRowsOutOfOrderLandWhereTheirReferencesSay() throws IOException {
		WorkbookFile workbook = new WorkbookFile("Order");
		workbook.row(1, "A", "B", "C");
		workbook.rawRow("<row r=\"3\"><c r=\"C3\"><v>3</v></c><c r=\"A3\"><v>1</v></c>"
				+ "<c><v>2</v></c></row>");
		workbook.rawRow("<row><c r=\"B4\"><v>5</v></c><c r=\"XFD4\"><v>9</v></c></row>");

		List<List<String>> rows = sample(workbook.bytes()).rows();

		assertEquals(List.of("1", "2", "3"), rows.get(0).subList(0, 3));
		assertEquals("5", rows.get(1).get(1));
		assertEquals(16_384, rows.get(1).size(), "XFD is the last of 16,384 columns");
		assertEquals("9", rows.get(1).get(16_383));
	}

	@Test
	void aStrictWorkbookWithAHiddenAndAChartSheetFirstReadsItsFirstVisibleWorksheet()
			throws IOException {
		String strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
		String relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
		String packageRelationships =
				"http://schemas.openxmlformats.org/package/2006/relationships";
		Map<String, byte[]> parts = new LinkedHashMap<>();
		put(parts, "[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats"
				+ ".org/package/2006/content-types\"/>");
		put(parts, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + packageRelationships
				+ "\"><Relationship Id=\"a\" Type=\"" + relationships + "/officeDocument\" "
				+ "Target=\"/book/main.xml\"/></Relationships>");
		put(parts, "book/main.xml", HEAD + "<workbook xmlns=\"" + strict + "\" xmlns:r=\""
				+ relationships + "\"><sheets>"
				+ "<sheet name=\"Chart\" sheetId=\"1\" r:id=\"c\"/>"
				+ "<sheet name=\"Secret\" sheetId=\"2\" state=\"hidden\" r:id=\"h\"/>"
				+ "<sheet name=\"It's mine\" sheetId=\"3\" r:id=\"v\"/></sheets></workbook>");
		put(parts, "book/_rels/main.xml.rels", HEAD + "<Relationships xmlns=\""
				+ packageRelationships + "\">"
				+ "<Relationship Id=\"c\" Type=\"" + relationships + "/chartsheet\" "
				+ "Target=\"charts/c.xml\"/>"
				+ "<Relationship Id=\"h\" Type=\"" + relationships + "/worksheet\" "
				+ "Target=\"s/hidden.xml\"/>"
				+ "<Relationship Id=\"v\" Type=\"" + relationships + "/worksheet\" "
				+ "Target=\"s/../s/visible.xml\"/></Relationships>");
		put(parts, "book/charts/c.xml", HEAD + "<chartsheet xmlns=\"" + strict + "\"/>");
		put(parts, "book/s/hidden.xml", sheet(strict, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
				+ "<is><t>hidden</t></is></c></row>"));
		put(parts, "book/s/visible.xml", sheet(strict, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
				+ "<is><t>Name</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c>"
				+ "</row>"));

		ImportFileException e = assertThrows(ImportFileException.class,
				() -> sample(WorkbookFile.zip(parts)));

		assertTrue(e.getMessage().contains("'It''s mine'!A2"), e.getMessage());
	}

	@Test
	void anArchiveCutOffBetweenTwoEntriesIsRefused() throws IOException {
		WorkbookFile workbook = new WorkbookFile("Days");
		workbook.row(1, "Day").row(2, java.time.LocalDate.of(2024, 3, 5));
		byte[] bytes = workbook.bytes();
		// Cut just before the styles part, the last but one entry: every entry read is whole.
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int styles = text.indexOf("xl/styles.xml") - 30;
		assertTrue(styles > 0, "The archive has a styles part");
		byte[] cut = Arrays.copyOf(bytes, styles);

		ImportFileException e = assertThrows(ImportFileException.class, () -> sample(cut));

		assertTrue(e.getMessage().contains("cut.xlsx") && e.getMessage().contains("damaged"),
				e.getMessage());
	}

	@Test
	void aFormulaWithoutItsResultRejectsItsRowNamingTheCell() throws IOException {
		WorkbookFile workbook = new WorkbookFile("Sums");
		workbook.row(1, "Customer ID", "Name");
		workbook.row(2, "C1", "Wang Wei");
		workbook.rawRow("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c>"
				+ "<c r=\"B3\"><f>CONCAT(\"Li\",\" Na\")</f></c></row>");
		byte[] bytes = workbook.bytes();

		ImportPlan plan = new Importer(ImportProfile.guess(List.of("Customer ID", "Name")))
				.plan(CrmFactory.eINSTANCE.createAgency(), "sums.xlsx", bytes,
						new NullProgressMonitor());

		assertEquals(1, plan.rowsRejected(), "Only the row with the formula is rejected.");
		assertEquals(3, plan.rejected().get(0).line(), "It is sheet row 3.");
		assertTrue(plan.rejected().get(0).reason().contains("Sums!B3")
				&& plan.rejected().get(0).reason().contains("formula"),
				"The reason names the cell and the formula: " + plan.rejected().get(0).reason());
	}

	@Test
	void nothingIsPlannedFromASheetThatFailsHalfWay() throws IOException {
		WorkbookFile workbook = new WorkbookFile("Half");
		workbook.row(1, "Customer ID", "Name");
		for (int i = 2; i < 500; i++) {
			workbook.row(i, "C" + i, "Name " + i);
		}
		workbook.rawRow("<row r=\"500\"><c r=\"A500\"><v>1</v></row>");
		byte[] bytes = workbook.bytes();

		ImportFileException e = assertThrows(ImportFileException.class,
				() -> new Importer(ImportProfile.guess(List.of("Customer ID", "Name")))
						.plan(CrmFactory.eINSTANCE.createAgency(), "half.xlsx", bytes,
								new NullProgressMonitor()));

		assertTrue(e.getMessage().contains("half.xlsx"), e.getMessage());
	}

	private FileSample sample(byte[] bytes) throws IOException {
		Path file = Files.write(folder.resolve("cut.xlsx"), bytes);
		return new Importer(new ImportProfile()).sample(file, 10);
	}

	private static String styles(List<String> codes) {
		StringBuilder xml = new StringBuilder(HEAD).append("<styleSheet xmlns=\"").append(MAIN)
				.append("\"><numFmts>");
		for (int i = 0; i < codes.size(); i++) {
			xml.append("<numFmt numFmtId=\"").append(200 + i).append("\" formatCode=\"")
					.append(codes.get(i).replace("&", "&amp;").replace("\"", "&quot;"))
					.append("\"/>");
		}
		xml.append("</numFmts><cellXfs>");
		for (int i = 0; i < 5; i++) {
			xml.append("<xf numFmtId=\"0\"/>");
		}
		for (int i = 0; i < codes.size(); i++) {
			xml.append("<xf numFmtId=\"").append(200 + i).append("\"/>");
		}
		return xml.append("</cellXfs></styleSheet>").toString();
	}

	private static String sheet(String namespace, String rows) {
		return HEAD + "<worksheet xmlns=\"" + namespace + "\"><sheetData>" + rows
				+ "</sheetData></worksheet>";
	}

	private static void put(Map<String, byte[]> parts, String name, String content) {
		parts.put(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
