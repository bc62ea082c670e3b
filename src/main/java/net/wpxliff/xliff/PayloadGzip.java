package net.wpxliff.xliff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips an embedded source's JSON to exactly the bytes {@code GZIPOutputStream} writes at
 * {@link Deflater#BEST_SPEED} (what export always wrote, and what signatures cover), but with one
 * {@link Deflater} per thread, reset between payloads: a new one allocates and clears about 256 KB of native
 * state for every file. The header is the JDK's own (taken from {@code GZIPOutputStream} once), the trailer
 * the CRC-32 and length, both little-endian, as in RFC 1952.
 */
final class PayloadGzip {
    private static final byte[] HEADER = jdkHeader();
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    /** The array deflated into, kept for the thread's next payload (a third of the JSON each; up to 1 MB kept). */
    private static final SpareBytes SPARE = new SpareBytes(1 << 20);
    /** CRC-32 and length after the deflated data. */
    private static final int TRAILER = 8;

    private PayloadGzip() {
    }

    static byte[] compress(byte[] data) {
        return compress(data, data.length);
    }

    /** The gzip bytes of {@code data[0, length)}, deflated straight into the array returned (trimmed once). */
    static byte[] compress(byte[] data, int length) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = SPARE.take(Math.max(length / 3, 64) + HEADER.length + TRAILER);
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int size = HEADER.length;
        while (true) {
            size += deflater.deflate(out, size, out.length - size - TRAILER);
            if (deflater.finished()) break;
            if (size == out.length - TRAILER) out = Arrays.copyOf(out, out.length * 2);
        }
        deflater.setInput(new byte[0]); // let go of the data
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        size = writeIntLittleEndian(out, size, (int) crc.getValue());
        size = writeIntLittleEndian(out, size, length);
        byte[] gzip = Arrays.copyOf(out, size);
        SPARE.giveBack(out);
        return gzip;
    }

    private static int writeIntLittleEndian(byte[] out, int at, int value) {
        for (int i = 0; i < 4; i++) out[at + i] = (byte) (value >>> (8 * i));
        return at + 4;
    }

    /** The 10-byte header this JDK's GZIPOutputStream writes (no name, no time). */
    private static byte[] jdkHeader() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new GZIPOutputStream(bytes).close();
            byte[] header = new byte[10];
            System.arraycopy(bytes.toByteArray(), 0, header, 0, header.length);
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
