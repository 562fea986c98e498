package org.travelcrm.core.imports;

/**
 * A row of a file that an import does not take, and why.
 *
 * @param line the file line the row starts on (1-based, counting the header), or its row in
 *            a workbook's sheet
 * @param column the column whose value is the reason, or {@code null} for the whole row
 * @param reason what is wrong, in the user's language
 */
public record RejectedRow(int line, String column, String reason) {
}
