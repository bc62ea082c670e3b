package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.blocks.BlockLinks;
import net.wpxliff.extract.JsonLdScripts;
import net.wpxliff.input.SourceDocument;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Moves a page into the target locale: links to the site's own pages point to their target-language address
 * (as {@link LocaleUrls} maps them: {@code /en/...} to {@code /ko/...} by default); in JSON-LD the page's own URLs follow
 * and {@code inLanguage} names the target language. External links are never touched. Produces
 * {@link Edit.Replace} edits on the raw source, so everything else stays byte for byte.
 */
final class LinkLocalizer {
    /** schema.org types that describe the page itself and so get {@code inLanguage}. */
    private static final Set<String> PAGE_TYPES = Set.of(
            "Article", "BlogPosting", "NewsArticle", "TechArticle", "Report", "ScholarlyArticle", "WebPage",
            "AboutPage", "CollectionPage", "ContactPage", "FAQPage", "ItemPage", "QAPage", "ProfilePage",
            "SearchResultsPage", "MedicalWebPage", "CreativeWork", "HowTo", "Recipe", "Review", "Course");
    private static final JsonFactory JSON = new JsonFactory();

    private final LocaleUrls urls;
    private final String targetLanguage;

    LinkLocalizer(LocaleUrls urls, String targetLanguage) {
        this.urls = urls;
        this.targetLanguage = targetLanguage;
    }

    /** The URL in the target locale, or null when it is not one of the site's source-language URLs. */
    String localize(String url) {
        return urls.localize(url);
    }

    /** The target-locale address of the post itself. */
    String pageUrl(SourceDocument document) {
        return urls.pageUrl(document);
    }

