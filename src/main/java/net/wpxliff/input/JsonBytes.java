package net.wpxliff.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a JSON file's bytes exactly, never by guessing or replacing: UTF-8 (what WordPress sends, with
 * or without a byte order mark), or UTF-16/UTF-32 when a byte order mark says so. The encoding and the
 * mark are kept so that merge writes the post back in the same bytes. A byte sequence that is not valid
 * in the encoding is an error at its byte offset, not a U+FFFD that would silently change the post.
 */
final class JsonBytes {
    /** The decoded text (without the byte order mark), its encoding, and whether a mark preceded it. */
    record Decoded(String text, Charset charset, boolean bom) {
    }

    /** Bytes that are not valid in the encoding, at {@code offset} from the start of the file. */
    static final class Malformed extends Exception {
        final Charset charset;
        final long offset;
        final String bytes;

        Malformed(Charset charset, long offset, String bytes) {
            super("invalid " + charset.name() + " at byte offset " + offset + " (" + bytes + ")");
            this.charset = charset;
            this.offset = offset;
            this.bytes = bytes;
        }
    }

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private JsonBytes() {
    }

    static Decoded decode(byte[] bytes) throws Malformed {
        // UTF-32LE's mark starts with UTF-16LE's: test it first
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return strict(bytes, 4, UTF_32BE);
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return strict(bytes, 4, UTF_32LE);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    /** True when the bytes look like UTF-16 or UTF-32 text without a byte order mark (a NUL among the first two). */
    static boolean looksLikeWideWithoutMark(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0);
    }

    private static Decoded strict(byte[] bytes, int bomLength, Charset charset) throws Malformed {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (bytes.length - bomLength) * (long) Math.ceil(decoder.maxCharsPerByte())));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            int length = result.isMalformed() || result.isUnmappable() ? result.length() : 1;
            StringBuilder shown = new StringBuilder();
            for (int i = at; i < Math.min(bytes.length, at + Math.max(length, 1)); i++) {
                if (!shown.isEmpty()) shown.append(' ');
                shown.append(String.format("0x%02X", bytes[i] & 0xFF));
            }
            throw new Malformed(charset, at, shown.toString());
        }
        out.flip();
        return new Decoded(out.toString(), charset, bomLength > 0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
