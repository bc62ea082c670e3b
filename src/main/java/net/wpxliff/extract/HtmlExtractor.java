package net.wpxliff.extract;

import net.wpxliff.blocks.SourceRange;
import net.wpxliff.input.Field;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.HtmlSpace;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.XmlChars;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the translatable units of one piece of HTML (a post field or a whole page): blocks of text with
 * their inline markup, translatable attribute values, and the strings of JSON-LD blocks. The HTML is
 * parsed with source positions, so each unit knows exactly which characters of the source it replaces.
 */
final class HtmlExtractor {
    /** Warning for a value left out because XLIFF cannot carry one of its characters. */
    static final String NOT_XML = "holds a character XML cannot carry (a control character or a lone surrogate);"
            + " this value stays untranslated: \"";
    private final String fieldNote;
    private final String html;
    private final UnitSink sink;
    private final JsonLdExtractor jsonLd;
    private final UnitNames names;
    /** What bounds units in editor text (block delimiters, blank lines), or null for HTML fields. */
    private final EditorMarkup editor;
    /** The shapes of the field's bracketed runs, which all its runs share. */
    private final ShortcodeShape shortcodes;
    private final Map<Element, Boolean> containsBlock = new IdentityHashMap<>();

    /**
     * @param field     field key, first part of every resname
     * @param fieldNote words for where the field is ("post content"), first part of every note
     */
    HtmlExtractor(String field, String fieldNote, String html, UnitSink sink) {
        this(fieldNote, html, Field.Markup.HTML, sink, new UnitNames(field));
    }

    /** @param markup HTML, or editor text ({@code content.raw}), where more than HTML bounds units */
    HtmlExtractor(String field, String fieldNote, String html, Field.Markup markup, UnitSink sink) {
        this(fieldNote, html, markup, sink, new UnitNames(field));
    }

    /**
     * @param markup HTML, or editor text ({@code content.raw}), where more than HTML bounds units
     * @param names  how units are named (element paths, or block paths in a field with blocks)
     */
    HtmlExtractor(String fieldNote, String html, Field.Markup markup, UnitSink sink, UnitNames names) {
        this.fieldNote = fieldNote;
        this.html = html;
        this.sink = sink;
        this.jsonLd = new JsonLdExtractor(html, sink);
        this.names = names;
        this.editor = EditorMarkup.of(markup, html, names.blocks());
        this.shortcodes = ShortcodeShape.in(html);
    }

    /** Parses HTML keeping source positions; merge parses the same way to compare trees. */
    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** Finds the units and returns the parsed document (with source positions), for later steps to reuse. */
    Document extract() {
        Document doc = parse(html);
        walkChildren(doc, true);
        return doc;
    }

    /** Splits an element's children into runs of inline content (units) and blocks (walked in turn). */
    private void walkChildren(Element parent, boolean translate) {
        List<Node> run = new ArrayList<>();
        int runIndex = 0;
        int runFrom = 0; // where the run's text starts when it starts inside a text node (after a blank line)
        for (Node child : parent.childNodes()) {
            if (editor != null && editor.bounds(child)) {
                // a structural comment ends the run; a text node is cut at its breaks, its last part starts the next run
                List<SourceRange> breaks = child instanceof TextNode text ? editor.breaksIn(text) : List.of();
                for (SourceRange cut : breaks) {
                    run.add(child);
                    if (flushRun(parent, run, translate, runIndex, runFrom, cut.start())) runIndex++;
                    run.clear();
                    runFrom = cut.end();
                }
                if (breaks.isEmpty()) {
                    if (flushRun(parent, run, translate, runIndex, runFrom, Integer.MAX_VALUE)) runIndex++;
                    run.clear();
                    runFrom = 0;
                } else {
                    run.add(child);
                }
                continue;
            }
            if (isInlineContent(child)) {
                run.add(child);
                continue;
            }
            if (flushRun(parent, run, translate, runIndex, runFrom, Integer.MAX_VALUE)) runIndex++;
            run.clear();
            runFrom = 0;
            if (child instanceof Element el) visitBlock(el, translate);
        }
        flushRun(parent, run, translate, runIndex, runFrom, Integer.MAX_VALUE);
    }

    private void visitBlock(Element el, boolean inherited) {
        boolean translate = HtmlVocabulary.translates(el, inherited);
        if (translate) extractAttributes(el);
        if (translate && JsonLdScripts.is(el)) {
            extractJsonLd(el);
        } else if (!HtmlVocabulary.isProtected(el)) {
            walkChildren(el, translate); // translate="yes" inside may switch it back on
        }
    }

