package org.travelcrm.core.internal.imports;

import java.util.List;

import org.travelcrm.core.imports.ImportFileException;

/**
 * The records of a file one after the other, each with the line or sheet row it starts on, as
 * the import reads them from a delimited text file or from a workbook's sheet.
 */
public interface RecordSource {

	/**
	 * Moves to the next record.
	 *
	 * @return {@code false} after the last record
	 * @throws ImportFileException when the rest of the file cannot be read
	 */
	boolean next() throws ImportFileException;

	/** The file line or sheet row (1-based) on which the current record starts. */
	int line();

	/** The fields of the current record; valid until the next call of {@link #next()}. */
	List<String> fields();

	/**
	 * Why a field of the current record holds no value, such as a spreadsheet's error cell.
	 *
	 * @param index the field's index
	 * @return the reason in the user's language, or {@code null} when the field is readable
	 */
	default String fieldProblem(int index) {
		return null;
	}
}
