package org.travelcrm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.cli.internal.TravelCrmCli;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.testing.WorkbookFile;

/**
 * The import, analyze, export and report commands work end to end on files: the JSON follows
 * the documented schema, the report is well-formed HTML with SVG charts a browser opens, the
 * CSV opens in spreadsheets, Excel workbooks import like CSV files, and the real shared files
 * import with the counts their profiles imply.
 */
@ExtendWith(FailOnLoggedErrors.class)
class AnalysisCommandsTest {

	private static final Set<String> CUSTOMER_KEYS = Set.of("id", "kind", "purchases",
			"contribution", "frequencyClass", "loyaltyClass", "valueTier", "rfm");
	private static final Set<String> CHURN_KEYS = Set.of("periodStart", "periodEnd", "base",
			"churned", "rate", "new", "reactivated");

	@TempDir
	Path folder;

	private Path demo;
	private final CliSession cli = new CliSession();

	@BeforeEach
	void writeDemo() {
		demo = folder.resolve("demo.crmb");
		assertEquals(TravelCrmCli.OK, run("demo", "--agency", demo.toString()), err());
	}

	@Test
	@SuppressWarnings("unchecked")
	void analyzeWritesTheDocumentedSchema() throws Exception {
		Path json = folder.resolve("out/result.json");

		assertEquals(TravelCrmCli.OK, run("analyze", demo.toString(), "--as-of", "2026-07-01",
				"--json", json.toString()), err());

		Map<String, Object> root = (Map<String, Object>) Json.parse(Files.readString(json));
		assertEquals("2026-07-01", root.get("asOf"), "The as-of date should be written.");
		List<Map<String, Object>> customers = (List<Map<String, Object>>) root.get("customers");
		assertEquals(400, customers.size(), "Every customer should be listed.");
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> customer : customers) {
			assertEquals(CUSTOMER_KEYS, customer.keySet(), "Each customer has the schema's keys.");
			assertTrue(customer.get("contribution") instanceof String,
					"Contributions are exact decimals written as strings.");
			ids.add((String) customer.get("id"));
		}
		assertEquals(ids.stream().sorted().toList(), ids, "Customers are sorted by id.");
		List<Map<String, Object>> churn = (List<Map<String, Object>>) root.get("churn");
		assertFalse(churn.isEmpty(), "Churn periods should be listed.");
		churn.forEach(p -> assertEquals(CHURN_KEYS, p.keySet(), "Each period has the keys."));
		Map<String, Object> analyses = (Map<String, Object>) root.get("analyses");
		assertEquals(9, analyses.size(), "All nine built-in analyses are in the output.");
		Map<String, Object> tier = (Map<String, Object>) analyses
				.get("org.travelcrm.core.analysis.valueTier");
		assertNotNull(tier.get("tables"), "Each analysis carries its tables.");
		assertNotNull(tier.get("series"), "Each analysis carries its series.");
	}

	@Test
	void parametersChangeTheResultAndUnknownOnesAreRefused() throws Exception {
		Path wide = folder.resolve("wide.json");
		Path narrow = folder.resolve("narrow.json");

		assertEquals(TravelCrmCli.OK, run("analyze", demo.toString(), "--analysis", "loyalty",
				"--json", wide.toString()), err());
		assertEquals(TravelCrmCli.OK, run("analyze", demo.toString(), "--analysis", "loyalty",
				"--param", "activityWindowDays=60", "--json", narrow.toString()), err());

		assertFalse(Files.readString(wide).equals(Files.readString(narrow)),
				"A shorter activity window should change the loyalty classes.");
		assertEquals(TravelCrmCli.BAD_INPUT, run("analyze", demo.toString(), "--param",
				"noSuchParameter=1", "--json", wide.toString()), "Unknown parameters are refused.");
		assertTrue(err().contains("noSuchParameter"), "The message names it: " + err());
		assertEquals(TravelCrmCli.BAD_INPUT, run("analyze", demo.toString(), "--as-of",
				"1.7.2026", "--json", wide.toString()), "A date not in ISO form is refused.");
		assertEquals(TravelCrmCli.BAD_INPUT, run("analyze", demo.toString(), "--period",
				"week", "--json", wide.toString()), "A period that does not exist is refused.");
		assertTrue(err().contains("month, quarter or year") && err().contains("\"week\""),
				"The message names the periods as the help writes them: " + err());
		assertEquals(TravelCrmCli.OK, run("analyze", demo.toString(), "--analysis", "churn",
				"--period", "Quarter", "--json", wide.toString()), err());
	}

	@Test
	void listShowsEveryAnalysisWithItsParameters() {
		assertEquals(TravelCrmCli.OK, run("analyze", "--list"), err());

		assertTrue(out().contains("org.travelcrm.core.analysis.rfm")
				&& out().contains("activityWindowDays=365") && out().contains("tierShares="),
				"Analyses and their defaults should be listed: " + out());
	}

	@Test
	void theReportIsWellFormedHtmlWithSvgCharts() throws Exception {
		Path html = folder.resolve("report.html");

		assertEquals(TravelCrmCli.OK, run("report", demo.toString(), "--html", html.toString()),
				err());

		String text = Files.readString(html);
		assertTrue(text.startsWith("<!DOCTYPE html>"), "The report is an HTML document.");
		assertEquals(9, count(text, "<h2>"), "One section per analysis.");
		Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(text);
		int charts = 0;
		while (svg.find()) {
			String picture = svg.group();
			assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(new ByteArrayInputStream(picture.getBytes(StandardCharsets.UTF_8))),
					"Each chart should be well-formed SVG.");
			charts++;
		}
		assertTrue(charts >= 9, "Every analysis should have at least one chart: " + charts);
	}

	@Test
	void exportWritesCsvForSpreadsheets() throws Exception {
		Path csv = folder.resolve("customers.csv");

		assertEquals(TravelCrmCli.OK, run("export", demo.toString(), "--customers",
				csv.toString()), err());

		byte[] bytes = Files.readAllBytes(csv);
		assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
				List.of(bytes[0], bytes[1], bytes[2]), "A byte order mark tells Excel it is UTF-8.");
		List<String> lines = Files.readAllLines(csv);
		assertEquals(401, lines.size(), "A header and one line per customer.");
		assertTrue(lines.get(0).endsWith("valueTier,rfmSegment"), "The header names the classes.");
		assertEquals(TravelCrmCli.BAD_INPUT, run("export", demo.toString(), "--customers",
				csv.toString(), "--segment", "No such segment"), "An unknown segment is refused.");
	}

	@Test
	void aFileWithChineseHeadersImportsWithAGuessedProfile() throws Exception {
		Path file = folder.resolve("orders.csv");
		Files.writeString(file, "客户编号,客户名称,电话,订单号,金额,日期\n"
				+ "K1,王伟,138-0000-0001,D1,1200.00,2026-03-01\n"
				+ "K2,李娜,138-0000-0002,D2,800.50,2026-03-02\n", StandardCharsets.UTF_8);
		Path agency = folder.resolve("new.crm");
		Path profile = folder.resolve("guessed.properties");

		assertEquals(TravelCrmCli.OK, run("import", file.toString(), "--agency",
				agency.toString(), "--save-profile", profile.toString()), err());

		assertTrue(out().contains("guessed"), "The guessed mapping should be printed: " + out());
		assertTrue(Files.exists(profile), "The guessed profile should be kept.");
		assertTrue(out().contains("2 customers"), "Both customers are imported: " + out());
		assertEquals(TravelCrmCli.OK, run("import", file.toString(), "--profile",
				profile.toString(), "--agency", agency.toString()), err());
		assertTrue(out().contains("Nothing to change"), "Re-importing changes nothing: " + out());
	}

	@Test
	void anExcelWorkbookImportsWithItsSheetRows() throws Exception {
		Path file = folder.resolve("orders.xlsx");
		Files.write(file, new WorkbookFile("订单")
				.row(1, "客户编号", "客户名称", "电话", "订单号", "金额", "日期")
				.row(2, "K1", "王伟", "138-0000-0001", "D1", 1200, LocalDate.of(2026, 3, 1))
				.row(4, "K2", "李娜", "138-0000-0002", "D2", 800.5, LocalDate.of(2026, 3, 2))
				.row(6, "K3", "赵六", null, "D3", WorkbookFile.error("#VALUE!"),
						LocalDate.of(2026, 3, 3))
				.bytes());
		Path agency = folder.resolve("new.crm");

		assertEquals(TravelCrmCli.OK, run("import", file.toString(), "--agency",
				agency.toString()), err());

		assertTrue(out().contains("Excel workbook, sheet '订单'"),
				"The report names the sheet read: " + out());
		assertTrue(out().contains("row 6, 金额: ") && out().contains("订单!E6"),
				"The row with an error cell is rejected by its sheet row, naming the cell: "
						+ out());
		assertTrue(out().contains("2 customers, 2 bookings"), "Two rows import: " + out());
		assertEquals(TravelCrmCli.OK, run("import", "--help"), err());
		assertTrue(out().contains(".xlsx"), "The help mentions Excel workbooks: " + out());
	}

	@Test
	void theOnlineRetailSampleImportsWithItsRejectedRows() throws Exception {
		Path shared = Path.of(System.getProperty("travelcrm.sharedData", "../shared/data"));
		Path file = shared.resolve("online_retail_sample.csv");
		assumeTrue(Files.exists(file), "The shared data folder is not beside the repository.");
		Path agency = folder.resolve("retail.crm");

		assertEquals(TravelCrmCli.OK, run("import", file.toString(), "--profile",
				"online-retail", "--agency", agency.toString()), err());

		assertTrue(out().contains("rejected: 668"), "668 lines have no customer: " + out());
		assertTrue(out().contains("1171 customers, 1834 bookings"), "Counts: " + out());
		assertEquals(TravelCrmCli.OK, run("analyze", agency.toString(), "--as-of", "2011-12-10",
				"--json", folder.resolve("retail.json").toString()), err());
		assertEquals(TravelCrmCli.OK, run("report", agency.toString(), "--as-of", "2011-12-10",
				"--html", folder.resolve("retail.html").toString()), err());
	}

	@Test
	void anUnreadableFileIsBadInputNamingTheFile() throws Exception {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, "name,phone\nJos\u00e9 M\u00fcller,123\n"
				.getBytes(StandardCharsets.ISO_8859_1));

		assertEquals(TravelCrmCli.BAD_INPUT, run("import", file.toString(), "--agency",
				folder.resolve("x.crm").toString()), out());

		assertTrue(err().contains("latin1.csv"), "The message should name the file: " + err());
		assertFalse(Files.exists(folder.resolve("x.crm")), "Nothing should be written.");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	private int run(String... words) {
		return cli.run(words);
	}

	private String out() {
		return cli.out();
	}

	private String err() {
		return cli.err();
	}
}
