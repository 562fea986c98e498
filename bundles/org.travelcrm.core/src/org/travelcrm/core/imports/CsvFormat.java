package org.travelcrm.core.imports;

import java.nio.charset.Charset;

/**
 * How a delimited text file is written, as detected or chosen.
 *
 * @param charset the encoding the text was read in
 * @param byteOrderMark whether the file started with a byte order mark
 * @param delimiter the field delimiter: comma, semicolon or tab
 * @param header whether the first record names the columns
 * @param decimalComma whether numbers use a comma before the decimals ({@code 1.234,50})
 */
public record CsvFormat(Charset charset, boolean byteOrderMark, char delimiter, boolean header,
		boolean decimalComma) implements SourceFormat {
}