    /**
     * @param from where the run's text starts (its first text node may start before, at a blank line)
     * @param to   where it ends (its last text node may go on after)
     * @return true when the run produced a unit
     */
    private boolean flushRun(Element parent, List<Node> run, boolean translate, int runIndex, int from, int to) {
        if (run.isEmpty()) return false;
        for (Node node : run) if (node instanceof Element el) visitInlineExtras(el, translate);
        if (!translate) return false;

        InlineRun inline = new InlineRun(html, editor, shortcodes);
        inline.clip(from, to);
        for (Node node : run) inline.add(node);
        InlineRun.Built built = inline.build(true);
        if (built == null) return false;
        String resname = names.run(parent, runIndex, built.spanStart());
        if (inline.isOutOfOrder() || editor != null && editor.overlapsStructure(built.spanStart(), built.spanEnd())) {
            // (the second: formatting the parser carried across a block delimiter, whose end tag lies beyond it)
            sink.warning(resname + ": markup too broken to extract safely (tags the parser had to reorder);"
                    + " this text stays untranslated: \"" + abbreviate(built.fragment().plainText()) + "\"");
            return false;
        }
        String block = HtmlVocabulary.blockNote(parent.normalName());
        if (block != null && !parent.normalName().equals("blockquote") && hasAncestor(parent, "blockquote")) {
            block += " in a quotation";
        }
        String note = block == null ? fieldNote : fieldNote + ": " + block;
        sink.unit(resname, note, TextContext.HTML_TEXT, false, built.spanStart(), built.spanEnd(), built.fragment());
        return true;
    }

    /** Whether an element above this one has the name (a walk up: a CSS query would be parsed on every call). */
    private static boolean hasAncestor(Element element, String normalName) {
        for (Element e = element.parent(); e != null; e = e.parent()) if (e.normalName().equals(normalName)) return true;
        return false;
    }

    /**
     * Attributes and JSON-LD inside inline elements are units of their own; so is inline content switched
     * back on with translate="yes" inside a run that is not translated.
     */
    private void visitInlineExtras(Element el, boolean inherited) {
        boolean translate = HtmlVocabulary.translates(el, inherited);
        if (translate) extractAttributes(el);
        if (translate && JsonLdScripts.is(el)) {
            extractJsonLd(el);
            return;
        }
        if (HtmlVocabulary.isProtected(el)) return;
        if (translate && !inherited) {
            walkChildren(el, true); // translate="yes" inside translate="no": its content is a unit again
            return;
        }
        for (int i = 0; i < el.childNodeSize(); i++) { // (children() would build and cache a list per element)
            if (el.childNode(i) instanceof Element child) visitInlineExtras(child, translate);
        }
    }

    private void extractAttributes(Element el) {
        if (el.attributesSize() == 0) return;
        for (Attribute attribute : el.attributes()) {
            String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
            String note = HtmlVocabulary.attributeNote(el, key);
            if (note == null) continue;
            Range value = el.attributes().sourceRange(attribute.getKey()).valueRange();
            if (!InlineRun.isReal(value) || value.endPos() <= value.startPos()) continue;
            String decoded = attribute.getValue();
            String raw = html.substring(value.startPos(), value.endPos());
            String shown = HtmlSpace.collapse(decoded).strip();
            Fragment fragment = Fragment.text(shown);
            if (!fragment.hasTranslatableText()) continue;
            String resname = names.path(el) + "/@" + XmlChars.readable(key);
            if (!TextScanner.allXmlChars(shown)) {
                sink.warning(resname + ": " + NOT_XML + abbreviate(shown) + "\"");
                continue;
            }
            // Only whole values are replaced; spaces around the text stay where they are.
            int lead = raw.length() - raw.stripLeading().length();
            int trail = raw.length() - raw.stripTrailing().length();
            String elementNote = fieldNote + ": " + note + " of <" + el.normalName() + ">";
            sink.unit(resname, elementNote, TextContext.HTML_ATTRIBUTE, false,
                    value.startPos() + lead, value.endPos() - trail, fragment);
        }
    }

    private void extractJsonLd(Element script) {
        for (Node child : script.childNodes()) {
            if (child instanceof DataNode data && InlineRun.isReal(data.sourceRange())) {
                Range r = data.sourceRange();
                jsonLd.extract(r.startPos(), r.endPos(), names.path(script), fieldNote);
            }
        }
    }

    private boolean isInlineContent(Node node) {
        if (node instanceof TextNode || node instanceof Comment) return true;
        if (node instanceof Element el) return HtmlVocabulary.isInline(el) && !containsBlock(el);
        return false;
    }

    /** Remembered per element: each level of nested inline markup asks again about the same subtree. */
    private boolean containsBlock(Element el) {
        Boolean known = containsBlock.get(el);
        if (known != null) return known;
        boolean found = false;
        if (!HtmlVocabulary.isProtected(el)) {
            for (int i = 0; i < el.childNodeSize() && !found; i++) {
                found = el.childNode(i) instanceof Element child && (!HtmlVocabulary.isInline(child) || containsBlock(child))
                        || editor != null && editor.bounds(el.childNode(i));
            }
        } else if (editor != null) {
            found = editor.holdsBreak(el);
        }
        containsBlock.put(el, found);
        return found;
    }

    /** Short and printable: characters XML cannot carry are shown as {@code \u0001}. */
    static String abbreviate(String s) {
        s = HtmlSpace.collapse(s).strip();
        if (s.length() > 60) s = s.substring(0, Character.isHighSurrogate(s.charAt(59)) ? 59 : 60) + "…";
        return XmlChars.readable(s);
    }
}
