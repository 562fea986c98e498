package org.travelcrm.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.travelcrm.core.demo.AgencyGenerator;
import org.travelcrm.core.store.AgencyFiles;
import org.travelcrm.core.store.AgencyStore;
import org.travelcrm.core.store.StoreException;
import org.travelcrm.model.Agency;

/**
 * Load and save of generated agencies as XMI and binary, at half, full and double the reference
 * size (100,000 customers, about 1,000,000 bookings).
 * <p>
 * Each save and load is timed five times and the median reported. Reports seconds, objects
 * per second, file sizes and heap bytes per booking, and checks the targets: binary load at
 * least 10 times faster than XMI, at most 200 bytes of heap per booking, and doubling the data
 * costing at most 2.2 times the time. Exits with 1 when a target is missed.
 * Usage: {@code StoreBenchmark [CUSTOMERS] [FOLDER]}.
 */
public final class StoreBenchmark {

	private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

	/** Each save and load is timed this many times; the median counts. */
	private static final int REPEATS = 5;

	private record Run(int customers, int bookings, long objects, double xmiSave, double xmiLoad,
			long xmiBytes, double binarySave, double binaryLoad, long binaryBytes,
			double heapPerBooking) {
	}

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int reference = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path folder = args.length > 1 ? Path.of(args[1])
				: Files.createTempDirectory("travelcrm-store-benchmark");
		System.out.printf(Locale.ROOT, "Store benchmark, reference %,d customers, files in %s%n",
				reference, folder);

		measure(reference / 20, folder);
		List<Run> runs = new ArrayList<>();
		for (int customers : new int[] { reference / 2, reference, reference * 2 }) {
			runs.add(measure(customers, folder));
		}

		System.out.println();
		System.out.println("customers  bookings    objects  | XMI save  load    size MB | "
				+ "binary save  load   size MB | load ratio | heap B/booking");
		for (Run run : runs) {
			System.out.printf(Locale.ROOT,
					"%9d %9d %10d  | %7.2fs %6.2fs %8.1f | %10.2fs %5.2fs %8.1f | %9.1fx | %8.1f%n",
					run.customers, run.bookings, run.objects, run.xmiSave, run.xmiLoad,
					run.xmiBytes / 1e6, run.binarySave, run.binaryLoad, run.binaryBytes / 1e6,
					run.xmiLoad / run.binaryLoad, run.heapPerBooking);
		}
		Run full = runs.get(1);
		Run doubled = runs.get(2);
		System.out.printf(Locale.ROOT, "objects per second at reference size: XMI %,.0f, binary %,.0f%n",
				full.objects / full.xmiLoad, full.objects / full.binaryLoad);
		boolean ok = check("binary load >= 10x faster than XMI load",
				full.xmiLoad / full.binaryLoad >= 10, full.xmiLoad / full.binaryLoad);
		ok &= check("heap per booking <= 200 bytes", full.heapPerBooking <= 200,
				full.heapPerBooking);
		ok &= check("doubling: XMI load <= 2.2x", doubled.xmiLoad / full.xmiLoad <= 2.2,
				doubled.xmiLoad / full.xmiLoad);
		ok &= check("doubling: binary load <= 2.2x", doubled.binaryLoad / full.binaryLoad <= 2.2,
				doubled.binaryLoad / full.binaryLoad);
		ok &= check("doubling: XMI save <= 2.2x", doubled.xmiSave / full.xmiSave <= 2.2,
				doubled.xmiSave / full.xmiSave);
		ok &= check("doubling: binary save <= 2.2x", doubled.binarySave / full.binarySave <= 2.2,
				doubled.binarySave / full.binarySave);
		System.exit(ok ? 0 : 1);
	}

	private static Run measure(int customers, Path folder) throws StoreException, IOException {
		Agency agency = new AgencyGenerator(42).generate("Benchmark", customers, NO_PROGRESS);
		int bookings = agency.getBookings().size();
		long objects = 1;
		for (var all = agency.eAllContents(); all.hasNext(); all.next()) {
			objects++;
		}
		AgencyStore xmi = AgencyFiles.store(folder.resolve("agency-" + customers + ".crm"));
		AgencyStore binary = AgencyFiles.store(folder.resolve("agency-" + customers + ".crmb"));

		double xmiSave = median(() -> xmi.save(agency, NO_PROGRESS));
		double binarySave = median(() -> binary.save(agency, NO_PROGRESS));
		agency.eAdapters().clear();

		Agency[] loaded = new Agency[1];
		// The loaded agencies are not kept, so that each load starts with the same heap.
		double xmiLoad = median(() -> xmi.load(NO_PROGRESS));
		double binaryLoad = median(() -> binary.load(NO_PROGRESS));
		long before = usedHeap();
		loaded[0] = binary.load(NO_PROGRESS);
		long after = usedHeap();
		double heapPerBooking = (after - before) / (double) loaded[0].getBookings().size();
		Run run = new Run(customers, bookings, objects, xmiSave, xmiLoad,
				Files.size(folder.resolve("agency-" + customers + ".crm")), binarySave, binaryLoad,
				Files.size(folder.resolve("agency-" + customers + ".crmb")), heapPerBooking);
		System.out.printf(Locale.ROOT, "  %,d customers / %,d bookings measured%n", customers,
				bookings);
		return run;
	}

	private interface Step {
		void run() throws StoreException;
	}

	/**
	 * The median of {@link #REPEATS} timed runs, so that a pause or two of the machine does
	 * not decide. Each run starts after a full collection, so that none pays for the garbage of
	 * another.
	 */
	private static double median(Step step) throws StoreException {
		double[] seconds = new double[REPEATS];
		for (int i = 0; i < REPEATS; i++) {
			System.gc();
			long start = System.nanoTime();
			step.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(seconds);
		return seconds[REPEATS / 2];
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static boolean check(String target, boolean met, double value) {
		System.out.printf(Locale.ROOT, "%s %s (measured %.2f)%n", met ? "PASS" : "FAIL", target,
				value);
		return met;
	}
}
