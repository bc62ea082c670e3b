package net.wpxliff.merge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Keeps a page's charset declaration where browsers look for it. A browser not told the encoding reads it
 * from a {@code <meta charset>} (or {@code <meta http-equiv="Content-Type" content="…; charset=…">}) in the
 * first 1024 bytes; a translated {@code <title>} written before it can push it out (a Hangul syllable is
 * three bytes in UTF-8), and the page is then decoded by guess. When that happens the declaration moves to
 * the start of {@code <head>}, where HTML recommends it anyway: the only change is the order of the head's
 * children. Merge refuses the page only when even that cannot bring it back into the first 1024 bytes.
 */
final class EarlyCharset {
    /** How far browsers look for the declaration (HTML's encoding prescan). */
    static final int PRESCAN_BYTES = 1024;

    /**
     * The page to write, and what was done or why it cannot be written.
     *
     * @param html    the page (the merged page, or the merged page with the declaration moved ahead)
     * @param moved   a note for the user when the declaration was moved, else null
     * @param refusal why the page cannot be written with an early declaration, else null
     */
    record Outcome(String html, String moved, String refusal) {
    }

    private EarlyCharset() {
    }

    /**
     * @param source the source page (its text, as decoded)
     * @param merged the merged page
     * @param bom    the page starts with a byte order mark, which decides its encoding (no declaration needed)
     */
    static Outcome keep(String source, String merged, Charset charset, boolean bom) {
        if (bom || merged.equals(source)) return new Outcome(merged, null, null);
        Element declared = declaration(parse(source));
        if (declared == null || bytesBefore(source, declared.sourceRange().endPos(), charset) > PRESCAN_BYTES) {
            return new Outcome(merged, null, null); // none, or already late in the source: nothing to keep
        }
        Document page = parse(merged);
        Element meta = declaration(page);
        if (meta == null) return new Outcome(merged, null, null); // cannot happen: the tree check reports it
        int end = bytesBefore(merged, meta.sourceRange().endPos(), charset);
        if (end <= PRESCAN_BYTES) return new Outcome(merged, null, null);

        String late = "the page's charset declaration " + tag(merged, meta) + " would end at byte " + end
                + ", past the first " + PRESCAN_BYTES + " bytes where browsers look for it (the translated text"
                + " before it is longer than the source)";
        int insertAt = startOfHead(page, meta);
        if (insertAt < 0) {
            return new Outcome(merged, null, late + ", and merge cannot move it ahead: it is not in <head> or"
                    + " nothing in <head> comes before it; shorten the translation of the text before it, or put"
                    + " the declaration first in <head> in the source page and export it again");
        }
        String moved = moveAhead(merged, meta, insertAt);
        Element after = declaration(parse(moved));
        int movedEnd = after == null ? Integer.MAX_VALUE : bytesBefore(moved, after.sourceRange().endPos(), charset);
        if (movedEnd > PRESCAN_BYTES) {
            return new Outcome(merged, null, late + ", and even first in <head> it would end at byte " + movedEnd
                    + "; shorten what comes before <head> in the source page and export it again");
        }
        return new Outcome(moved, "moved the charset declaration " + tag(merged, meta) + " to the start of <head>:"
                + " after the translated text before it, it would have ended at byte " + end + ", past the first "
                + PRESCAN_BYTES + " bytes where browsers look for it", null);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** The first {@code <meta>} declaring the encoding, written in the page (not implied by the parser), or null. */
    private static Element declaration(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (!meta.sourceRange().isTracked() || meta.sourceRange().isImplicit()) continue;
            if (meta.hasAttr("charset")) return meta;
            if (meta.attr("http-equiv").strip().equalsIgnoreCase("content-type")
                    && meta.attr("content").toLowerCase(Locale.ROOT).contains("charset")) {
                return meta;
            }
        }
        return null;
    }

    /**
     * Where the declaration can go: right after the {@code <head>} tag, or (no tag written) before the
     * head's first element; -1 when it is not a child of the head or is already its first element.
     */
    private static int startOfHead(Document page, Element meta) {
        Element head = page.head();
        if (meta.parent() != head) return -1;
        Range tag = head.sourceRange();
        if (tag.isTracked() && !tag.isImplicit()) return tag.endPos() < meta.sourceRange().startPos() ? tag.endPos() : -1;
        Element first = head.firstElementChild();
        return first == null || first == meta ? -1 : first.sourceRange().startPos();
    }

    /** The page with the meta tag, and the whitespace before it (its own line), moved to {@code insertAt}. */
    private static String moveAhead(String html, Element meta, int insertAt) {
        int start = meta.sourceRange().startPos(), end = meta.sourceRange().endPos();
        int from = start;
        while (from > insertAt && isSpace(html.charAt(from - 1))) from--;
        return html.substring(0, insertAt) + html.substring(from, end) + html.substring(insertAt, from) + html.substring(end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static int bytesBefore(String text, int end, Charset charset) {
        return text.substring(0, end).getBytes(charset).length;
    }

    private static String tag(String html, Element meta) {
        return html.substring(meta.sourceRange().startPos(), meta.sourceRange().endPos());
    }
}
