package net.wpxliff.blocks;

import net.wpxliff.config.ConfigException;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.XliffFormat;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shortcode attributes a wpml-config.xml's {@code <shortcodes>} names (page builders keep button labels, titles and
 * headings there: {@code [vc_text_separator title="Separator Title"]}): units, written back so that WordPress's
 * shortcode grammar reads the translation as the value; encoded and link attributes, and unnamed ones, stay.
 */
class ShortcodeAttributesTest {
    private static final String CONFIG = """
            <wpml-config>
              <shortcodes>
                <shortcode>
                  <tag label="Separator">vc_text_separator</tag>
                  <attributes><attribute>title</attribute></attributes>
                </shortcode>
                <shortcode>
                  <tag>su_button</tag>
                  <attributes>
                    <attribute>Text</attribute>
                    <attribute type="link">url</attribute>
                    <attribute encoding="base64">raw</attribute>
                    <attribute encoding="allow_html_tags">tip</attribute>
                  </attributes>
                </shortcode>
                <shortcode><tag>only_content</tag></shortcode>
              </shortcodes>
            </wpml-config>
            """;
    private static final String CONTENT = "<p>Intro [vc_text_separator title=\"Our services\" color=\"grey\"] and"
            + " [su_button url=\"https://site.example/buy/\" text='Buy now' raw=\"QnV5\" tip=\"Ships &amp; returns\" /]</p>\n\n"
            + "<!-- wp:shortcode -->\n[vc_text_separator title=\"Second one\"]\n<!-- /wp:shortcode -->";

    @TempDir
    Path work;

    private static TranslationConfig config() throws ConfigException {
        return TranslationConfig.parse("wpml-config.xml", CONFIG);
    }

    @Test
    void theConfiguredAttributesAreUnitsAndUntranslatedMergeByteForByte() throws Exception {
        TranslationConfig config = config();
        assertEquals(Map.of("caption", List.of("caption"), "wp_caption", List.of("caption"),
                "vc_text_separator", List.of("title"), "su_button", List.of("text", "tip")), config.shortcodeAttributes(),
                "encoded and link attributes are not text; the built-in caption stays");
        EditorFieldMerge merge = new EditorFieldMerge(config, false);
        List<TextUnit> units = merge.extract(CONTENT).units();
        assertEquals("Our services", unit(units, "content/p[1]/[vc_text_separator][1]/@title").source().plainText());
        TextUnit text = unit(units, "content/p[1]/[su_button][1]/@text");
        assertEquals("Buy now", text.source().plainText());
        assertEquals(TextContext.SHORTCODE_ATTRIBUTE, text.context());
        assertTrue(text.note().contains("the text attribute of a [su_button] shortcode"), text.note());
        assertEquals("Ships & returns", unit(units, "content/p[1]/[su_button][1]/@tip").source().plainText());
        assertEquals("Second one", unit(units, "content/wp:shortcode[1]/[vc_text_separator][1]/@title").source().plainText());
        assertTrue(units.stream().noneMatch(u -> u.source().plainText().contains("site.example") || u.source().plainText()
                .equals("QnV5") || u.source().plainText().equals("grey")), "the link, the encoded value, unnamed attributes");
        assertEquals(CONTENT, merge.merge(CONTENT, TextUnit::source, work));
        assertTrue(new EditorFieldMerge(TranslationConfig.BUILT_IN, false).extract(CONTENT).units().stream()
                .noneMatch(u -> u.context() == TextContext.SHORTCODE_ATTRIBUTE), "without the configuration: none");
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void aHostileTranslationIsTheValueWordPressReads(XliffFormat format) throws Exception {
        EditorFieldMerge merge = new EditorFieldMerge(config(), false, format);
        String hostile = "Buy \"now\" ] [gallery ids=\"1\"] <script>alert(1)</script> & 'so' /]";
        String merged = merge.merge(CONTENT, u -> u.resname().endsWith("@text") ? Fragment.text(hostile) : u.source(), work);
        Matcher button = Pattern.compile("\\[su_button([^\\]]*?)/\\]").matcher(merged);
        assertTrue(button.find(), merged);
        Map<String, String> attributes = WordPressShortcodeAttributes.of(button.group(1));
        assertEquals(List.of("url", "text", "raw", "tip"), List.copyOf(attributes.keySet()), merged);
        assertEquals(hostile, Parser.unescapeEntities(attributes.get("text"), false));
        assertEquals("https://site.example/buy/", attributes.get("url"));
        assertEquals(CONTENT.substring(CONTENT.indexOf("</p>")), merged.substring(merged.indexOf("</p>")));
    }

    @Test
    void aShortcodeWithoutATagIsRefusedNamingTheLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> TranslationConfig.parse("wpml-config.xml",
                "<wpml-config>\n<shortcodes>\n<shortcode><attributes><attribute>title</attribute></attributes></shortcode>"
                        + "</shortcodes></wpml-config>"));
        assertTrue(e.getMessage().startsWith("wpml-config.xml:3: <shortcode> without a <tag>"), e.getMessage());
    }

    private static TextUnit unit(List<TextUnit> units, String resname) {
        return units.stream().filter(u -> u.resname().equals(resname)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + resname + " in " + units.stream().map(TextUnit::resname).toList()));
    }
}
