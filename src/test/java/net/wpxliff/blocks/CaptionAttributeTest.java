package net.wpxliff.blocks;

import net.wpxliff.config.TranslationConfig;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caption of a {@code [caption]} shortcode written in its {@code caption} attribute (posts from before WordPress
 * 3.4, the theme test data's "Post Format: Image (Linked)"): a unit, written back so that WordPress's own shortcode
 * grammar reads the translation as the caption, whatever it holds.
 */
class CaptionAttributeTest {
    /** WordPress's get_shortcode_regex() for [caption]. */
    private static final Pattern WORDPRESS_SHORTCODE = Pattern.compile("\\[(\\[?)(caption)(?![\\w-])([^\\]/]*(?:/(?!\\])[^\\]/]*)*?)"
            + "(?:(/)\\]|\\](?:([^\\[]*+(?:\\[(?!/\\2\\])[^\\[]*+)*+)\\[/\\2\\])?)(\\]?)");

    private static final String LEGACY = "[caption id=\"attachment_612\" align=\"aligncenter\" width=\"640\" caption=\"Chunk of"
            + " resinous blackboy husk, Clarkson &amp; Perth.\"]<a href=\"https://example.org/husk.jpg\"><img src=\"husk.jpg\""
            + " alt=\"chunk of husk\" width=\"640\" height=\"480\" /></a>[/caption]\n\nThis burns like a spinifex log.";

    @TempDir
    Path work;

    private final EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, false);

    @Test
    void theCaptionAttributeIsAUnitAndUntranslatedMergesByteForByte() throws Exception {
        List<TextUnit> units = merge.extract(LEGACY).units();
        TextUnit caption = unit(units, "content/[caption][1]/@caption");
        assertEquals(TextContext.SHORTCODE_ATTRIBUTE, caption.context());
        assertEquals("Chunk of resinous blackboy husk, Clarkson & Perth.", caption.source().plainText());
        assertTrue(caption.note().contains("the caption of an image"), caption.note());
        assertTrue(units.stream().anyMatch(u -> u.source().plainText().equals("chunk of husk")), "the alt text too");
        assertEquals(LEGACY, merge.merge(LEGACY, TextUnit::source, work));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(net.wpxliff.xliff.XliffFormat.class)
    void aHostileTranslationIsTheCaptionWordPressReads(net.wpxliff.xliff.XliffFormat format) throws Exception {
        EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, false, format);
        String hostile = "Say \"hi\" ] [gallery ids=\"1\"] \\n <script>alert(1)</script> & 'so'";
        String merged = merge.merge(LEGACY, u -> u.context() == TextContext.SHORTCODE_ATTRIBUTE ? Fragment.text(hostile)
                : u.source(), work);
        Matcher shortcode = WORDPRESS_SHORTCODE.matcher(merged);
        assertTrue(shortcode.find(), merged);
        assertTrue(shortcode.group(5).startsWith("<a href=\"https://example.org/husk.jpg\"><img"), "the same content: " + merged);
        Map<String, String> attributes = WordPressShortcodeAttributes.of(shortcode.group(3));
        assertEquals(List.of("id", "align", "width", "caption"), List.copyOf(attributes.keySet()));
        // shown as HTML: what a reader sees is the translation, as text
        assertEquals(hostile, Parser.unescapeEntities(attributes.get("caption"), false));
        assertEquals(LEGACY.substring(LEGACY.indexOf("[/caption]")), merged.substring(merged.indexOf("[/caption]")));
    }

    @Test
    void singleQuotesAndBlocksAreReadWhileProtectedEscapedAndBackslashedOnesAreNot() throws Exception {
        String single = "<!-- wp:shortcode -->\n[caption id='a' caption='Dunes at dusk']<img src=\"d.jpg\" />[/caption]\n"
                + "<!-- /wp:shortcode -->";
        TextUnit unit = unit(merge.extract(single).units(), "content/wp:shortcode[1]/[caption][1]/@caption");
        assertEquals("Dunes at dusk", unit.source().plainText());
        String merged = merge.merge(single, u -> Fragment.text("It's dusk"), work);
        assertTrue(merged.contains("caption='It&#39;s dusk']"), merged);

        for (String skipped : List.of("<pre>[caption caption=\"In a listing\"]<img src=\"x.jpg\" />[/caption]</pre>",
                "[[caption caption=\"Escaped, shown as is\"]]", "[caption caption=\"Back\\\\slash\"]<img src=\"x.jpg\" />[/caption]",
                "<p class=\"notranslate\">[caption caption=\"Not to translate\"]<img src=\"x.jpg\" />[/caption]</p>")) {
            assertTrue(merge.extract(skipped).units().stream().noneMatch(u -> u.context() == TextContext.SHORTCODE_ATTRIBUTE),
                    skipped);
        }
    }

    private static TextUnit unit(List<TextUnit> units, String resname) {
        return units.stream().filter(u -> u.resname().equals(resname)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + resname + " in " + units.stream().map(TextUnit::resname).toList()));
    }
}
