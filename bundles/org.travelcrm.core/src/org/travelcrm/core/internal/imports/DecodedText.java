package org.travelcrm.core.internal.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportFileException;

/**
 * The text of a file and the encoding it was read in.
 * <p>
 * A byte order mark decides (UTF-8, UTF-16); without one the file must be valid UTF-8 or, failing
 * that, valid GB18030 (which includes GBK) that reads as Chinese text. Anything else is refused
 * with the offset and line of the first byte that is not UTF-8: a file is never read with
 * replacement characters.
 */
public record DecodedText(String text, Charset charset, boolean byteOrderMark) {

	/** GB18030 is a superset of GBK and GB2312. */
	public static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * Decodes a file's bytes.
	 *
	 * @param bytes the whole file
	 * @param fileName the name used in messages
	 * @param forced the encoding the user chose, or {@code null} to detect it
	 * @throws ImportFileException when the bytes are not text in the encoding
	 */
	public static DecodedText decode(byte[] bytes, String fileName, Charset forced)
			throws ImportFileException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, fileName),
					StandardCharsets.UTF_8, true);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName),
					StandardCharsets.UTF_16LE, true);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName),
					StandardCharsets.UTF_16BE, true);
		}
		if (forced != null) {
			return new DecodedText(strict(bytes, 0, forced, fileName), forced, false);
		}
		Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
		if (utf8.text() != null) {
			return new DecodedText(utf8.text(), StandardCharsets.UTF_8, false);
		}
		Attempt gb = Attempt.of(bytes, 0, GB18030);
		if (gb.text() != null && readsAsChinese(gb.text())) {
			return new DecodedText(gb.text(), GB18030, false);
		}
		int badUtf8 = utf8.badOffset();
		throw new ImportFileException(NLS.bind(Messages.Decoding_neitherUtf8NorGb, new Object[] {
				fileName, badUtf8, lineAt(bytes, badUtf8), hex(bytes[badUtf8]) }));
	}

	private static String strict(byte[] bytes, int start, Charset charset, String fileName)
			throws ImportFileException {
		Attempt attempt = Attempt.of(bytes, start, charset);
		if (attempt.text() == null) {
			int bad = attempt.badOffset();
			throw new ImportFileException(NLS.bind(Messages.Decoding_notInCharset, new Object[] {
					fileName, charset.name(), bad, lineAt(bytes, bad), hex(bytes[bad]) }));
		}
		return attempt.text();
	}

	/** The decoded text, or the offset of the first byte that could not be decoded. */
	private record Attempt(String text, int badOffset) {

		static Attempt of(byte[] bytes, int start, Charset charset) {
			CharsetDecoder decoder = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
			// Neither UTF-8 nor GB18030 nor UTF-16 gives more characters than bytes.
			CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
			CoderResult result = decoder.decode(in, out, true);
			if (!result.isError()) {
				result = decoder.flush(out);
			}
			if (result.isError()) {
				return new Attempt(null, Math.min(in.position(), bytes.length - 1));
			}
			return new Attempt(out.flip().toString(), -1);
		}
	}

	/**
	 * Whether GB18030 text is plausible: every character beyond ASCII is one a Chinese text
	 * uses (ideographs, also beyond the basic plane, CJK punctuation, full-width forms, Greek,
	 * Cyrillic, box drawing, kana). Western single-byte text read as GB18030 fails this.
	 */
	private static boolean readsAsChinese(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80 && !isChineseTextCharacter(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isChineseTextCharacter(char c) {
		return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF
				|| c >= 0x3000 && c <= 0x30FF || c >= 0xFF00 && c <= 0xFFEF
				|| c >= 0x2000 && c <= 0x27BF || c >= 0x0391 && c <= 0x0451
				|| c >= 0x3200 && c <= 0x33FF || c >= 0xFE30 && c <= 0xFE4F
				|| c == 0x00B7 || c == 0x00D7 || c == 0x00F7 || c == 0x00A4 || c == 0x00A7
				|| c == 0x00A8 || c == 0x00B0 || c == 0x00B1 || c >= 0x00E0 && c <= 0x00FC
				|| c >= 0x02C7 && c <= 0x02D9 || c >= 0xF900 && c <= 0xFAFF
				|| c >= 0xD840 && c <= 0xD87F || c >= 0xDC00 && c <= 0xDFFF;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String hex(byte b) {
		return String.format("0x%02X", b & 0xFF);
	}
}
