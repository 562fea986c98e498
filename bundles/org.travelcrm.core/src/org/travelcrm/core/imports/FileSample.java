package org.travelcrm.core.imports;

import java.util.List;

/**
 * The first rows of a file as detected, for choosing and checking a profile.
 *
 * @param fileName the file's name
 * @param format how the file is written: delimited text, or which sheet of a workbook
 * @param columns the column names (from the header, or #1, #2 ... without one)
 * @param rows the first data rows
 * @param guessed a profile guessed from the column names
 */
public record FileSample(String fileName, SourceFormat format, List<String> columns,
		List<List<String>> rows, ImportProfile guessed) {
}
