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
import org.jsoup.parser.Parser;

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
    private static final String SHORTCODE = "x-shortcode";

    /** A part with the raw source range it came from. */
    private record Piece(Part part, int rawStart, int rawEnd) {
    }

    /** The built unit content and its raw span; null from {@link #build()} when there is nothing to translate. */
    record Built(Fragment fragment, int spanStart, int spanEnd) {
    }

    private final String source;
    /** Editor text rules (shortcodes, line breaks), or null for HTML. */
    private final EditorMarkup editor;
    private final List<Piece> pieces = new ArrayList<>();
    private int nextCodeId = 1;
    private int cursor;
    private boolean outOfOrder;
    private int clipStart = 0;
    private int clipEnd = Integer.MAX_VALUE;

    InlineRun(String source) {
        this(source, null);
    }

    InlineRun(String source, EditorMarkup editor) {
        this.source = source;
        this.editor = editor;
    }

    /** Keeps only the text in {@code [from, to)}: a run that starts or ends inside a text node, at a blank line. */
    void clip(int from, int to) {
        clipStart = from;
        clipEnd = to;
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
        int start = Math.max(r.startPos(), clipStart), end = Math.min(r.endPos(), clipEnd);
        if (start >= end) return;
        boolean whole = start == r.startPos() && end == r.endPos();
        String decoded = whole ? text.getWholeText() : Parser.unescapeEntities(source.substring(start, end), false);
        boolean newlineBreaks = editor != null && editor.wpautop();
        TextScanner.scan(source, start, end, decoded, false, editor != null, newlineBreaks, new TextScanner.Sink() {
            @Override
            public void text(String decoded, int rawStart, int rawEnd) {
                addPiece(new Text(decoded), rawStart, rawEnd);
            }

            @Override
            public void protectedPiece(String type, int rawStart, int rawEnd) {
                addStandalone(type, rawStart, rawEnd, editor == null ? "" : editorLabel(type, rawStart, rawEnd));
            }
        });
    }

    /** In editor text a shortcode code shows its tag name, a newline code says what WordPress makes of it. */
    private String editorLabel(String type, int rawStart, int rawEnd) {
        if (type.equals(TextScanner.LINE_BREAK)) return "line break";
        Shortcode tag = type.equals(SHORTCODE) ? Shortcode.parse(source.substring(rawStart, rawEnd)) : null;
        return tag == null ? "" : tag.label();
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
        if (editor != null) new ShortcodeCodes().apply();
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

    /**
     * Shapes the shortcode codes of editor text by their role ({@link Shortcode.Role}): a shortcode that encloses
     * text becomes a paired code around it; a media shortcode and all it encloses, one standalone code; a
     * caption's linked image ({@code <a><img></a>}), one code, so that the caption text alone is the unit. Only
     * where the pair nests properly among the run's other paired codes; otherwise each tag stays a standalone
     * code. Code ids are then numbered again in order, as for any run.
     */
    private final class ShortcodeCodes {
        private boolean changed;

        void apply() {
            for (int i = 0; i < pieces.size(); i++) {
                Shortcode tag = shortcodeAt(i);
                if (tag == null || !tag.opens()) continue;
                int close = closingOf(tag, i);
                if (close < 0 || !nestsProperly(i, close)) continue;
                switch (tag.role()) {
                    case WHOLE -> protectWhole(i, close, tag);
                    case CAPTION -> groupLinkedImage(i + 1, close);
                    case TAGS -> {
                        if (enclosesText(i, close)) pair(i, close, tag);
                    }
                }
            }
            if (changed) renumber();
        }

        private Shortcode shortcodeAt(int i) {
            Piece piece = pieces.get(i);
            if (!(piece.part() instanceof Code c) || c.kind() != Code.Kind.STANDALONE || !c.type().equals(SHORTCODE)) return null;
            return Shortcode.parse(source.substring(piece.rawStart(), piece.rawEnd()));
        }

        /** The first {@code [/name]} after the opening tag, as WordPress's pattern matches it; -1 when none. */
        private int closingOf(Shortcode opening, int at) {
            for (int k = at + 1; k < pieces.size(); k++) {
                Shortcode tag = shortcodeAt(k);
                if (tag != null && tag.closes(opening, source.substring(pieces.get(k).rawStart(), pieces.get(k).rawEnd()))) return k;
            }
            return -1;
        }

        /** True when the paired codes between the two pieces open and close between them. */
        private boolean nestsProperly(int open, int close) {
            List<Integer> stack = new ArrayList<>();
            for (int k = open + 1; k < close; k++) {
                if (!(pieces.get(k).part() instanceof Code c)) continue;
                if (c.kind() == Code.Kind.OPENING) stack.add(c.id());
                else if (c.kind() == Code.Kind.CLOSING) {
                    if (stack.isEmpty() || stack.get(stack.size() - 1) != c.id()) return false;
                    stack.remove(stack.size() - 1);
                }
            }
            return stack.isEmpty();
        }

        private boolean enclosesText(int open, int close) {
            for (int k = open + 1; k < close; k++) {
                if (pieces.get(k).part() instanceof Text t && !t.value().isBlank()) return true;
            }
            return false;
        }

        private void protectWhole(int open, int close, Shortcode tag) {
            replace(open, close, "x-shortcode", tag.label() + "…[/" + tag.name() + "]");
        }

        /** {@code <a …><img …></a>} right after a caption's opening tag (spaces allowed between) as one code. */
        private void groupLinkedImage(int from, int close) {
            int link = nextNonSpace(from, close);
            if (link < 0 || !(pieces.get(link).part() instanceof Code a) || a.kind() != Code.Kind.OPENING
                    || !a.type().equals("link")) return;
            int image = nextNonSpace(link + 1, close);
            if (image < 0 || !(pieces.get(image).part() instanceof Code img) || !img.type().equals("image")) return;
            int end = nextNonSpace(image + 1, close);
            if (end < 0 || !(pieces.get(end).part() instanceof Code c) || c.kind() != Code.Kind.CLOSING || c.id() != a.id()) return;
            replace(link, end, "image", "linked image");
        }

        private int nextNonSpace(int from, int limit) {
            for (int k = from; k < limit; k++) {
                if (!(pieces.get(k).part() instanceof Text t) || !t.value().isBlank()) return k;
            }
            return -1;
        }

        /** Pieces {@code [from, to]} as one standalone code of their whole source. */
        private void replace(int from, int to, String type, String label) {
            int start = pieces.get(from).rawStart(), end = pieces.get(to).rawEnd();
            pieces.subList(from, to + 1).clear();
            pieces.add(from, new Piece(new Code(0, Code.Kind.STANDALONE, type, start, end, label), start, end));
            changed = true;
        }

        private void pair(int open, int close, Shortcode tag) {
            Code o = (Code) pieces.get(open).part(), c = (Code) pieces.get(close).part();
            String label = tag.label();
            pieces.set(open, new Piece(new Code(o.id(), Code.Kind.OPENING, SHORTCODE, o.rawStart(), o.rawEnd(), label),
                    o.rawStart(), o.rawEnd()));
            pieces.set(close, new Piece(new Code(o.id(), Code.Kind.CLOSING, SHORTCODE, c.rawStart(), c.rawEnd(), label),
                    c.rawStart(), c.rawEnd()));
            changed = true;
        }

        /** Ids 1, 2, … in order of appearance; the two halves of a pair share theirs. */
        private void renumber() {
            java.util.Map<Integer, Integer> pairs = new java.util.HashMap<>();
            int next = 1;
            for (int k = 0; k < pieces.size(); k++) {
                Piece piece = pieces.get(k);
                if (!(piece.part() instanceof Code c)) continue;
                int id = switch (c.kind()) {
                    case STANDALONE -> next++;
                    case OPENING -> {
                        pairs.put(c.id(), next);
                        yield next++;
                    }
                    case CLOSING -> pairs.getOrDefault(c.id(), next);
                };
                if (c.kind() == Code.Kind.CLOSING && !pairs.containsKey(c.id())) next++;
                pieces.set(k, new Piece(new Code(id, c.kind(), c.type(), c.rawStart(), c.rawEnd(), c.label()),
                        piece.rawStart(), piece.rawEnd()));
            }
            nextCodeId = next;
        }
    }
}
