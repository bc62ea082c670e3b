package net.wpxliff.extract;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.HtmlSpace;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one unit's {@link Fragment} from a run of inline nodes: text becomes text, inline elements
 * become paired codes, void and protected elements, comments and shortcodes become standalone codes.
 * Every piece keeps its raw offsets, so the unit's span in the source is exact and nothing in it is
 * left unaccounted for (markup the parser dropped, such as a stray end tag, becomes a code too).
 */
final class InlineRun {
    private static final int LABEL_LIMIT = 60;

    /** A part with the raw source range it came from. */
    private record Piece(Part part, int rawStart, int rawEnd) {
    }

    /** The built unit content and its raw span; null from {@link #build()} when there is nothing to translate. */
    record Built(Fragment fragment, int spanStart, int spanEnd) {
    }

    private final String source;
    private final List<Piece> pieces = new ArrayList<>();
    private int nextCodeId = 1;
    private int cursor;
    private boolean outOfOrder;

    InlineRun(String source) {
        this.source = source;
    }

    /** True when the parser rebuilt the markup in an order the source does not have (badly nested tags). */
    boolean isOutOfOrder() {
        return outOfOrder;
    }

    void add(Node node) {
        if (pieces.isEmpty() && cursor == 0) {
            // Markup the parser implied (no source position) takes the position of what follows it.
            cursor = Math.max(0, firstSourcePosition(node));
        }
        if (node instanceof TextNode text) {
            addText(text);
        } else if (node instanceof Comment comment) {
            Range r = comment.sourceRange();
            addStandalone("x-html-comment", start(r), end(r), "");
        } else if (node instanceof Element el) {
            addElement(el);
        }
    }

    private void addText(TextNode text) {
        Range r = text.sourceRange();
        if (!r.isTracked()) {
            outOfOrder = true;
            return;
        }
        TextScanner.scan(source, r.startPos(), r.endPos(), text.getWholeText(), false, new TextScanner.Sink() {
            @Override
            public void text(String decoded, int rawStart, int rawEnd) {
                addPiece(new Text(decoded), rawStart, rawEnd);
            }

            @Override
            public void protectedPiece(String type, int rawStart, int rawEnd) {
                addStandalone(type, rawStart, rawEnd, "");
            }
        });
    }

    private void addElement(Element el) {
        String tag = el.normalName();
        Range open = el.sourceRange();
        if (HtmlVocabulary.isVoid(el)) {
            addStandalone(HtmlVocabulary.standaloneType(tag), start(open), end(open), voidLabel(el));
        } else if (HtmlVocabulary.isProtected(el) || !HtmlVocabulary.translates(el, true)) {
            boolean showText = HtmlVocabulary.isProtected(el) && HtmlVocabulary.translates(el, true);
            addStandalone("x-" + tag, start(open), outerEnd(el), protectedLabel(el, showText));
        } else {
            int id = nextCodeId++;
            String type = HtmlVocabulary.pairedType(tag);
            addPiece(new Code(id, Code.Kind.OPENING, type, start(open), end(open), tag), start(open), end(open));
            for (Node child : el.childNodes()) add(child);
            Range close = el.endSourceRange();
            boolean realClose = isReal(close) && !close.equals(open) && close.endPos() > close.startPos();
            int closeStart = realClose ? close.startPos() : cursor;
            int closeEnd = realClose ? close.endPos() : cursor;
            addPiece(new Code(id, Code.Kind.CLOSING, type, closeStart, closeEnd, tag), closeStart, closeEnd);
        }
    }

    private void addStandalone(String type, int rawStart, int rawEnd, String label) {
        addPiece(new Code(nextCodeId++, Code.Kind.STANDALONE, type, rawStart, rawEnd, label), rawStart, rawEnd);
    }

    private void addPiece(Part part, int rawStart, int rawEnd) {
        if (rawStart < cursor) {
            outOfOrder = true;
            return;
        }
        if (rawStart > cursor && !pieces.isEmpty()) {
            // Source text the tree does not show (a stray end tag): keep it, as a code.
            pieces.add(new Piece(new Code(nextCodeId++, Code.Kind.STANDALONE, "x-markup", cursor, rawStart, ""),
                    cursor, rawStart));
        }
        pieces.add(new Piece(part, rawStart, rawEnd));
        cursor = rawEnd;
    }

