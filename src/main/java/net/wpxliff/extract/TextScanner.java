package net.wpxliff.extract;

import net.wpxliff.unit.XmlChars;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the raw source of one HTML text node into text and the pieces translators must not touch:
 * WordPress shortcodes ({@code [caption id="1"]}, {@code [/gallery]}; words in brackets such as {@code [sic]} are
 * text, see {@link ShortcodeShape}) and characters XML cannot carry (control characters). Text is entity-decoded;
 * the protected pieces keep their raw offsets.
 */
final class TextScanner {
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX][0-9a-fA-F]+|[0-9]+);?");
    /** What may be a shortcode tag: [name attrs], [name/], [/name]; names as WordPress allows them. */
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?[A-Za-z][\\w-]*(?:\\s[^\\[\\]]*)?/?\\]");
    /** In editor text also an escaped shortcode, {@code [[name …]]}, which WordPress shows as {@code [name …]}: one piece. */
    private static final Pattern EDITOR_SHORTCODE = Pattern.compile(
            "\\[\\[/?[A-Za-z][\\w-]*(?:\\s[^\\[\\]]*)?/?\\]\\]|" + SHORTCODE.pattern());
    /** Type of the code a newline of classic editor text becomes (WordPress shows it as {@code <br />}). */
    static final String LINE_BREAK = "lb";
    /** Type of the code a URL WordPress embeds becomes (one alone on its line in editor text, see {@link EmbedLines}). */
    static final String EMBED_URL = "x-embed";

    interface Sink {
        void text(String decoded, int rawStart, int rawEnd);

        void protectedPiece(String type, int rawStart, int rawEnd);
    }

    private TextScanner() {
    }

    /**
     * @param source           the whole text (a post field) the node is in
     * @param shortcodes       the shapes of that text's bracketed runs
     * @param editorShortcodes editor text: an escaped shortcode ({@code [[gallery]]}) is one protected piece, and so
     *                         is a URL alone on its line, which WordPress embeds
     * @param newlineBreaks    classic editor text: each newline ({@code \n}, {@code \r\n}, {@code \r}) is a
     *                         protected piece of type {@link #LINE_BREAK}
     */
    static void scan(String source, ShortcodeShape shortcodes, int rawStart, int rawEnd, String decodedWhole,
                     boolean inAttribute, boolean editorShortcodes, boolean newlineBreaks, Sink sink) {
        String raw = source.substring(rawStart, rawEnd);
        boolean embeds = editorShortcodes && EmbedLines.mayHold(raw);
        boolean plain = raw.indexOf('[') < 0 && !embeds && allXmlChars(decodedWhole)
                && !(newlineBreaks && (raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0));
        if (plain) {
            sink.text(decodedWhole, rawStart, rawEnd);
            return;
        }
        List<int[]> pieces = new ArrayList<>(); // {start, end, 0 shortcode / 1 embedded URL}, offsets in raw
        Matcher m = (editorShortcodes ? EDITOR_SHORTCODE : SHORTCODE).matcher(raw);
        while (m.find()) {
            if (shortcodes.isShortcode(m.group())) pieces.add(new int[]{m.start(), m.end(), 0}); // else words in brackets
        }
        if (embeds) {
            for (int[] url : EmbedLines.in(source, rawStart, rawEnd)) pieces.add(new int[]{url[0] - rawStart, url[1] - rawStart, 1});
            pieces.sort(Comparator.comparingInt(p -> p[0]));
        }
        int at = 0;
        for (int[] piece : pieces) {
            if (piece[0] < at) continue; // (a URL line holding a shortcode: the first found wins)
            textWithoutControls(raw, at, piece[0], rawStart, inAttribute, newlineBreaks, sink);
            sink.protectedPiece(piece[2] == 0 ? "x-shortcode" : EMBED_URL, rawStart + piece[0], rawStart + piece[1]);
            at = piece[1];
        }
        textWithoutControls(raw, at, raw.length(), rawStart, inAttribute, newlineBreaks, sink);
    }

    private static void textWithoutControls(String raw, int from, int to, int base, boolean inAttribute,
                                            boolean newlineBreaks, Sink sink) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (newlineBreaks && (c == '\n' || c == '\r')) {
                int end = c == '\r' && i + 1 < to && raw.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                emitText(raw, start, i, base, inAttribute, sink);
                sink.protectedPiece(LINE_BREAK, base + i, base + end);
                start = end;
                i = end - 1;
            } else if (!isXmlChar(raw, i)) {
                emitText(raw, start, i, base, inAttribute, sink);
                sink.protectedPiece("x-control", base + i, base + i + 1);
                start = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        emitText(raw, start, to, base, inAttribute, sink);
    }

    private static void emitText(String raw, int from, int to, int base, boolean inAttribute, Sink sink) {
        if (from >= to) return;
        String piece = raw.substring(from, to);
        if (piece.indexOf('&') < 0) {
            sink.text(piece, base + from, base + to);
            return;
        }
        String decoded = Parser.unescapeEntities(piece, inAttribute);
        if (allXmlChars(decoded)) {
            sink.text(decoded, base + from, base + to);
            return;
        }
        // A reference to a character XML cannot carry (&#1;): protect just that reference.
        Matcher ref = CHARACTER_REFERENCE.matcher(piece);
        int at = 0;
        while (ref.find()) {
            String one = Parser.unescapeEntities(ref.group(), inAttribute);
            if (allXmlChars(one)) continue;
            emitText(raw, from + at, from + ref.start(), base, inAttribute, sink);
            sink.protectedPiece("x-control", base + from + ref.start(), base + from + ref.end());
            at = ref.end();
        }
        emitText(raw, from + at, to, base, inAttribute, sink);
    }

    static boolean allXmlChars(String s) {
        return XmlChars.allAllowed(s);
    }

    /** XML 1.0 Char production; a surrogate pair counts as one character. */
    static boolean isXmlChar(String s, int i) {
        return XmlChars.isAllowed(s, i);
    }
}
