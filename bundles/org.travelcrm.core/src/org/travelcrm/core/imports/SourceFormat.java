package org.travelcrm.core.imports;

/**
 * How the records of an imported file are written: as delimited text, or as the sheet of an
 * Excel workbook.
 */
public sealed interface SourceFormat permits CsvFormat, WorkbookFormat {

	/** Whether the first record names the columns. */
	boolean header();
}