    /**
     * Edits for one HTML field: hrefs, JSON-LD URLs and inLanguage, and (for whole pages) {@code <html lang>}
     * with its {@code xml:lang}.
     *
     * @param doc the field parsed with source positions
     */
    List<Edit> edits(String html, Document doc, boolean wholePage) {
        List<Edit> edits = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            for (Attribute attribute : el.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("href") && isPageLink(el)) {
                    rewriteAttribute(html, el, attribute, edits);
                }
            }
            if (wholePage && el.normalName().equals("html") && el.hasAttr("lang")) {
                // xml:lang must say what lang says (HTML requires the same value when both are present)
                for (String key : el.hasAttr("xml:lang") ? List.of("lang", "xml:lang") : List.of("lang")) {
                    Range value = el.attributes().sourceRange(key).valueRange();
                    if (value.isTracked() && !value.isImplicit()) edits.add(new Edit.Replace(value.startPos(), value.endPos(), targetLanguage));
                }
            }
            if (JsonLdScripts.is(el)) {
                for (Node child : el.childNodes()) {
                    if (child instanceof DataNode data && data.sourceRange().isTracked()) {
                        jsonLdEdits(html, data.sourceRange().startPos(), data.sourceRange().endPos(), edits);
                    }
                }
            }
        }
        return edits;
    }

    /**
     * The localized link attributes of an editor field's blocks ({@link BlockLinks}: navigation {@code url}, …).
     *
     * @param edits  each attribute's JSON string token replaced, written as WordPress writes block attributes
     * @param values each localized attribute's new value by its key ({@code content/wp:navigation-link[1]/@url}),
     *               the only attribute changes the block tree check then allows besides translations
     */
    record BlockLinkEdits(List<Edit> edits, Map<String, String> values) {
    }

    /**
     * Block link attributes of an editor field, localized by the same rules as its HTML links.
     *
     * @param others the field's other edits: a token one of them overlaps (a delimiter inside an attribute value or
     *               a script, never a real block) is left as it is
     */
    BlockLinkEdits blockEdits(String text, String fieldKey, List<Edit> others) {
        List<Edit> edits = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (BlockLinks.LinkAttribute link : BlockLinks.find(text, fieldKey)) {
            String localized = localize(link.value());
            if (localized == null || overlaps(link.token().start(), link.token().end(), others)) continue;
            String token;
            try {
                token = BlockLinks.encode(localized, link.token().of(text));
            } catch (IllegalArgumentException e) {
                continue; // half a surrogate pair: WordPress could not encode it either; the link stays as written
            }
            edits.add(new Edit.Replace(link.token().start(), link.token().end(), token));
            values.put(link.path(), localized);
        }
        return new BlockLinkEdits(edits, values);
    }

    /** True when [start, end) partly overlaps another edit (an edit holding the whole range is fine: it nests). */
    private static boolean overlaps(int start, int end, List<Edit> others) {
        for (Edit edit : others) {
            boolean holds = edit instanceof Edit.UnitEdit && edit.start() <= start && end <= edit.end();
            boolean apart = edit.end() <= start || end <= edit.start();
            if (!holds && !apart) return true;
        }
        return false;
    }

    /** Links people follow; hreflang alternates and canonical links name specific locales: left to the site. */
    private static boolean isPageLink(Element el) {
        String tag = el.normalName();
        if (tag.equals("a") || tag.equals("area")) return true;
        String rel = el.attr("rel").toLowerCase(Locale.ROOT);
        return tag.equals("link") && !rel.contains("alternate") && !rel.contains("canonical");
    }

    private void rewriteAttribute(String html, Element el, Attribute attribute, List<Edit> edits) {
        Range value = el.attributes().sourceRange(attribute.getKey()).valueRange();
        if (!value.isTracked() || value.isImplicit()) return;
        String raw = html.substring(value.startPos(), value.endPos());
        String localized = localize(raw);
        if (localized != null) edits.add(new Edit.Replace(value.startPos(), value.endPos(), localized));
    }

    /** URLs in JSON-LD strings, and inLanguage on each top-level page object (or @graph item). */
    private void jsonLdEdits(String html, int start, int end, List<Edit> edits) {
        String json = html.substring(start, end);
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) walkObject(parser, json, start, edits, true);
            else if (first == JsonToken.START_ARRAY) {
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == JsonToken.START_OBJECT) walkObject(parser, json, start, edits, true);
                    else walkValue(parser, t, json, start, edits, false);
                }
            }
        } catch (IOException e) {
            // invalid JSON-LD is left as it is; export already warned about it
        }
    }

    private void walkObject(JsonParser parser, String json, int base, List<Edit> edits, boolean pageCandidate)
            throws IOException {
        String type = null;
        boolean hasLanguage = false;
        int lastValueEnd = -1;
        int firstKeyStart = -1;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            if (firstKeyStart < 0) firstKeyStart = (int) parser.currentTokenLocation().getCharOffset();
            JsonToken value = parser.nextToken();
            if (key.equals("@type") && value == JsonToken.VALUE_STRING) type = parser.getText();
            if (key.equals("inLanguage") && value == JsonToken.VALUE_STRING && pageCandidate) {
                hasLanguage = true;
                int s = (int) parser.currentTokenLocation().getCharOffset();
                parser.getText();
                int e = (int) parser.currentLocation().getCharOffset();
                edits.add(new Edit.Replace(base + s, base + e, "\"" + targetLanguage + "\""));
            } else {
                walkValue(parser, value, json, base, edits, key.equals("@graph"));
            }
            lastValueEnd = (int) parser.currentLocation().getCharOffset();
        }
        if (pageCandidate && !hasLanguage && type != null && PAGE_TYPES.contains(type) && lastValueEnd > 0) {
            edits.add(new Edit.Replace(base + lastValueEnd, base + lastValueEnd,
                    "," + memberSeparator(json, firstKeyStart) + "\"inLanguage\": \"" + targetLanguage + "\""));
        }
    }

    /** @param graphItems true for the items of {@code @graph}, which describe the page like top-level objects */
    private void walkValue(JsonParser parser, JsonToken value, String json, int base, List<Edit> edits,
                           boolean graphItems) throws IOException {
        if (value == JsonToken.START_OBJECT) {
            walkObject(parser, json, base, edits, graphItems);
        } else if (value == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                walkValue(parser, t, json, base, edits, graphItems);
            }
        } else if (value == JsonToken.VALUE_STRING) {
            int s = (int) parser.currentTokenLocation().getCharOffset();
            String text = parser.getText();
            int e = (int) parser.currentLocation().getCharOffset();
            String localized = localize(text);
            if (localized != null) {
                StringBuilder token = new StringBuilder();
                JsonStrings.quote(localized, token, json.substring(s, e).contains("\\/"), c -> false, true);
                edits.add(new Edit.Replace(base + s, base + e, token.toString()));
            }
        }
    }

    /** Whitespace that separates members in this object: newline and the first member's indentation. */
    private static String memberSeparator(String json, int firstKeyStart) {
        if (firstKeyStart < 0) return " ";
        int lineStart = json.lastIndexOf('\n', firstKeyStart);
        if (lineStart < 0) return " ";
        String indent = json.substring(lineStart + 1, firstKeyStart);
        return indent.isBlank() ? "\n" + indent : " ";
    }
}
