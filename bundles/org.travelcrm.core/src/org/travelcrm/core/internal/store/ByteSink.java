package org.travelcrm.core.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array with the encodings of binary agency files: unsigned and zig-zag
 * varints, UTF-8 strings with their length, raw longs.
 */
final class ByteSink {

	private byte[] bytes;
	private int size;

	ByteSink(int capacity) {
		bytes = new byte[Math.max(16, capacity)];
	}

	int size() {
		return size;
	}

	void clear() {
		size = 0;
	}

	void writeTo(OutputStream out) throws IOException {
		out.write(bytes, 0, size);
	}

	void write(int b) {
		ensure(1);
		bytes[size++] = (byte) b;
	}

	void write(byte[] source, int offset, int length) {
		ensure(length);
		System.arraycopy(source, offset, bytes, size, length);
		size += length;
	}

	void append(ByteSink other) {
		write(other.bytes, 0, other.size);
	}

	/** An unsigned varint: seven bits a byte, low bits first. */
	void writeVarLong(long value) {
		ensure(10);
		long v = value;
		while ((v & ~0x7FL) != 0) {
			bytes[size++] = (byte) ((v & 0x7F) | 0x80);
			v >>>= 7;
		}
		bytes[size++] = (byte) v;
	}

	void writeVarInt(int value) {
		writeVarLong(value & 0xFFFFFFFFL);
	}

	void writeSigned(long value) {
		writeVarLong((value << 1) ^ (value >> 63));
	}

	void writeLong(long value) {
		ensure(8);
		for (int i = 0; i < 8; i++) {
			bytes[size++] = (byte) (value >>> (8 * i));
		}
	}

	void writeString(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		writeVarInt(utf8.length);
		write(utf8, 0, utf8.length);
	}

	/** Writes a bitmap of {@code count} bits. */
	void writeBits(boolean[] bits, int count) {
		int length = (count + 7) >>> 3;
		ensure(length);
		Arrays.fill(bytes, size, size + length, (byte) 0);
		for (int i = 0; i < count; i++) {
			if (bits[i]) {
				bytes[size + (i >>> 3)] |= (byte) (1 << (i & 7));
			}
		}
		size += length;
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			long wanted = Math.max((long) bytes.length * 2, (long) size + more);
			if (wanted > Integer.MAX_VALUE - 16) {
				throw new IllegalStateException("A column of more than 2 GB cannot be written"); //$NON-NLS-1$
			}
			bytes = Arrays.copyOf(bytes, (int) wanted);
		}
	}
}