    /** Start of a tracked range, or the current position for markup the parser implied. */
    private int start(Range r) {
        return isReal(r) ? r.startPos() : cursor;
    }

    private int end(Range r) {
        return isReal(r) ? r.endPos() : cursor;
    }

    static boolean isReal(Range r) {
        return r.isTracked() && !r.isImplicit();
    }

    /** Where the first piece of the node that has a source position starts, or -1. */
    private static int firstSourcePosition(Node node) {
        if (isReal(node.sourceRange())) return node.sourceRange().startPos();
        for (Node child : node.childNodes()) {
            int position = firstSourcePosition(child);
            if (position >= 0) return position;
        }
        return -1;
    }

    /** End of an element's whole source, end tag included. */
    private int outerEnd(Element el) {
        int max = end(el.sourceRange());
        Range close = el.endSourceRange();
        if (close.isTracked()) max = Math.max(max, close.endPos());
        for (Node child : el.childNodes()) {
            if (child instanceof Element e) max = Math.max(max, outerEnd(e));
            else if (child.sourceRange().isTracked()) max = Math.max(max, child.sourceRange().endPos());
        }
        return max;
    }

    /**
     * The unit: trimmed of whitespace and of standalone codes at both ends (they stay in the page as
     * they are), or null when what is left has no words.
     */
    Built build(boolean collapseSpace) {
        int first = 0, last = pieces.size() - 1;
        while (first <= last && isTrimmable(pieces.get(first))) first++;
        while (last >= first && isTrimmable(pieces.get(last))) last--;
        if (first > last) return null;

        List<Part> parts = new ArrayList<>(last - first + 1);
        int spanStart = pieces.get(first).rawStart();
        int spanEnd = pieces.get(last).rawEnd();
        for (int i = first; i <= last; i++) {
            Part part = pieces.get(i).part();
            if (part instanceof Text t) {
                String value = t.value();
                if (i == first) {
                    int trimmed = leadingSpace(value, pieces.get(i).rawStart());
                    value = value.substring(trimmed);
                    spanStart += trimmed;
                }
                if (i == last) {
                    int trimmed = trailingSpace(value, pieces.get(i).rawEnd());
                    value = value.substring(0, value.length() - trimmed);
                    spanEnd -= trimmed;
                }
                part = new Text(collapseSpace ? HtmlSpace.collapse(value) : value);
            }
            parts.add(part);
        }
        Fragment fragment = Fragment.of(parts);
        return fragment.hasTranslatableText() ? new Built(fragment, spanStart, spanEnd) : null;
    }

    private static boolean isTrimmable(Piece piece) {
        if (piece.part() instanceof Code c) return c.kind() == Code.Kind.STANDALONE;
        String s = ((Text) piece.part()).value();
        for (int i = 0; i < s.length(); i++) if (!HtmlSpace.is(s.charAt(i))) return false;
        return true;
    }

    /** Leading spaces that are literally spaces in the source too (so the span can skip them). */
    private int leadingSpace(String decoded, int rawStart) {
        int n = 0;
        while (n < decoded.length() && HtmlSpace.is(decoded.charAt(n))
                && rawStart + n < source.length() && source.charAt(rawStart + n) == decoded.charAt(n)) n++;
        return n;
    }

    private int trailingSpace(String decoded, int rawEnd) {
        int n = 0;
        while (n < decoded.length() && HtmlSpace.is(decoded.charAt(decoded.length() - 1 - n))
                && rawEnd - 1 - n >= 0 && source.charAt(rawEnd - 1 - n) == decoded.charAt(decoded.length() - 1 - n)) n++;
        return n;
    }

    private static String voidLabel(Element el) {
        return switch (el.normalName()) {
            case "img" -> "image";
            case "br" -> "line break";
            default -> el.normalName();
        };
    }

    /** Code-like elements show their text as a hint; text marked translate="no" is not shown at all. */
    private static String protectedLabel(Element el, boolean codeLike) {
        String tag = el.normalName();
        if (!codeLike || !(tag.equals("code") || tag.equals("kbd") || tag.equals("samp") || tag.equals("var"))) return tag;
        String text = HtmlSpace.collapse(el.text()).strip();
        if (text.length() > LABEL_LIMIT) text = text.substring(0, LABEL_LIMIT) + "…";
        return text.isEmpty() ? tag : text;
    }
}
