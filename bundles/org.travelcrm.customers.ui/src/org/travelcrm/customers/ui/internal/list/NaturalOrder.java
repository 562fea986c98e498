package org.travelcrm.customers.ui.internal.list;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The order of codes such as customer ids: runs of ASCII digits compare by their numeric value,
 * every other character by its code point, and codes that are equal so far (such as
 * {@code C7} and {@code C007}) by their code points, so that only equal codes tie. Thus
 * {@code C2 < C10 < c2 < c10}: upper case comes before lower case, as in code point order.
 * <p>
 * Each code gets a byte key whose unsigned order is this order (UTF-8 for characters; a marker,
 * the length and the digits packed two to a byte for a run of digits). {@link #rank} writes the
 * keys of a million codes into one array and sorts them by five or six bytes at a time packed
 * with their positions into primitive longs, starting where the keys of a group first differ,
 * instead of comparing collation keys or strings.
 */
public final class NaturalOrder implements Comparator<String> {

	/** The order, for lists of codes. */
	public static final NaturalOrder INSTANCE = new NaturalOrder();

	/** Marks a run of digits; no character's UTF-8 form contains this byte. */
	private static final byte DIGITS = '0';

	/** Run lengths from this on are written as this byte and four bytes of length. */
	private static final int LONG_RUN = 0xFF;

	/** Groups of codes smaller than this are sorted by comparing their keys. */
	private static final int SMALL_GROUP = 64;

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		byte[] x = new byte[write(a, null, 0)];
		byte[] y = new byte[write(b, null, 0)];
		write(a, x, 0);
		write(b, y, 0);
		int order = Arrays.compareUnsigned(x, y);
		return order != 0 ? order : compareCodePoints(a, b);
	}

	/**
	 * The rank of every code in this order: 1 for the first, the same rank for equal codes,
	 * 0 for {@code null}.
	 */
	public static int[] rank(String[] codes) {
		int n = codes.length;
		int[] start = new int[n + 1];
		IntStream.range(0, n).parallel().forEach(i -> {
			start[i + 1] = codes[i] == null ? 0 : write(codes[i], null, 0);
		});
		for (int i = 0; i < n; i++) {
			start[i + 1] = Math.addExact(start[i + 1], start[i]);
		}
		byte[] keys = new byte[start[n]];
		IntStream.range(0, n).parallel().forEach(i -> {
			if (codes[i] != null) {
				write(codes[i], keys, start[i]);
			}
		});
		int[] rows = IntStream.range(0, n).filter(i -> codes[i] != null).toArray();
		Sorting sorting = new Sorting(keys, start, codes);
		sorting.sort(rows, 0, rows.length, 0);
		return sorting.rank;
	}

	/**
	 * Writes the key of a code from an index on and returns where it ends; with {@code null}
	 * for the array, only measures it.
	 */
	private static int write(String code, byte[] key, int at) {
		int n = code.length();
		int next = at;
		int i = 0;
		while (i < n) {
			if (isDigit(code.charAt(i))) {
				int end = i;
				while (end < n && isDigit(code.charAt(end))) {
					end++;
				}
				int first = i;
				while (first < end - 1 && code.charAt(first) == '0') {
					first++;
				}
				next = writeDigits(code, first, end, key, next);
				i = end;
			} else {
				int codePoint = code.codePointAt(i);
				next = writeUtf8(codePoint, key, next);
				i += Character.charCount(codePoint);
			}
		}
		return next;
	}

	/** Writes a run of digits without leading zeros: marker, length, two digits per byte. */
	private static int writeDigits(String code, int first, int end, byte[] key, int at) {
		int run = end - first;
		int next = put(key, at, DIGITS);
		if (run < LONG_RUN) {
			next = put(key, next, run);
		} else {
			next = put(key, next, LONG_RUN);
			for (int shift = 24; shift >= 0; shift -= 8) {
				next = put(key, next, run >>> shift);
			}
		}
		for (int d = first; d < end; d += 2) {
			int high = code.charAt(d) - '0';
			int low = d + 1 < end ? code.charAt(d + 1) - '0' : 0;
			next = put(key, next, high << 4 | low);
		}
		return next;
	}

	/** Writes a character in UTF-8, whose byte order is the order of code points. */
	private static int writeUtf8(int codePoint, byte[] key, int at) {
		if (codePoint < 0x80) {
			return put(key, at, codePoint);
		}
		int continuations = codePoint < 0x800 ? 1 : codePoint < 0x10000 ? 2 : 3;
		int lead = codePoint < 0x800 ? 0xC0 : codePoint < 0x10000 ? 0xE0 : 0xF0;
		int next = put(key, at, lead | codePoint >>> 6 * continuations);
		for (int c = continuations - 1; c >= 0; c--) {
			next = put(key, next, 0x80 | codePoint >>> 6 * c & 0x3F);
		}
		return next;
	}

	private static int put(byte[] key, int at, int value) {
		if (key != null) {
			key[at] = (byte) value;
		}
		return at + 1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}

	/**
	 * Sorts row numbers by the keys of their codes, as many key bytes at a time as a long holds
	 * beside the position, and ranks them in the order the sort settles them.
	 */
	private static final class Sorting {

		private final byte[] keys;
		private final int[] start;
		private final String[] codes;
		private final int[] rank;
		private int lastRank;

		/**
		 * @param keys  the keys of all codes, one after the other
		 * @param start where the key of each row starts, and at the end where the last ends
		 */
		Sorting(byte[] keys, int[] start, String[] codes) {
			this.keys = keys;
			this.start = start;
			this.codes = codes;
			this.rank = new int[codes.length];
		}

		/** Sorts rows[from, to), whose keys agree before the offset. */
		void sort(int[] rows, int from, int to, int agreed) {
			int size = to - from;
			int common = size < SMALL_GROUP ? -1 : commonPrefix(rows, from, to, agreed);
			if (common < 0) {
				compareAll(rows, from, to, agreed);
				return;
			}
			// Some keys differ at the offset, so this pass splits the group. The leading key bits
			// from there and the position in the group make one primitive long.
			int offset = agreed + common;
			int positionBits = Integer.SIZE - Integer.numberOfLeadingZeros(size - 1);
			long positions = (1L << positionBits) - 1;
			long[] packed = new long[size];
			for (int i = 0; i < size; i++) {
				packed[i] = (bytesAt(rows[from + i], offset) & ~positions | i) ^ Long.MIN_VALUE;
			}
			Arrays.parallelSort(packed);
			int[] sorted = new int[size];
			for (int i = 0; i < size; i++) {
				sorted[i] = rows[from + (int) (packed[i] & positions)];
			}
			System.arraycopy(sorted, 0, rows, from, size);
			int covered = (Long.SIZE - positionBits) / Byte.SIZE;
			int first = 0;
			for (int i = 1; i <= size; i++) {
				if (i == size || packed[i] >>> positionBits != packed[first] >>> positionBits) {
					if (i - first > 1) {
						sort(rows, from + first, from + i, offset + covered);
					} else {
						rank[rows[from + first]] = ++lastRank;
					}
					first = i;
				}
			}
		}

		/**
		 * How many bytes from the offset on the keys of all rows share, or -1 when the keys are
		 * all equal.
		 */
		private int commonPrefix(int[] rows, int from, int to, int offset) {
			int model = rows[from];
			int common = -1;
			for (int i = from + 1; i < to && common != 0; i++) {
				int row = rows[i];
				int mismatch = Arrays.mismatch(keys, from(model, offset), start[model + 1], keys,
						from(row, offset), start[row + 1]);
				if (mismatch >= 0 && (common < 0 || mismatch < common)) {
					common = mismatch;
				}
			}
			return common;
		}

		/** Where a row's key goes on from an offset; at its end when it is shorter. */
		private int from(int row, int offset) {
			return Math.min(start[row] + offset, start[row + 1]);
		}

		/** Sorts a small group, or one of equal keys, by comparing, and ranks it. */
		private void compareAll(int[] rows, int from, int to, int agreed) {
			if (to - from < SMALL_GROUP) {
				for (int i = from + 1; i < to; i++) {
					int row = rows[i];
					int j = i;
					for (; j > from && compareRows(rows[j - 1], row, agreed) > 0; j--) {
						rows[j] = rows[j - 1];
					}
					rows[j] = row;
				}
			} else {
				Integer[] boxed = new Integer[to - from];
				for (int i = from; i < to; i++) {
					boxed[i - from] = rows[i];
				}
				Arrays.sort(boxed, (a, b) -> compareRows(a, b, agreed));
				for (int i = from; i < to; i++) {
					rows[i] = boxed[i - from];
				}
			}
			for (int i = from; i < to; i++) {
				if (i == from || compareRows(rows[i - 1], rows[i], agreed) != 0) {
					lastRank++;
				}
				rank[rows[i]] = lastRank;
			}
		}

		/**
		 * Compares two rows whose keys agree before an offset, where the shorter one may have
		 * ended in zero bytes of the other.
		 */
		private int compareRows(int a, int b, int agreed) {
			int order = Arrays.compareUnsigned(keys, from(a, agreed), start[a + 1], keys,
					from(b, agreed), start[b + 1]);
			if (order == 0) {
				order = Integer.compare(start[a + 1] - start[a], start[b + 1] - start[b]);
			}
			return order != 0 ? order : compareCodePoints(codes[a], codes[b]);
		}

		/** Eight bytes of a row's key from an offset, zero-padded, as an unsigned long. */
		private long bytesAt(int row, int offset) {
			int end = start[row + 1];
			long bytes = 0;
			for (int i = start[row] + offset; i < start[row] + offset + Long.BYTES; i++) {
				bytes = bytes << 8 | (i < end ? keys[i] & 0xFF : 0);
			}
			return bytes;
		}
	}
}
