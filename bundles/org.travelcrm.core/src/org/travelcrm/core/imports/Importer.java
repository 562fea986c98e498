package org.travelcrm.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.internal.imports.SourceTable;
import org.travelcrm.model.Agency;

/**
 * Imports delimited text files and Excel workbooks ({@code .xlsx}, first worksheet) into an
 * agency through a mapping profile, in two steps: a {@link ImportPlan} that changes nothing, then
 * its command.
 *
 * <pre>
 * ImportPlan plan = new Importer(ImportProfile.builtIn("online-retail"))
 *         .plan(agency, file, monitor);
 * System.out.print(plan.report(50));
 * plan.createCommand().execute();   // or commandStack.execute(...)
 * </pre>
 */
public final class Importer {

	private final ImportProfile profile;
	private LocalDate referenceDate = LocalDate.now();

	public Importer(ImportProfile profile) {
		this.profile = profile;
	}

	/** The day two-digit years are resolved against (default: today). */
	public Importer referenceDate(LocalDate day) {
		this.referenceDate = day;
		return this;
	}

	/** The first rows of a file, with its detected format and a profile guessed from it. */
	public FileSample sample(Path file, int rows) throws IOException {
		SourceTable table = SourceTable.open(file, profile);
		return new FileSample(table.fileName(), table.format(), table.columns(),
				table.firstRows(rows), ImportProfile.guess(table.columns()));
	}

	/**
	 * Reads a whole file and compares it with the agency.
	 *
	 * @throws ImportFileException when the file cannot be read at all (encoding, quoting, a
	 *             profile column it lacks, a damaged or old-format workbook); the message names
	 *             the file and the place
	 */
	public ImportPlan plan(Agency agency, Path file, IProgressMonitor monitor)
			throws IOException {
		return plan(agency, file.getFileName().toString(), Files.readAllBytes(file), monitor);
	}

	/** Like {@link #plan(Agency, Path, IProgressMonitor)} for a file already in memory. */
	public ImportPlan plan(Agency agency, String fileName, byte[] bytes,
			IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.Import_taskName, fileName), 100);
		SourceTable table = SourceTable.of(fileName, bytes, profile);
		progress.worked(10);
		PlanBuilder drafts = new PlanBuilder(table, profile, referenceDate.getYear());
		SubMonitor reading = progress.split(80).setWorkRemaining(bytes.length / 1_000_000 + 1);
		drafts.read(reading);
		ImportPlan plan = new ImportPlan(agency, drafts, profile, table.format(), fileName);
		progress.done();
		return plan;
	}
}
