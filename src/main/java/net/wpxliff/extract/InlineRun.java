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
    /** The shapes of the source's bracketed runs (shared by the runs of one field). */
    private final ShortcodeShape shortcodes;
    private final List<Piece> pieces = new ArrayList<>();
    private int nextCodeId = 1;
    private int cursor;
    private boolean outOfOrder;
    private int clipStart = 0;
    private int clipEnd = Integer.MAX_VALUE;

    /** A run of HTML: a block attribute's rich text value, its own whole text. */
    InlineRun(String source) {
        this(source, null, ShortcodeShape.in(source));
    }

    /** A run of one field, whose editor rules and bracketed runs' shapes the field's runs share. */
    InlineRun(String source, EditorMarkup editor, ShortcodeShape shortcodes) {
        this.source = source;
        this.editor = editor;
        this.shortcodes = shortcodes;
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
        // a line feed in a Verse or Preformatted block's <pre> is a line of the text, as is one wpautop turns into <br />
        boolean newlineBreaks = editor != null && editor.wpautop()
                || (decoded.indexOf('\n') >= 0 || decoded.indexOf('\r') >= 0) && text.parent() != null
                && PreformattedProse.within(text.parent());
        TextScanner.scan(source, shortcodes, start, end, decoded, false, editor != null, newlineBreaks, new TextScanner.Sink() {
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
        if (type.equals(TextScanner.EMBED_URL)) return "embedded URL";
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
     * caption's linked image ({@code <a><img></a>}), one code, so that the caption text alone is the unit. An
     * opening tag encloses up to the first {@code [/name]} after it, which no earlier opening took (WordPress's
     * pattern); only where that pair nests properly among the run's other paired codes, otherwise each tag stays
     * a standalone code. Decided first, then applied in one pass; code ids are numbered again in order.
     */
    private final class ShortcodeCodes {
        private Shortcode[] tags;
        /** For a shortcode pair: the index of the other half; else -1. */
        private int[] partner;
        /** For the first piece of pieces made one code: the index of the last; else -1. */
        private int[] groupEnd;
        private String[] groupType;
        private String[] groupLabel;
        private boolean changed;

        void apply() {
            int n = pieces.size();
            tags = new Shortcode[n];
            boolean any = false;
            for (int k = 0; k < n; k++) {
                tags[k] = shortcodeAt(k);
                any |= tags[k] != null;
            }
            if (!any) return;
            int[] closing = firstClosings(n);
            partner = new int[n];
            groupEnd = new int[n];
            java.util.Arrays.fill(partner, -1);
            java.util.Arrays.fill(groupEnd, -1);
            groupType = new String[n];
            groupLabel = new String[n];
            boolean[] taken = new boolean[n];
            for (int i = 0; i < n; i++) {
                Shortcode tag = tags[i];
                if (tag == null || !tag.opens()) continue;
                int close = closing[i];
                if (close < 0 || taken[close] || !nestsProperly(i, close)) continue;
                taken[close] = true;
                switch (tag.role()) {
                    case WHOLE -> {
                        group(i, close, SHORTCODE, tag.label() + "…[/" + tag.name() + "]");
                        i = close;
                    }
                    case CAPTION -> groupLinkedImage(i + 1, close);
                    case TAGS -> {
                        if (enclosesText(i, close)) {
                            partner[i] = close;
                            partner[close] = i;
                            changed = true;
                        }
                    }
                }
            }
            if (changed) rebuild();
        }

        private Shortcode shortcodeAt(int k) {
            Piece piece = pieces.get(k);
            if (!(piece.part() instanceof Code c) || c.kind() != Code.Kind.STANDALONE || !c.type().equals(SHORTCODE)) return null;
            return Shortcode.parse(source.substring(piece.rawStart(), piece.rawEnd()));
        }

        /** For each opening tag, the index of the first exact {@code [/name]} after it (-1: none), in one sweep. */
        private int[] firstClosings(int n) {
            int[] first = new int[n];
            java.util.Map<String, Integer> next = new java.util.HashMap<>();
            for (int k = n - 1; k >= 0; k--) {
                Shortcode tag = tags[k];
                first[k] = tag != null && tag.opens() ? next.getOrDefault(tag.name(), -1) : -1;
                if (tag != null && tag.isExactClosing(source.substring(pieces.get(k).rawStart(), pieces.get(k).rawEnd()))) {
                    next.put(tag.name(), k);
                }
            }
            return first;
        }

        /** True when the paired codes between the two pieces (shortcode pairs decided so far included) open and close there. */
        private boolean nestsProperly(int open, int close) {
            List<Integer> stack = new ArrayList<>();
            for (int k = open + 1; k < close; k++) {
                if (groupEnd[k] >= 0) {
                    k = groupEnd[k];
                    continue;
                }
                Code.Kind kind;
                int key;
                if (partner[k] >= 0) {
                    kind = partner[k] > k ? Code.Kind.OPENING : Code.Kind.CLOSING;
                    key = -1 - Math.min(k, partner[k]);
                } else if (pieces.get(k).part() instanceof Code c && c.kind() != Code.Kind.STANDALONE) {
                    kind = c.kind();
                    key = c.id();
                } else {
                    continue;
                }
                if (kind == Code.Kind.OPENING) {
                    stack.add(key);
                } else {
                    if (stack.isEmpty() || stack.get(stack.size() - 1) != key) return false;
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

        /** {@code <a …><img …></a>} right after a caption's opening tag (spaces allowed between) as one code. */
        private void groupLinkedImage(int from, int close) {
            int link = nextNonSpace(from, close);
            if (link < 0 || !(pieces.get(link).part() instanceof Code a) || a.kind() != Code.Kind.OPENING
                    || !a.type().equals("link")) return;
            int image = nextNonSpace(link + 1, close);
            if (image < 0 || !(pieces.get(image).part() instanceof Code img) || !img.type().equals("image")) return;
            int end = nextNonSpace(image + 1, close);
            if (end < 0 || !(pieces.get(end).part() instanceof Code c) || c.kind() != Code.Kind.CLOSING || c.id() != a.id()) return;
            group(link, end, "image", "linked image");
        }

        private int nextNonSpace(int from, int limit) {
            for (int k = from; k < limit; k++) {
                if (!(pieces.get(k).part() instanceof Text t) || !t.value().isBlank()) return k;
            }
            return -1;
        }

        private void group(int from, int to, String type, String label) {
            groupEnd[from] = to;
            groupType[from] = type;
            groupLabel[from] = label;
            changed = true;
        }

        private void rebuild() {
            List<Piece> shaped = new ArrayList<>(pieces.size());
            for (int k = 0; k < pieces.size(); k++) {
                Piece piece = pieces.get(k);
                if (groupEnd[k] >= 0) {
                    int start = piece.rawStart(), end = pieces.get(groupEnd[k]).rawEnd();
                    shaped.add(new Piece(new Code(0, Code.Kind.STANDALONE, groupType[k], start, end, groupLabel[k]), start, end));
                    k = groupEnd[k];
                } else if (partner[k] >= 0) {
                    int opening = Math.min(k, partner[k]);
                    Code.Kind kind = opening == k ? Code.Kind.OPENING : Code.Kind.CLOSING;
                    // a temporary id no element code has; renumber() gives the pair its place
                    shaped.add(new Piece(new Code(-1 - opening, kind, SHORTCODE, piece.rawStart(), piece.rawEnd(),
                            tags[opening].label()), piece.rawStart(), piece.rawEnd()));
                } else {
                    shaped.add(piece);
                }
            }
            pieces.clear();
            pieces.addAll(shaped);
            renumber();
        }

        /** Ids 1, 2, … in order of appearance; the two halves of a pair share theirs. */
        private void renumber() {
            java.util.Map<Integer, Integer> pairs = new java.util.HashMap<>();
            int next = 1;
            for (int k = 0; k < pieces.size(); k++) {
                Piece piece = pieces.get(k);
                if (!(piece.part() instanceof Code c)) continue;
                int id;
                if (c.kind() == Code.Kind.OPENING) {
                    id = next++;
                    pairs.put(c.id(), id);
                } else if (c.kind() == Code.Kind.CLOSING && pairs.containsKey(c.id())) {
                    id = pairs.get(c.id());
                } else {
                    id = next++;
                }
                pieces.set(k, new Piece(new Code(id, c.kind(), c.type(), c.rawStart(), c.rawEnd(), c.label()),
                        piece.rawStart(), piece.rawEnd()));
            }
            nextCodeId = next;
        }
    }
}
