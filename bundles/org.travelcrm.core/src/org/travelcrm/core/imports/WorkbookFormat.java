package org.travelcrm.core.imports;

/**
 * The sheet of an Excel workbook ({@code .xlsx}) that an import reads: the first worksheet.
 *
 * @param sheet the sheet's name, as its tab shows it
 * @param header whether its first row that holds a value names the columns
 */
public record WorkbookFormat(String sheet, boolean header) implements SourceFormat {
}
