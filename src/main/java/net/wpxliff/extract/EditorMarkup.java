package net.wpxliff.extract;

import net.wpxliff.blocks.BlockDelimiters;
import net.wpxliff.blocks.SourceRange;
import net.wpxliff.input.Field;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a field written in WordPress's editor ({@link Field.Markup#EDITOR}: {@code content.raw}) adds to HTML, for
 * the extractor: where units must end, and whether a newline is a line break.
 * <ul>
 * <li>Structure is never inside a unit: block delimiters ({@code <!-- wp:name {…} -->}, {@code <!-- /wp:name -->},
 * {@code <!-- wp:name /-->}, found by WordPress's own grammar), {@code <!--more…-->} and {@code <!--nextpage-->}.</li>
 * <li>Classic content (no {@code <!-- wp:} anywhere: WordPress's {@code has_blocks}) is run through {@code wpautop}
 * when shown: after {@code \r\n} and {@code \r} become {@code \n}, text splits into paragraphs at
 * {@code \n\s*\n} (PCRE's ASCII {@code \s}), and every other newline in text becomes {@code <br />}. So a blank
 * line ends a unit (and stays outside all units), and a single newline is a protected line break code. Newlines
 * inside tags and comments are not text and count for nothing, as in {@code wpautop}; elements it leaves alone
 * ({@code pre}, {@code script}, {@code style}, ...) are protected whole anyway.</li>
 * <li>HTML between the top-level blocks of block content (a Classic block, which the editor shows through
 * {@code wpautop} too): a blank line ends a unit there as well, so its paragraphs stay apart; a single newline stays a
 * space, as the front end shows it.</li>
 * </ul>
 */
final class EditorMarkup {
    private final String text;
    private final boolean wpautop;
    /** Structural comments' source ranges, in text order (they never overlap). */
    private final List<SourceRange> structure;
    /** The field's blocks (null: none), to tell the HTML between top-level blocks from the HTML inside one. */
    private final BlockStructure blocks;

    private EditorMarkup(String text, BlockStructure blocks) {
        this.text = text;
        this.wpautop = !text.contains("<!-- wp:");
        this.structure = structure(text);
        this.blocks = blocks;
    }

    /**
     * The rules for a field, or null for an HTML field (which keeps today's units exactly).
     *
     * @param blocks the field's blocks ({@link BlockStructure#of}), or null when it has none
     */
    static EditorMarkup of(Field.Markup markup, String text, BlockStructure blocks) {
        return markup == Field.Markup.EDITOR ? new EditorMarkup(text, blocks) : null;
    }

    /** True for classic content, where blank lines make paragraphs and newlines line breaks. */
    boolean wpautop() {
        return wpautop;
    }

    /** True when the node must end the run of inline content it is in. */
    boolean bounds(Node node) {
        if (node instanceof Comment comment) return isStructural(comment);
        return node instanceof TextNode text && !breaksIn(text).isEmpty();
    }

    /**
     * True when a protected element ({@code <code>}, {@code <script>}, ...), which would be one inline code, holds
     * structure in its source: WordPress's block parser and {@code wpautop} read raw text and do not skip it, so
     * it must not sit inside a unit either.
     */
    boolean holdsBreak(Element el) {
        Range open = el.sourceRange();
        if (!open.isTracked() || open.isImplicit()) return false;
        int start = open.startPos(), end = sourceEnd(el, open.endPos());
        if (overlapsStructure(start, end)) return true;
        if (!wpautop) return false;
        List<SourceRange> blank = new ArrayList<>();
        addBlankLines(start, end, blank);
        return !blank.isEmpty();
    }

    /** The end of an element's source, its end tag or, when that is implied, its last descendant's. */
    private static int sourceEnd(Element el, int end) {
        Range close = el.endSourceRange();
        if (close.isTracked() && !close.isImplicit()) return Math.max(end, close.endPos());
        for (Node child : el.childNodes()) {
            if (child instanceof Element e) end = Math.max(end, sourceEnd(e, end));
            else if (child.sourceRange().isTracked()) end = Math.max(end, child.sourceRange().endPos());
        }
        return end;
    }

    /** A block delimiter, {@code <!--more-->} or {@code <!--nextpage-->}: never text, never an inline code. */
    boolean isStructural(Comment comment) {
        Range r = comment.sourceRange();
        return r.isTracked() && overlapsStructure(r.startPos(), r.endPos());
    }

    /**
     * The raw ranges inside a text node where a unit must end, in order: blank lines of classic content, and
     * delimiter text the HTML parser did not see as a comment (a delimiter whose attribute JSON holds
     * {@code -->}, which WordPress's own serializer never writes).
     */
    List<SourceRange> breaksIn(TextNode node) {
        Range r = node.sourceRange();
        if (!r.isTracked() || r.isImplicit()) return List.of();
        int start = r.startPos(), end = r.endPos();
        List<SourceRange> breaks = new ArrayList<>();
        for (int i = firstEndingAfter(start); i < structure.size() && structure.get(i).start() < end; i++) {
            SourceRange s = structure.get(i);
            breaks.add(new SourceRange(Math.max(start, s.start()), Math.min(end, s.end())));
        }
        addBlankLines(start, end, breaks);
        if (breaks.size() > 1) breaks.sort(Comparator.comparingInt(SourceRange::start));
        return breaks;
    }

    /**
     * {@code \n\s*\n} after newline normalization: from the first newline of a whitespace run to its last; in block
     * content only between top-level blocks.
     */
    private void addBlankLines(int start, int end, List<SourceRange> breaks) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            int first = i, lastEnd = -1, newlines = 0;
            int j = i;
            while (j < end && isPcreSpace(text.charAt(j))) {
                char w = text.charAt(j);
                if (w == '\n' || w == '\r') {
                    newlines++;
                    if (w == '\r' && j + 1 < end && text.charAt(j + 1) == '\n') j++; // \r\n is one newline
                    lastEnd = j + 1;
                }
                j++;
            }
            boolean freeform = wpautop || blocks == null || blocks.owner(first) == null;
            if (newlines >= 2 && freeform && !overlapsStructure(first, lastEnd)) breaks.add(new SourceRange(first, lastEnd));
            i = j;
        }
    }

    /** True when {@code [start, end)} overlaps a block delimiter, {@code <!--more-->} or {@code <!--nextpage-->}. */
    boolean overlapsStructure(int start, int end) {
        int lo = 0, hi = structure.size() - 1;
        while (lo <= hi) { // the last range starting before end
            int mid = (lo + hi) >>> 1;
            if (structure.get(mid).start() < end) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi >= 0 && structure.get(hi).end() > start;
    }

    /** Index of the first structural range ending after {@code position} (they are sorted and apart). */
    private int firstEndingAfter(int position) {
        int lo = 0, hi = structure.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (structure.get(mid).end() <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static List<SourceRange> structure(String text) {
        List<SourceRange> ranges = new ArrayList<>(BlockDelimiters.in(text));
        int before = ranges.size();
        // WordPress: get_extended() reads <!--more(.*?)?--> (custom link text allowed); the pager splits at <!--nextpage-->
        for (int at = text.indexOf("<!--more"); at >= 0; at = text.indexOf("<!--more", at + 1)) {
            int close = text.indexOf("-->", at + "<!--more".length());
            if (close < 0) break;
            ranges.add(new SourceRange(at, close + 3));
        }
        for (int at = text.indexOf("<!--nextpage-->"); at >= 0; at = text.indexOf("<!--nextpage-->", at + 1)) {
            ranges.add(new SourceRange(at, at + "<!--nextpage-->".length()));
        }
        if (ranges.size() > before) ranges.sort(Comparator.comparingInt(SourceRange::start));
        return ranges;
    }

    /** PCRE's {@code \s} without the {@code u} flag, which {@code wpautop} uses. */
    static boolean isPcreSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
