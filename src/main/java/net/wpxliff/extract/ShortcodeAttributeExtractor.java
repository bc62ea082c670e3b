package net.wpxliff.extract;

import net.wpxliff.config.TranslationConfig;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text a shortcode holds in an attribute, which WordPress (or the plugin the shortcode is of) shows: built in, the
 * caption of a legacy {@code [caption id="attachment_612" caption="Chunk of …"]<img …/>[/caption]} (posts from before
 * WordPress 3.4, the theme test data), which {@code img_caption_shortcode} shows under the image; and the attributes a
 * wpml-config.xml's {@code <shortcodes>} names ({@code [vc_text_separator title="Separator Title"]}). The tag itself is
 * a protected code, and its run often has no words of its own, so such text was never a unit and stayed English. Each
 * value becomes one: {@code resname} {@code content/…/[caption][1]/@caption} (the path of the element whose text holds
 * the tag), span the quoted value, source the value as text. Only a value WordPress reads as written: quoted, in one
 * text node (no markup in it), without backslashes ({@code shortcode_parse_atts} runs {@code stripcslashes} over it);
 * in translatable text.
 */
final class ShortcodeAttributeExtractor {
    /** One per configuration's shortcodes (a run has one or two): its patterns are compiled once, not per field. */
    private static final Map<Map<String, List<String>>, ShortcodeAttributeExtractor> MADE = new ConcurrentHashMap<>();
    private final Map<String, List<String>> attributes;
    /** An opening tag of a configured shortcode: WordPress's grammar allows no {@code ]} inside its attributes. */
    private final Pattern tags;
    /** Per attribute name: the attribute, double- or single-quoted, as {@code shortcode_parse_atts} matches it. */
    private final Map<String, Pattern> values = new HashMap<>();

    static ShortcodeAttributeExtractor of(TranslationConfig config) {
        return MADE.computeIfAbsent(config.shortcodeAttributes(), ShortcodeAttributeExtractor::new);
    }

    private ShortcodeAttributeExtractor(Map<String, List<String>> attributes) {
        this.attributes = attributes;
        tags = Pattern.compile("(?<!\\[)\\[(" + attributes.keySet().stream().sorted().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(\\s[^\\[\\]]*)\\]");
        for (List<String> names : attributes.values()) {
            for (String name : names) {
                values.computeIfAbsent(name, n -> Pattern.compile("(?:^|\\s)" + Pattern.quote(n)
                        + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')(?=\\s|$)", Pattern.CASE_INSENSITIVE));
            }
        }
    }

    void extract(String fieldNote, String text, Document parsed, UnitNames names, UnitSink sink) {
        if (!mayHold(text)) return; // most fields: a scan, no walk
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode && textNode.getWholeText().indexOf('[') >= 0) {
                extract(textNode, fieldNote, text, names, sink);
            }
        }, parsed);
    }

    private boolean mayHold(String text) {
        for (String tag : attributes.keySet()) if (text.contains("[" + tag)) return true;
        return false;
    }

    private void extract(TextNode node, String fieldNote, String text, UnitNames names, UnitSink sink) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.isImplicit() || !translatable(node)) return;
        String raw = text.substring(range.startPos(), range.endPos());
        Matcher tag = tags.matcher(raw);
        Map<String, Integer> seen = new HashMap<>();
        while (tag.find()) {
            String name = tag.group(1);
            int index = seen.merge(name, 1, Integer::sum);
            String atts = tag.group(2);
            if (atts.endsWith("/")) atts = atts.substring(0, atts.length() - 1); // [tag … /]: the slash closes it
            for (String attribute : attributes.get(name)) {
                Matcher value = values.get(attribute).matcher(atts);
                if (!value.find()) continue;
                int group = value.group(1) != null ? 1 : 2;
                String written = value.group(group);
                if (written.indexOf('\\') >= 0 || !TextScanner.allXmlChars(written)) continue;
                int valueStart = range.startPos() + tag.start(2) + value.start(group);
                String decoded = org.jsoup.parser.Parser.unescapeEntities(written, true);
                if (!Fragment.text(decoded).hasTranslatableText()) continue;
                // the element's path, or the block's when the text lies directly in a block (as a run is named)
                String where = names.run(node.parent(), 0, valueStart);
                sink.unit(where + "/[" + name + "][" + index + "]/@" + attribute.toLowerCase(Locale.ROOT),
                        fieldNote + ": " + note(name, attribute), TextContext.SHORTCODE_ATTRIBUTE, false, valueStart,
                        valueStart + written.length(), Fragment.text(decoded));
            }
        }
    }

    private static String note(String tag, String attribute) {
        if (attribute.equals("caption") && (tag.equals("caption") || tag.equals("wp_caption"))) {
            return "the caption of an image ([" + tag + " caption=\"…\"])";
        }
        return "the " + attribute + " attribute of a [" + tag + "] shortcode";
    }

    /** Not inside {@code <pre>}, {@code <code>}, … nor an element marked not to be translated. */
    private static boolean translatable(Node node) {
        for (Node n = node.parent(); n instanceof Element el; n = n.parent()) {
            if (HtmlVocabulary.isProtected(el) || !HtmlVocabulary.translates(el, true)) return false;
        }
        return true;
    }
}
