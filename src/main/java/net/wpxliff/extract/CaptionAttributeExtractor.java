package net.wpxliff.extract;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caption a {@code [caption]} shortcode holds in its {@code caption} attribute, as posts written before WordPress
 * 3.4 (and the theme test data) have it: {@code [caption id="attachment_612" caption="Chunk of …"]<img …/>[/caption]}.
 * WordPress shows that attribute as the image's caption ({@code img_caption_shortcode}); the tag itself is a protected
 * code, and its run often has no words of its own, so the caption was never a unit and stayed English. It becomes one:
 * {@code resname} {@code content/…/[caption][1]/@caption} (the path of the element whose text holds the tag), span the
 * quoted value, source the value as text. Only a value WordPress reads as written: quoted, in one text node (no markup
 * in it), without backslashes ({@code shortcode_parse_atts} runs {@code stripcslashes} over it); in translatable text.
 */
final class CaptionAttributeExtractor {
    /** A caption shortcode's opening tag: WordPress's grammar allows no {@code ]} inside its attributes. */
    private static final Pattern TAG = Pattern.compile("(?<!\\[)\\[(caption|wp_caption)(\\s[^\\[\\]]*)\\]");
    /** The {@code caption} attribute, double- or single-quoted, as {@code shortcode_parse_atts} matches it. */
    private static final Pattern CAPTION = Pattern.compile("(?:^|\\s)caption\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')(?=\\s|$)",
            Pattern.CASE_INSENSITIVE);

    private CaptionAttributeExtractor() {
    }

    static void extract(String fieldNote, String text, Document parsed, UnitNames names, UnitSink sink) {
        if (!text.contains("[caption") && !text.contains("[wp_caption")) return; // most fields: one scan, no walk
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode && textNode.getWholeText().contains("caption")) {
                extract(textNode, fieldNote, text, names, sink);
            }
        }, parsed);
    }

    private static void extract(TextNode node, String fieldNote, String text, UnitNames names, UnitSink sink) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.isImplicit() || !translatable(node)) return;
        String raw = text.substring(range.startPos(), range.endPos());
        Matcher tag = TAG.matcher(raw);
        int index = 0;
        while (tag.find()) {
            index++;
            Matcher caption = CAPTION.matcher(tag.group(2));
            if (!caption.find()) continue;
            int group = caption.group(1) != null ? 1 : 2;
            String value = caption.group(group);
            if (value.indexOf('\\') >= 0 || !TextScanner.allXmlChars(value)) continue;
            int valueStart = range.startPos() + tag.start(2) + caption.start(group);
            String decoded = org.jsoup.parser.Parser.unescapeEntities(value, true);
            if (Fragment.text(decoded).hasTranslatableText()) {
                // the element's path, or the block's when the text lies directly in a block (as a run is named)
                String where = names.run(node.parent(), 0, valueStart);
                sink.unit(where + "/[" + tag.group(1) + "][" + index + "]/@caption", fieldNote + ": the caption of an"
                                + " image ([" + tag.group(1) + " caption=\"…\"])", TextContext.SHORTCODE_ATTRIBUTE, false,
                        valueStart, valueStart + value.length(), Fragment.text(decoded));
            }
        }
    }

    /** Not inside {@code <pre>}, {@code <code>}, … nor an element marked not to be translated. */
    private static boolean translatable(Node node) {
        for (Node n = node.parent(); n instanceof Element el; n = n.parent()) {
            if (HtmlVocabulary.isProtected(el) || !HtmlVocabulary.translates(el, true)) return false;
        }
        return true;
    }
}
