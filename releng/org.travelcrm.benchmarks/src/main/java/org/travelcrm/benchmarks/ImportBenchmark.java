package org.travelcrm.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.travelcrm.core.imports.ImportField;
import org.travelcrm.core.imports.ImportPlan;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;

/**
 * Import throughput: generates a seeded CSV file of order lines (one customer per ten lines,
 * two lines per booking, a quoted name in every tenth customer, dates in M/D/YYYY) and imports
 * it into an empty agency, plan and command together, at half, full and double the size.
 * Target: at least 200,000 rows per second at 1,000,000 rows, and doubling the rows at most
 * 2.2 times the time.
 * <p>
 * Run from the repository root with {@code releng/scripts/benchmark ImportBenchmark [rows]}.
 */
public final class ImportBenchmark {

	private static final int DEFAULT_ROWS = 1_000_000;
	private static final int WARM_UP_ROWS = 200_000;
	private static final double TARGET_ROWS_PER_SECOND = 200_000;

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROWS;
		Path folder = Files.createTempDirectory("import-benchmark");
		try {
			measure(folder, WARM_UP_ROWS, "warm-up");
			double half = measure(folder, rows / 2, "half");
			double full = measure(folder, rows, "full");
			double twice = measure(folder, rows * 2, "double");
			System.out.printf("time ratio double/full: %.2f (at most 2.2); full/half: %.2f%n",
					twice / full, full / half);
			double rate = rows / full;
			System.out.printf("%s: %,.0f rows/s at %,d rows (target %,.0f)%n",
					rate >= TARGET_ROWS_PER_SECOND ? "PASS" : "BELOW TARGET", rate, rows,
					TARGET_ROWS_PER_SECOND);
		} finally {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(folder);
		}
	}

	/** Imports a generated file of this many rows; answers the seconds it took. */
	private static double measure(Path folder, int rows, String label) throws IOException {
		Path file = folder.resolve("orders-" + rows + ".csv");
		generate(file, rows);
		System.gc();
		Agency agency = CrmFactory.eINSTANCE.createAgency();
		long start = System.nanoTime();
		ImportPlan plan = new Importer(profile()).plan(agency, file, new NullProgressMonitor());
		long planned = System.nanoTime();
		plan.createCommand().execute();
		long end = System.nanoTime();
		double seconds = (end - start) / 1e9;
		System.out.printf("%-7s %,10d rows (%,d MB): plan %.2f s, apply %.2f s, total %.2f s,"
				+ " %,.0f rows/s; %,d customers, %,d bookings, %d rejected%n", label, rows,
				Files.size(file) >> 20, (planned - start) / 1e9, (end - planned) / 1e9, seconds,
				rows / seconds, agency.getCustomers().size(), agency.getBookings().size(),
				plan.rowsRejected());
		Files.delete(file);
		return seconds;
	}

	private static ImportProfile profile() {
		ImportProfile profile = ImportProfile.guess(List.of("OrderNo", "CustomerID",
				"Name", "Phone", "Email", "Date", "Quantity", "Price", "SKU"));
		profile.setCancelledPrefix("C");
		profile.setColumn(ImportField.CITY, "City");
		return profile;
	}

	private static void generate(Path file, int rows) throws IOException {
		Random random = new Random(42);
		int customers = Math.max(1, rows / 10);
		LocalDate first = LocalDate.of(2020, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("OrderNo,CustomerID,Name,Phone,Email,City,Date,Quantity,Price,SKU\n");
			StringBuilder line = new StringBuilder(128);
			for (int i = 0; i < rows; i++) {
				int order = i / 2;
				int customer = (int) ((order * 2_654_435_761L) % customers);
				LocalDate day = first.plusDays(order % 1800);
				line.setLength(0);
				line.append(order % 50 == 49 ? "CO" : "O").append(order).append(',');
				line.append('K').append(customer).append(',');
				if (customer % 10 == 0) {
					line.append("\"Wang, Wei ").append(customer).append("\",");
				} else {
					line.append("Customer ").append(customer).append(',');
				}
				line.append(13_800_000_000L + customer).append(',');
				line.append('c').append(customer).append("@example.cn,");
				line.append(customer % 7 == 0 ? "Beijing" : "Shanghai").append(',');
				line.append(day.getMonthValue()).append('/').append(day.getDayOfMonth())
						.append('/').append(day.getYear()).append(',');
				line.append(1 + random.nextInt(4)).append(',');
				line.append(random.nextInt(200)).append('.').append(random.nextInt(90) + 10)
						.append(',');
				line.append('P').append(random.nextInt(500)).append('\n');
				out.append(line);
			}
		}
	}
}
