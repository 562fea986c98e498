package org.travelcrm.core.imports;

/**
 * Something about a row that was imported which the user should know, for example that it is
 * identical to an earlier row.
 *
 * @param line the file line the row starts on (1-based), or its row in a workbook's sheet
 * @param column the column concerned, or {@code null} for the whole row
 * @param message what happened, in the user's language
 */
public record ImportNotice(int line, String column, String message) {
}
