package net.wpxliff.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML file's bytes the way a browser would pick the encoding: byte order mark, then a
 * {@code <meta>} charset declaration, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * A declaration of UTF-16 is read as UTF-8, as HTML's prescan says: the declaration itself was found in bytes
 * read one to a character, so the page is not UTF-16 (that takes a byte order mark). The chosen charset is
 * kept so that merge writes the page back in the same encoding.
 */
final class HtmlDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            // the first charset= in the tag that is not part of a longer name (data-charset="..." is not it)
            "<meta\\s[^>]*?(?<![\\w-])charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    record Decoded(String text, Charset charset, boolean bom) {
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return withBom(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return withBom(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return withBom(bytes, 2, StandardCharsets.UTF_16BE);
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, declared), declared, false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            Charset fallback = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, fallback), fallback, false);
        }
    }

    /**
     * The encoding the bytes look to be in when it is UTF-16 without a byte order mark ({@code UTF-16LE} when most
     * byte pairs of the head are a character and a zero, as ASCII is in it; {@code UTF-16BE} the other way round), or
     * null. HTML has no other way to tell UTF-16: its prescan finds {@code <meta charset>} only in bytes read one to a
     * character, so a browser shows such a page as garbage, and decoded as UTF-8 every character came with a NUL (QA:
     * the page became one unit of escaped markup). A real page holds no zero byte at all.
     */
    /** Zero bytes on one side of the pairs that tell UTF-16 markup ({@code <p></p>} alone has seven). */
    private static final int MARKUP_ZEROS = 8;

    static String unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, SNIFF_BYTES) / 2;
        int little = 0, big = 0;
        for (int i = 0; i < pairs; i++) {
            byte first = bytes[2 * i], second = bytes[2 * i + 1];
            if (first != 0 && second == 0) little++;
            else if (first == 0 && second != 0) big++;
        }
        if (pairs > 0 && Math.max(little, big) * 3 >= pairs) return little > big ? "UTF-16LE" : "UTF-16BE"; // a third ASCII
        // mostly Korean or other non-Latin text (QA: a Korean page passed the rule above and became one unit of garbage):
        // its markup still puts zero bytes on one side of the pairs, which UTF-8 text never holds
        int zeroSecond = 0, zeroFirst = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i + 1] == 0) zeroSecond++;
            if (bytes[2 * i] == 0) zeroFirst++;
        }
        if (zeroSecond >= MARKUP_ZEROS && zeroSecond >= 2 * zeroFirst) return "UTF-16LE"; // (syllables like U+AC00 put some on the other)
        if (zeroFirst >= MARKUP_ZEROS && zeroFirst >= 2 * zeroSecond) return "UTF-16BE";
        return null;
    }

    /**
     * The offset of the first byte the decoded text does not give back when encoded again (a byte
     * windows-1252 leaves undefined, a sequence invalid in the declared charset), or -1. Merge writes
     * the page in its charset, so such a byte would silently change.
     */
    static int firstLossyByte(byte[] bytes, Decoded decoded) {
        byte[] again = (decoded.bom() ? "\uFEFF" + decoded.text() : decoded.text()).getBytes(decoded.charset());
        return Arrays.mismatch(bytes, again); // the first differing byte, the shorter length, or -1 when equal
    }

    private static Decoded withBom(byte[] bytes, int bomLength, Charset charset) {
        return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, charset), charset, true);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1);
        // Browsers read a declared iso-8859-1 or us-ascii as windows-1252 (WHATWG encoding standard).
        if (name.equalsIgnoreCase("iso-8859-1") || name.equalsIgnoreCase("us-ascii") || name.equalsIgnoreCase("latin1")) {
            name = "windows-1252";
        }
        Charset charset;
        try {
            charset = Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (charset == null) return null;
        // HTML's prescan: a declared UTF-16 (BE, LE or either) is UTF-8; UTF-32 is no encoding of the web at all
        String canonical = charset.name().toUpperCase(Locale.ROOT);
        if (canonical.contains("UTF-16")) return StandardCharsets.UTF_8;
        if (canonical.contains("UTF-32")) return null;
        return charset;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
