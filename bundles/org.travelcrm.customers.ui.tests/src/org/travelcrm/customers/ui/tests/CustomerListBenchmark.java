package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.EList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.travelcrm.customers.ui.internal.list.CustomerColumns;
import org.travelcrm.customers.ui.internal.list.CustomerListEditor;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Measures the customer list with 1,000,000 customers: the time from opening the editor to the
 * first paint of the table, and the time from a sort to the repaint, for names (Chinese
 * collation), external ids and phone numbers (a million distinct codes in natural order, not
 * in the agency's order) and a computed column. Not a test: it runs only with
 * {@code -Pbenchmark} and writes its figures to the console and to
 * {@code target/customer-list-benchmark.txt}. Targets (DESIGN §9): first paint ≤ 200 ms,
 * sort ≤ 1 s.
 */
class CustomerListBenchmark {

	private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 1_000_000);
	private static final String[] SURNAMES = { "\u738b", "\u674e", "\u5f20", "\u5218",
			"\u9648", "\u6768", "\u9ec4", "\u8d75", "\u5434", "\u5468", "\u5f90", "\u5b59",
			"\u9a6c", "\u6731", "\u80e1", "\u90ed", "\u4f55", "\u6797", "\u7f57", "\u9ad8" };
	private static final String[] GIVEN = { "\u4f1f", "\u82b3", "\u5a1c", "\u654f", "\u9759",
			"\u4e3d", "\u5f3a", "\u78ca", "\u519b", "\u6d0b", "\u52c7", "\u8273", "\u6770",
			"\u5a1f", "\u6d9b", "\u660e", "\u8d85", "\u79c0\u82f1", "\u534e", "\u5e73" };
	private static final String[] ENGLISH = { "Smith", "Johnson", "Brown", "Taylor", "Miller",
			"Wilson", "Moore", "Clark", "Lewis", "Walker" };

	private static final String PHONE = "phone";
	private static final String FREQUENCY = "org.travelcrm.customers.ui.columns.frequency";

	private final List<String> figures = new ArrayList<>();

	@AfterEach
	void closeAgencies() {
		Workbench.closeAll();
	}

	@Test
	void paintAndSortAMillionCustomers() throws Exception {
		warmUp();
		long built = System.nanoTime();
		Agency agency = agency(CUSTOMERS);
		report("build %,d customers in memory: %d ms", CUSTOMERS, millis(built));
		OpenAgency open = OpenAgencies.getDefault().open(agency, null, OpenAgency.Origin.NEW);
		Workbench.processEvents();

		long start = System.nanoTime();
		CustomerListEditor list = (CustomerListEditor) OpenAgencies.getDefault()
				.openCustomerList(open);
		long opened = millis(start);
		long painted = paint(list.getTable(), start);
		report("open the customer list editor: %d ms; first paint of the table: %d ms", opened,
				painted);
		assertEquals(CUSTOMERS, list.getRowCount(), "Every customer has a row.");
		// The analysis columns are computed in the background; sorts are measured without them.
		long prepared = System.nanoTime();
		Workbench.waitFor("the analysis columns", () -> !list.isPreparingColumns());
		report("analysis columns computed in the background: %d ms", millis(prepared));

		for (String column : List.of(CustomerColumns.NAME, CustomerColumns.EXTERNAL_ID, PHONE,
				CustomerColumns.CONTRIBUTION)) {
			for (boolean ascending : new boolean[] { true, false }) {
				long sortStart = System.nanoTime();
				list.sortBy(column, ascending);
				long sorted = paint(list.getTable(), sortStart);
				report("sort by %s %s and repaint: %d ms", column,
						ascending ? "ascending" : "descending", sorted);
				if (column.equals(CustomerColumns.EXTERNAL_ID)) {
					String first = list.cellText(0, column);
					String second = list.cellText(1, column);
					assertEquals(ascending ? "C0" : "C" + (CUSTOMERS - 1), first,
							"The sort by id should start with the " + (ascending ? "lowest"
									: "highest") + " number.");
					assertEquals(ascending ? "C1" : "C" + (CUSTOMERS - 2), second,
							"Ids should sort by number value, not digit by digit.");
				}
			}
		}
		long filterStart = System.nanoTime();
		list.setFilter("\u5f20\u4f1f");
		long filtered = paint(list.getTable(), filterStart);
		report("filter to \"\u5f20\u4f1f\" (%,d rows) and repaint: %d ms",
				list.getModel().size(), filtered);
		list.clearFilters();

		String organisation = new CustomerColumns(false).byId(CustomerColumns.KIND)
				.text(CrmFactory.eINSTANCE.createOrganization());
		long kindStart = System.nanoTime();
		list.restrict(CustomerColumns.KIND, Set.of(organisation));
		long restricted = paint(list.getTable(), kindStart);
		report("restrict to organisations (%,d rows) and repaint: %d ms",
				list.getModel().size(), restricted);
		long frequencyStart = System.nanoTime();
		list.restrict(FREQUENCY, Set.of("PROSPECT", "FIRST_TIME"));
		restricted = paint(list.getTable(), frequencyStart);
		report("restrict to organisations of frequency PROSPECT or FIRST_TIME (%,d rows) and "
				+ "repaint: %d ms", list.getModel().size(), restricted);
		long countStart = System.nanoTime();
		int classes = list.filterChoices(FREQUENCY).size();
		report("count the customers of each of the %d frequency classes: %d ms", classes,
				millis(countStart));
		long textStart = System.nanoTime();
		list.setFilter("\u5f20\u4f1f");
		long combined = paint(list.getTable(), textStart);
		report("and filter to \"\u5f20\u4f1f\" (%,d rows) and repaint: %d ms",
				list.getModel().size(), combined);
		assertEquals(organisation, list.cellText(0, CustomerColumns.KIND),
				"Only organisations should be shown.");

		Path out = Path.of("target", "customer-list-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, String.join(System.lineSeparator(), figures)
				+ System.lineSeparator());
	}

	/**
	 * Opens, sorts and filters a small customer list first, so that the figures measure the
	 * list at scale rather than the loading of its classes.
	 */
	private static void warmUp() {
		OpenAgency small = OpenAgencies.getDefault().open(agency(1_000), null,
				OpenAgency.Origin.NEW);
		CustomerListEditor list = (CustomerListEditor) OpenAgencies.getDefault()
				.openCustomerList(small);
		list.sortBy(CustomerColumns.NAME, true);
		list.sortBy(CustomerColumns.EXTERNAL_ID, true);
		list.setFilter("\u5f20");
		paint(list.getTable(), System.nanoTime());
		OpenAgencies.getDefault().close(small);
		Workbench.processEvents();
	}

	/** Redraws the table and returns the milliseconds from start to the end of the paint. */
	private static long paint(Control table, long start) {
		boolean[] done = { false };
		table.addListener(SWT.Paint, event -> done[0] = true);
		table.redraw();
		table.update();
		Workbench.waitFor("the table to paint", () -> done[0]);
		return millis(start);
	}

	private static Agency agency(int size) {
		Agency agency = CrmFactory.eINSTANCE.createAgency();
		agency.setName("Benchmark");
		SplittableRandom random = new SplittableRandom(42);
		// Ids as an import leaves them: unpadded numbers, not in the agency's order.
		int[] numbers = new int[size];
		Arrays.setAll(numbers, i -> i);
		for (int i = size - 1; i > 0; i--) {
			int other = random.nextInt(i + 1);
			int swapped = numbers[i];
			numbers[i] = numbers[other];
			numbers[other] = swapped;
		}
		List<Customer> customers = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			// Every tenth customer is an organisation, for the filter by kind.
			Customer customer = i % 10 == 0 ? CrmFactory.eINSTANCE.createOrganization()
					: CrmFactory.eINSTANCE.createIndividualTourist();
			customer.setExternalId("C" + numbers[i]);
			customer.setPhone(String.format(Locale.ROOT, "+86 1%02d %04d %04d",
					30 + random.nextInt(60), random.nextInt(10_000), random.nextInt(10_000)));
			customer.setName(random.nextInt(5) == 0
					? ENGLISH[random.nextInt(ENGLISH.length)] + " "
							+ (char) ('A' + random.nextInt(26)) + "."
					: SURNAMES[random.nextInt(SURNAMES.length)]
							+ GIVEN[random.nextInt(GIVEN.length)]
							+ GIVEN[random.nextInt(GIVEN.length)]);
			customer.setCity(random.nextBoolean() ? "\u4e0a\u6d77" : "\u5317\u4eac");
			customer.setCreatedDate(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
			customers.add(customer);
		}
		EList<Customer> list = agency.getCustomers();
		list.addAll(customers);
		return agency;
	}

	private void report(String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		figures.add(line);
		System.out.println("[customer list benchmark] " + line);
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
