package net.wpxliff.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the extractor knows about HTML elements and attributes: which are inline, protected, translatable. */
final class HtmlVocabulary {
    private HtmlVocabulary() {
    }

    /** Phrasing elements: inside a sentence they become inline codes instead of ending the unit. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "br", "button", "cite", "code", "data", "del",
            "dfn", "em", "font", "i", "img", "input", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt",
            "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
            "wbr", "script", "style", "svg", "math", "iframe", "embed", "object", "audio", "video", "canvas",
            "picture", "noscript", "template", "output", "meter", "progress", "slot", "textarea");

    /** Elements whose content is never translated; inside a sentence each is one protected code. */
    private static final Set<String> PROTECTED = Set.of(
            "script", "style", "code", "pre", "kbd", "samp", "var", "svg", "math", "iframe", "object", "embed",
            "audio", "video", "canvas", "template", "noscript", "textarea", "xmp", "listing",
            "plaintext");

    /** The element of an Embed block that holds the URL WordPress embeds (core/embed, the older core-embed/*). */
    private static final String EMBED_WRAPPER = "wp-block-embed__wrapper";

    /** Void elements: a start tag and nothing else. */
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "keygen", "basefont", "frame", "isindex");

    /** Attributes whose values are text for people, by element ("*" = any element). */
    private static final Map<String, String> ATTRIBUTE_NOTES = Map.of(
            "alt", "alternative text",
            "title", "tooltip (title attribute)",
            "aria-label", "accessible label (aria-label)",
            "aria-description", "accessible description (aria-description)",
            "aria-placeholder", "placeholder (aria-placeholder)",
            "placeholder", "placeholder text",
            "summary", "table summary",
            "label", "label",
            "abbr", "abbreviation expansion",
            "standby", "loading message");

    /** {@code <meta>} names/properties whose {@code content} is text for people. */
    private static final Set<String> TRANSLATABLE_META = Set.of(
            "description", "keywords", "og:title", "og:description", "og:image:alt", "og:site_name",
            "twitter:title", "twitter:description", "twitter:image:alt", "dc.title", "dc.description",
            "application-name", "apple-mobile-web-app-title");

    static boolean isInline(Element el) {
        String tag = el.normalName();
        if (INLINE.contains(tag)) return true;
        return !isKnownBlock(tag) && el.tag().isInline() && !el.tag().isBlock();
    }

    private static boolean isKnownBlock(String tag) {
        return switch (tag) {
            case "html", "head", "body", "title", "p", "div", "section", "article", "aside", "header",
                 "footer", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
                 "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
                 "blockquote", "pre", "form", "fieldset", "legend", "address", "hr", "option", "optgroup",
                 "details", "summary", "dialog", "menu", "center", "frameset", "noframes", "hgroup",
                 "colgroup", "map", "area", "meta", "link", "base" -> true;
            default -> false;
        };
    }

    static boolean isProtected(Element el) {
        return PROTECTED.contains(el.normalName()) && !PreformattedProse.is(el);
    }

    static boolean isVoid(Element el) {
        return VOID.contains(el.normalName());
    }

    /** The translate flag an element gives its content, from its own attributes and its parent's flag. */
    static boolean translates(Element el, boolean inherited) {
        if (el.attributesSize() == 0) return inherited; // most elements: asked several times each
        String translate = el.attr("translate").trim().toLowerCase(Locale.ROOT);
        if (translate.equals("no")) return false;
        String classes = el.attr("class"); // one look at a (often long) class list instead of a scan per name
        if (!classes.isEmpty() && (classes.contains("notranslate") || classes.contains(EMBED_WRAPPER))) {
            if (el.hasClass("notranslate")) return false;
            // an embed's URL (raw), or the provider's player or quote (rendered): WordPress fetches it again from the URL
            if (el.hasClass(EMBED_WRAPPER)) return false;
        }
        if (translate.equals("yes") || translate.isEmpty() && el.hasAttr("translate")) return true;
        return inherited;
    }

    /** A words-for-people description of a translatable attribute, or null if the attribute is not text. */
    static String attributeNote(Element el, String attribute) {
        String tag = el.normalName();
        switch (attribute) {
            case "content":
                if (!tag.equals("meta")) return null;
                String key = (el.hasAttr("name") ? el.attr("name") : el.attr("property")).toLowerCase(Locale.ROOT);
                return TRANSLATABLE_META.contains(key) ? "page metadata: " + key : null;
            case "value":
                if (!tag.equals("input")) return null;
                String type = el.attr("type").toLowerCase(Locale.ROOT);
                return type.equals("submit") || type.equals("button") || type.equals("reset") ? "button label" : null;
            case "label":
                return tag.equals("track") || tag.equals("option") || tag.equals("optgroup") ? "label" : null;
            case "abbr":
                return tag.equals("th") || tag.equals("td") ? ATTRIBUTE_NOTES.get(attribute) : null;
            case "alt":
                return tag.equals("img") ? "image alt text" : ATTRIBUTE_NOTES.get(attribute);
            default:
                return ATTRIBUTE_NOTES.get(attribute);
        }
    }

    /** XLIFF ctype for a paired element. */
    static String pairedType(String tag) {
        return switch (tag) {
            case "b", "strong" -> "bold";
            case "i", "em" -> "italic";
            case "u" -> "underlined";
            case "a" -> "link";
            default -> "x-" + tag;
        };
    }

    /** XLIFF ctype for a standalone element. */
    static String standaloneType(String tag) {
        return switch (tag) {
            case "br" -> "lb";
            case "img" -> "image";
            default -> "x-" + tag;
        };
    }

    /** What a block of text is, in words, for the unit note. */
    static String blockNote(String tag) {
        return switch (tag) {
            case "p" -> "paragraph";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading (" + tag + ")";
            case "li" -> "list item";
            case "blockquote" -> "quotation";
            case "td" -> "table cell";
            case "th" -> "table header cell";
            case "caption" -> "table caption";
            case "figcaption" -> "figure caption";
            case "title" -> "page title";
            case "dt" -> "definition term";
            case "dd" -> "definition";
            case "option" -> "menu option";
            case "legend" -> "form group label";
            case "summary" -> "disclosure summary";
            case "address" -> "address";
            case "body", "html", "head" -> null;
            default -> "text in <" + tag + ">";
        };
    }
}
