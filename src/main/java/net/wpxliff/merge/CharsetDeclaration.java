package net.wpxliff.merge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Keeps a merged page's encoding known to browsers. A browser not told the encoding reads it from a
 * {@code <meta charset>} (or {@code <meta http-equiv="Content-Type" content="…; charset=…">}) in the first
 * 1024 bytes, else it guesses (windows-1252 in most locales). Two things a translation can break:
 * <ul>
 * <li>a translated {@code <title>} written before the declaration pushes it out of the first 1024 bytes (a
 * Hangul syllable is three bytes in UTF-8): {@link #keepEarly} moves it to the start of {@code <head>},
 * where HTML recommends it anyway, changing only the order of the head's children;</li>
 * <li>a page that declares no encoding and was plain ASCII gets Korean UTF-8 bytes, which a browser would
 * read as windows-1252: {@link #addWhenMissing} declares the encoding the page is written in at the start
 * of {@code <head>}, the one element merge adds to a page.</li>
 * </ul>
 */
final class CharsetDeclaration {
    /** How far browsers look for the declaration (HTML's encoding prescan). */
    static final int PRESCAN_BYTES = 1024;

    /**
     * The page to write, and what was done or why it cannot be written.
     *
     * @param html    the page to write
     * @param note    a note for the user when the declaration was moved or added, else null
     * @param refusal why the page cannot be written with an early declaration, else null
     */
    record Outcome(String html, String note, String refusal) {
        static Outcome unchanged(String html) {
            return new Outcome(html, null, null);
        }
    }

    private CharsetDeclaration() {
    }

    /**
     * Moves the declaration ahead when the merged page would have it past the first 1024 bytes and the
     * source did not; refuses when even the start of {@code <head>} is too late.
     *
     * @param source the source page (its text, as decoded)
     * @param merged the merged page
     * @param bom    the page starts with a byte order mark, which decides its encoding (no declaration needed)
     */
    static Outcome keepEarly(String source, String merged, Charset charset, boolean bom) {
        if (bom || merged.equals(source)) return Outcome.unchanged(merged);
        Element declared = declaration(parse(source));
        if (declared == null || bytesBefore(source, declared.sourceRange().endPos(), charset) > PRESCAN_BYTES) {
            return Outcome.unchanged(merged); // none, or already late in the source: nothing to keep
        }
        Document page = parse(merged);
        Element meta = declaration(page);
        if (meta == null) return Outcome.unchanged(merged); // cannot happen: the tree check would report it
        int end = bytesBefore(merged, meta.sourceRange().endPos(), charset);
        if (end <= PRESCAN_BYTES) return Outcome.unchanged(merged);

        String late = "the page's charset declaration " + tag(merged, meta) + " would end at byte " + end
                + ", past the first " + PRESCAN_BYTES + " bytes where browsers look for it (the translated text"
                + " before it is longer than the source)";
        int insertAt = startOfHead(page, meta);
        if (insertAt < 0) {
            return new Outcome(merged, null, late + ", and merge cannot move it ahead: it is not in <head> or"
                    + " nothing in <head> comes before it; shorten the translation of the text before it, or put"
                    + " the declaration first in <head> in the source page and export it again");
        }
        String moved = moveAhead(merged, meta, insertAt, written(page.head()));
        Element after = declaration(parse(moved));
        int movedEnd = after == null ? Integer.MAX_VALUE : bytesBefore(moved, after.sourceRange().endPos(), charset);
        if (movedEnd > PRESCAN_BYTES) {
            return new Outcome(merged, null, late + ", and even first in <head> it would end at byte " + movedEnd
                    + "; shorten the translation of the text before <head> (such as a title attribute of <html>),"
                    + " or shorten what comes before <head> in the source page and export it again");
        }
        return new Outcome(moved, "moved the charset declaration " + tag(merged, meta) + " to the start of <head>:"
                + " after the translated text before it, it would have ended at byte " + end + ", past the first "
                + PRESCAN_BYTES + " bytes where browsers look for it", null);
    }

    /**
     * Declares the page's encoding when the source declares none (and has no byte order mark) and the
     * translation brings characters outside ASCII into it. Left undeclared (with a note) when the
     * declaration could not be among the first 1024 bytes of the head.
     */
    static Outcome addWhenMissing(String source, String merged, Charset charset, boolean bom) {
        if (bom || merged.equals(source) || nonAscii(merged) <= nonAscii(source)) return Outcome.unchanged(merged);
        if (declaration(parse(source)) != null) return Outcome.unchanged(merged);
        String meta = "<meta charset=\"" + (charset.equals(StandardCharsets.UTF_8) ? "utf-8" : charset.name().toLowerCase(Locale.ROOT)) + "\">";
        String declared = insertAtStartOfHead(parse(merged), merged, meta);
        Element added = declared == null ? null : declaration(parse(declared));
        if (added == null || added.parent() == null || !added.parent().normalName().equals("head")
                || bytesBefore(declared, added.sourceRange().endPos(), charset) > PRESCAN_BYTES) {
            return new Outcome(merged, "the page declares no encoding and the translation is not plain ASCII, but"
                    + " a declaration cannot be placed in its first " + PRESCAN_BYTES + " bytes: serve it as "
                    + charset.name() + " (HTTP Content-Type) or add " + meta + " to the source page", null);
        }
        return new Outcome(declared, "declared the page's encoding, " + meta + " at the start of <head>: the"
                + " page declared none and the translation brings characters outside ASCII, which browsers would"
                + " otherwise decode by guess", null);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** The first {@code <meta>} declaring the encoding, written in the page (not implied by the parser), or null. */
    private static Element declaration(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (!written(meta)) continue;
            if (meta.hasAttr("charset")) return meta;
            if (meta.attr("http-equiv").strip().equalsIgnoreCase("content-type")
                    && meta.attr("content").toLowerCase(Locale.ROOT).contains("charset")) {
                return meta;
            }
        }
        return null;
    }

    private static boolean written(Node node) {
        Range range = node.sourceRange();
        return range.isTracked() && !range.isImplicit();
    }

    /**
     * Where the declaration can go: right after the {@code <head>} tag, or (no tag written) before the
     * head's first element; -1 when it is not a child of the head or is already its first element.
     */
    private static int startOfHead(Document page, Element meta) {
        Element head = page.head();
        if (meta.parent() != head) return -1;
        if (written(head)) return head.sourceRange().endPos() < meta.sourceRange().startPos() ? head.sourceRange().endPos() : -1;
        Element first = head.firstElementChild();
        return first == null || first == meta ? -1 : first.sourceRange().startPos();
    }

    /**
     * The page with the meta tag, and the whitespace before it (its own line), moved to {@code insertAt}:
     * whitespace first after a {@code <head>} tag, the tag first before an element.
     */
    private static String moveAhead(String html, Element meta, int insertAt, boolean afterHeadTag) {
        int start = meta.sourceRange().startPos(), end = meta.sourceRange().endPos();
        int from = start;
        while (from > insertAt && isSpace(html.charAt(from - 1))) from--;
        String moved = afterHeadTag ? html.substring(from, end) : html.substring(start, end) + html.substring(from, start);
        return html.substring(0, insertAt) + moved + html.substring(insertAt, from) + html.substring(end);
    }

    /**
     * The page with {@code tag} at the start of its head: after the {@code <head>} tag, else before the head's
     * first element, else after the {@code <html>} tag, else after the doctype, else at the very start.
     */
    private static String insertAtStartOfHead(Document page, String html, String tag) {
        Element head = page.head();
        if (written(head)) return insert(html, head.sourceRange().endPos(), "\n" + tag);
        Element first = head.firstElementChild();
        if (first != null && written(first)) return insert(html, first.sourceRange().startPos(), tag + "\n");
        Element root = page.firstElementChild();
        if (root != null && written(root)) return insert(html, root.sourceRange().endPos(), "\n" + tag);
        for (Node node : page.childNodes()) {
            if (node instanceof DocumentType && written(node)) return insert(html, node.sourceRange().endPos(), "\n" + tag);
        }
        return tag + "\n" + html;
    }

    private static String insert(String html, int at, String text) {
        return html.substring(0, at) + text + html.substring(at);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static int nonAscii(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 0x7F) count++;
        return count;
    }

    private static int bytesBefore(String text, int end, Charset charset) {
        return text.substring(0, end).getBytes(charset).length;
    }

    private static String tag(String html, Element meta) {
        return html.substring(meta.sourceRange().startPos(), meta.sourceRange().endPos());
    }
}
