package org.travelcrm.core.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.imports.ImportFileException;

/**
 * The entries of a workbook's zip archive held in memory, read one after the other with limits
 * that stop a zip bomb before it fills memory or keeps the machine busy.
 * <p>
 * Every inflated byte is counted, also of the entries nobody reads: an archive has at most
 * {@value #MAX_ENTRIES} entries, no entry inflates to more than {@value #MAX_PART_MB} MB, and
 * beyond the first megabyte neither an entry nor the whole archive inflates to more than
 * {@value #MAX_RATIO} times its compressed size. Real workbooks stay far below all three.
 */
@SuppressWarnings("nls")
final class WorkbookArchive {

	static final int MAX_ENTRIES = 10_000;
	static final int MAX_PART_MB = 1024;
	static final int MAX_RATIO = 100;
	private static final long MAX_PART_BYTES = (long) MAX_PART_MB << 20;
	private static final long GRACE_BYTES = 1 << 20;

	private final byte[] bytes;
	private final String fileName;

	/** Reads entries of an archive, one at a time. */
	interface EntryReader {

		/**
		 * Reads one entry; what it leaves unread is skipped.
		 *
		 * @param name the entry's name, without a leading slash
		 * @param content the entry's inflated bytes, counted against the limits
		 * @return whether to go on with the next entry
		 */
		boolean read(String name, InputStream content) throws IOException;
	}

	WorkbookArchive(byte[] bytes, String fileName) {
		this.bytes = bytes;
		this.fileName = fileName;
	}

	/** Whether bytes start like a zip archive, with an entry or empty. */
	static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
				&& (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6);
	}

	/**
	 * Whether an archive ends with its end of central directory record, as every whole zip
	 * archive does: one cut off between two entries still reads entry by entry without it.
	 */
	static boolean hasEndRecord(byte[] bytes) {
		int last = bytes.length - 22;
		int first = Math.max(0, last - 0xFFFF);
		for (int i = last; i >= first; i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6
					&& i + 22 + ((bytes[i + 20] & 0xFF) | (bytes[i + 21] & 0xFF) << 8)
							<= bytes.length) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Passes the entries to a reader in archive order until it asks to stop.
	 *
	 * @throws ImportFileException when the archive is damaged or breaks a limit
	 */
	void scan(EntryReader reader) throws ImportFileException {
		try (Pass pass = new Pass()) {
			for (Part part = pass.next(); part != null; part = pass.next()) {
				if (!reader.read(part.name, part)) {
					return;
				}
				// Skipping through the guard keeps a bomb in an unread entry from running.
				part.drain();
			}
		} catch (ImportFileException e) {
			throw e;
		} catch (IOException e) {
			throw damaged(e);
		}
	}

	/**
	 * The inflated bytes of one entry, read through the limits; the stream needs no closing, the
	 * archive being in memory.
	 *
	 * @param name the entry's name, without a leading slash, in any case
	 * @return the content, or {@code null} when the archive has no such entry
	 * @throws ImportFileException when the archive is damaged or breaks a limit on the way
	 */
	InputStream open(String name) throws ImportFileException {
		try {
			Pass pass = new Pass();
			for (Part part = pass.next(); part != null; part = pass.next()) {
				if (part.name.equalsIgnoreCase(name)) {
					return part;
				}
				part.drain();
			}
			return null;
		} catch (ImportFileException e) {
			throw e;
		} catch (IOException e) {
			throw damaged(e);
		}
	}

	/** The message for an archive that the zip reader cannot follow, with its reason. */
	ImportFileException damaged(IOException e) {
		return new ImportFileException(NLS.bind(Messages.Workbook_damagedZip, fileName,
				e.getMessage()), e);
	}

	/** One pass over the archive's entries, with what it has inflated so far. */
	private final class Pass implements AutoCloseable {

		private final Counter compressed = new Counter(new ByteArrayInputStream(bytes));
		private final ZipInputStream zip = new ZipInputStream(compressed);
		private long inflated;
		private int entries;

		Pass() throws ImportFileException {
			if (!isZip(bytes)) {
				throw new ImportFileException(NLS.bind(Messages.Workbook_notZip, fileName));
			}
			if (!hasEndRecord(bytes)) {
				throw new ImportFileException(NLS.bind(Messages.Workbook_damagedZip, fileName,
						Messages.Workbook_cutOff));
			}
		}

		/** The next file entry, or {@code null} after the last. */
		Part next() throws IOException {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw new ImportFileException(NLS.bind(Messages.Workbook_tooManyEntries,
							fileName, MAX_ENTRIES));
				}
				String name = entry.getName();
				if (!entry.isDirectory()) {
					return new Part(this, name.startsWith("/") ? name.substring(1) : name);
				}
			}
			return null;
		}

		@Override
		public void close() throws IOException {
			zip.close();
		}
	}

	/** Counts the compressed bytes the zip reader takes from the archive. */
	private static final class Counter extends FilterInputStream {

		long count;

		Counter(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count += read;
			}
			return read;
		}
	}

	/** One entry's content, counted against the limits as it is inflated. */
	private final class Part extends FilterInputStream {

		final String name;
		private final Pass pass;
		private final long compressedAtStart;
		private long inflated;

		Part(Pass pass, String name) {
			super(pass.zip);
			this.name = name;
			this.pass = pass;
			this.compressedAtStart = pass.compressed.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
			int read = read(buffer, 0, (int) Math.min(buffer.length, n));
			return Math.max(read, 0);
		}

		@Override
		public void close() {
			// The next entry follows in the same stream; drain() moves on to it.
		}

		void drain() throws IOException {
			byte[] buffer = new byte[8192];
			while (read(buffer, 0, buffer.length) >= 0) {
				// Counted by read.
			}
		}

		private void count(int read) throws ImportFileException {
			inflated += read;
			pass.inflated += read;
			if (inflated > MAX_PART_BYTES) {
				throw new ImportFileException(NLS.bind(Messages.Workbook_partTooLarge,
						new Object[] { fileName, name, MAX_PART_MB }));
			}
			long packed = Math.max(1, pass.compressed.count - compressedAtStart);
			boolean entryBomb = inflated > GRACE_BYTES && inflated / packed > MAX_RATIO;
			boolean archiveBomb = pass.inflated > GRACE_BYTES
					&& pass.inflated / Math.max(1, pass.compressed.count) > MAX_RATIO;
			if (entryBomb || archiveBomb) {
				throw new ImportFileException(NLS.bind(Messages.Workbook_zipBomb,
						new Object[] { fileName, name, MAX_RATIO }));
			}
		}
	}
}
