package net.wpxliff.merge;

import net.wpxliff.input.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * 1024 bytes, else it guesses (windows-1252 in most locales). Two things a translation could break:
 * <ul>
 * <li>a translated {@code <title>} written before the declaration pushes it out of the first 1024 bytes (a
 * Hangul syllable is three bytes in UTF-8): {@link #keepEarly} moves it to the start of {@code <head>},
 * where HTML recommends it anyway, changing only the order of the head's children;</li>
 * <li>a page that declares no encoding gets Korean bytes a browser would decode by guess:
 * {@link #outputCharset} has the translation written as character references ({@code &#54620;}), which
 * read the same in any encoding, so the page needs no element it did not have.</li>
 * </ul>
 */
final class CharsetDeclaration {
    /** How far browsers look for the declaration (HTML's encoding prescan). */
    static final int PRESCAN_BYTES = 1024;

    /**
     * The page to write, and what was done or why it cannot be written.
     *
     * @param html    the page to write
     * @param note    a note for the user when the declaration was moved, else null
     * @param refusal why the page cannot be written with an early declaration, else null
     */
    record Outcome(String html, String note, String refusal) {
        private static Outcome unchanged(String html) {
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
     * The encoding translations are escaped for: the page's own, or plain ASCII (everything else as
     * character references) for a page that has neither a byte order mark nor a charset declaration.
     *
     * @param parsedPage the source page, parsed with source positions
     */
    static Charset outputCharset(SourceDocument document, Document parsedPage) {
        boolean undeclared = document.format().wholePage() && !document.bom()
                && parsedPage != null && declaration(parsedPage) == null;
        return undeclared ? StandardCharsets.US_ASCII : document.charset();
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
