package org.travelcrm.core.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.PlannedChange.Type;
import org.travelcrm.model.Agency;

/**
 * What importing a file into an agency would do, computed without changing the agency: the
 * objects created and updated, how many rows were grouped, and every rejected row with its file
 * line (or sheet row), column and reason.
 * <p>
 * {@link #createCommand()} gives the one command that applies the plan; it can be executed
 * directly or on an editing domain's command stack, and undone as a whole.
 */
public final class ImportPlan {

	/** How many objects of one kind are created, updated and left as they are. */
	public record Counts(int created, int updated, int unchanged) {
	}

	private final Agency agency;
	private final PlanBuilder drafts;
	private final ImportProfile profile;
	private final SourceFormat format;
	private final String fileName;
	private final AgencyChanges changes;
	private final int rowsRejected;

	ImportPlan(Agency agency, PlanBuilder drafts, ImportProfile profile, SourceFormat format,
			String fileName) {
		this.agency = agency;
		this.drafts = drafts;
		this.profile = profile;
		this.format = format;
		this.fileName = fileName;
		this.changes = AgencyChanges.compute(agency, drafts, profile, false);
		Set<Integer> lines = new HashSet<>();
		for (RejectedRow row : drafts.rejected) {
			lines.add(row.line());
		}
		this.rowsRejected = lines.size();
	}

	public String fileName() {
		return fileName;
	}

	/** How the file is written: delimited text, or which sheet of a workbook. */
	public SourceFormat format() {
		return format;
	}

	public ImportProfile profile() {
		return profile;
	}

	/** The data rows read, without the header. */
	public int rowsRead() {
		return drafts.rowsRead;
	}

	/** The rows rejected, each counted once however many reasons it has. */
	public int rowsRejected() {
		return rowsRejected;
	}

	/** The rows that become part of a customer or booking. */
	public int rowsImported() {
		return drafts.rowsRead - rowsRejected;
	}

	/** Rows that joined a booking started by an earlier row with the same booking id. */
	public int linesGrouped() {
		return drafts.linesGrouped;
	}

	/** Every rejected row in file order. */
	public List<RejectedRow> rejected() {
		return List.copyOf(drafts.rejected);
	}

	/** What the user should know about rows that were imported. */
	public List<ImportNotice> notices() {
		return List.copyOf(drafts.notices);
	}

	public Counts customers() {
		return counts(Type.CUSTOMER);
	}

	public Counts bookings() {
		return counts(Type.BOOKING);
	}

	public Counts products() {
		return counts(Type.PRODUCT);
	}

	/** The objects created and updated, products first, then customers, then bookings. */
	public List<PlannedChange> changes() {
		return List.copyOf(changes.changes);
	}

	/** Whether applying the plan would change nothing. */
	public boolean changesNothing() {
		return changes.changes.isEmpty();
	}

	/**
	 * The command that applies the plan to the agency it was made for. Nothing changes before
	 * it is executed; if it fails half-way, the agency is left as it was.
	 */
	public Command createCommand() {
		return new ImportCommand(agency, drafts, profile, NLS.bind(Messages.Import_commandLabel,
				fileName));
	}

	/**
	 * The plan as text, as the command line prints it.
	 *
	 * @param maxListed how many rejected rows and notices to list at most (the rest counted)
	 */
	public String report(int maxListed) {
		StringBuilder out = new StringBuilder();
		String header = format.header() ? Messages.Report_withHeader
				: Messages.Report_withoutHeader;
		line(out, switch (format) {
			case CsvFormat csv -> NLS.bind(Messages.Report_title, new Object[] { fileName,
					profile.getName(), csv.charset().name(), delimiter(csv), header });
			case WorkbookFormat workbook -> NLS.bind(Messages.Report_workbookTitle,
					new Object[] { fileName, profile.getName(), workbook.sheet(), header });
		});
		line(out, NLS.bind(Messages.Report_rows, new Object[] { rowsRead(), rowsImported(),
				rowsRejected(), linesGrouped() }));
		counts(out, Messages.Report_customers, customers());
		counts(out, Messages.Report_bookings, bookings());
		counts(out, Messages.Report_products, products());
		list(out, Messages.Report_rejectedRows, drafts.rejected.stream()
				.map(r -> entry(r.line(), r.column(), r.reason())).toList(), maxListed);
		list(out, Messages.Report_notices, drafts.notices.stream()
				.map(n -> entry(n.line(), n.column(), n.message())).toList(), maxListed);
		return out.toString();
	}

	private static String delimiter(CsvFormat csv) {
		return switch (csv.delimiter()) {
			case ';' -> Messages.Report_semicolon;
			case '\t' -> Messages.Report_tab;
			default -> Messages.Report_comma;
		};
	}

	private Counts counts(Type type) {
		int i = type.ordinal();
		return new Counts(changes.created[i], changes.updated[i], changes.unchanged[i]);
	}

	private static void counts(StringBuilder out, String what, Counts counts) {
		line(out, NLS.bind(Messages.Report_counts, new Object[] { what, counts.created(),
				counts.updated(), counts.unchanged() }));
	}

	private static void list(StringBuilder out, String title, List<String> entries, int max) {
		if (entries.isEmpty()) {
			return;
		}
		line(out, NLS.bind(title, entries.size()));
		for (String entry : entries.subList(0, Math.min(max, entries.size()))) {
			line(out, "  " + entry);
		}
		if (entries.size() > max) {
			line(out, "  " + NLS.bind(Messages.Report_more, entries.size() - max));
		}
	}

	/** A rejected row or notice: a file's line, or a sheet's row. */
	private String entry(int line, String column, String text) {
		boolean sheet = format instanceof WorkbookFormat;
		return column == null
				? NLS.bind(sheet ? Messages.Report_rowEntry : Messages.Report_lineEntry, line,
						text)
				: NLS.bind(sheet ? Messages.Report_rowColumnEntry
						: Messages.Report_lineColumnEntry, new Object[] { line, column, text });
	}

	private static void line(StringBuilder out, String text) {
		out.append(text).append('\n');
	}
}
