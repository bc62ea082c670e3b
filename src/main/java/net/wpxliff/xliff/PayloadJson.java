package net.wpxliff.xliff;

import java.util.Arrays;

/**
 * Writes an embedded source's JSON straight into a byte array, exactly as Jackson's UTF-8 generator writes it
 * (compact; {@code "} and {@code \} escaped with a backslash, tab, line feed and carriage return as {@code \t},
 * {@code \n}, {@code \r}; other characters as UTF-8). The payload's bytes are signed, so they must not change:
 * for a string holding anything else Jackson escapes (another control character, a surrogate) this gives up and
 * {@link EmbeddedSource} lets Jackson write the payload ({@code PayloadJsonTest} compares the two).
 */
final class PayloadJson {
    /** ASCII characters written as an escape. */
    private static final boolean[] ESCAPED = new boolean[0x80];

    static {
        for (int c = 0; c < 0x20; c++) ESCAPED[c] = true;
        ESCAPED['"'] = true;
        ESCAPED['\\'] = true;
    }

    /**
     * A payload up to this many bytes is written into the thread's kept arrays: a batch then allocates (and zeroes)
     * them once instead of twice per post (a byte array and a char array the size of the post, which cost more than
     * writing them). Larger ones get arrays of their own, so a big post leaves no big arrays behind.
     */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<PayloadJson> KEPT = new ThreadLocal<>();

    private byte[] bytes;
    private int length;
    private char[] chars = new char[0];

    private PayloadJson(int capacity) {
        bytes = new byte[capacity];
    }

    /**
     * The payload's JSON bytes and their count (the array may be longer), or null when Jackson must write it. The
     * result may be this thread's kept instance: read it before the thread's next call.
     */
    static PayloadJson of(EmbeddedSource s) {
        int capacity = (s.text() == null ? 0 : s.text().length()) + 512;
        PayloadJson json = capacity <= KEPT_CAPACITY ? KEPT.get() : null;
        if (json == null) {
            json = new PayloadJson(capacity);
            if (capacity <= KEPT_CAPACITY) KEPT.set(json);
        } else {
            json.length = 0;
            json.ensure(capacity);
        }
        json.ascii("{\"format\":").ascii(Integer.toString(s.format()));
        boolean ok = json.field("kind", s.kind()) && json.field("origin", s.origin()) && json.field("name", s.name())
                && json.field("charset", s.charset());
        if (!ok) return null;
        json.ascii(",\"bom\":").ascii(Boolean.toString(s.bom()));
        ok = json.field("postId", s.postId()) && json.field("outputName", s.outputName())
                && json.field("sourceLanguage", s.sourceLanguage()) && json.field("targetLanguage", s.targetLanguage());
        if (!ok) return null;
        json.ascii(",\"segmented\":").ascii(Boolean.toString(s.segmented()));
        if (!json.field("text", s.text()) || s.config() != null && !json.field("config", s.config())) return null;
        json.ascii("}");
        return json;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    private PayloadJson ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) bytes[length++] = (byte) s.charAt(i);
        return this;
    }

    private boolean field(String name, String value) {
        ascii(",\"").ascii(name).ascii("\":");
        if (value == null) {
            ascii("null");
            return true;
        }
        return string(value);
    }

    private boolean string(String s) {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, 256)];
        s.getChars(0, n, chars, 0);
        char[] in = chars;
        ascii("\"");
        int i = 0;
        while (i < n) {
            // room for the rest if it is ASCII, and for at least one escape or multi-byte character beyond
            ensure(n - i + 8);
            byte[] out = bytes;
            int p = length;
            for (char c; i < n && (c = in[i]) < 0x80 && !ESCAPED[c]; i++) out[p++] = (byte) c;
            if (i == n) {
                length = p;
                break;
            }
            char c = in[i++];
            if (c < 0x80) {
                char escape = switch (c) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '\n' -> 'n';
                    case '\t' -> 't';
                    case '\r' -> 'r';
                    default -> 0;
                };
                if (escape == 0) return false;
                out[p++] = '\\';
                out[p++] = (byte) escape;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            }
            length = p;
        }
        ascii("\"");
        return true;
    }

    private void ensure(int more) {
        if (bytes.length - length < more) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
}
