package net.wpxliff.xliff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16384]);

    private PayloadGzip() {
    }

    static byte[] compress(byte[] data) {
        Deflater deflater = DEFLATER.get();
        byte[] buffer = BUFFER.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        out.write(HEADER, 0, HEADER.length);
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.setInput(new byte[0]); // let go of the data
        CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLittleEndian(out, (int) crc.getValue());
        writeIntLittleEndian(out, data.length);
        return out.toByteArray();
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) out.write(value >>> (8 * i));
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
