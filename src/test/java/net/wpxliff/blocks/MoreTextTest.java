package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.Extraction;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "read more" link text ({@code <!--more Keep reading-->}): WordPress shows it on archive pages, so the Korean
 * archive must not link in English. In a More block the text is its {@code customText} attribute and the comment
 * the editor writes from it: one unit, both places translated alike; in classic content the comment's text is
 * the unit. No translation can end the comment or hide the tag from WordPress.
 */
class MoreTextTest {
    /** WordPress's get_the_content(): the first tag, its text up to the first "-->" on one line. */
    private static final Pattern WORDPRESS_MORE = Pattern.compile("<!--more(.*?)?-->");

    @TempDir
    Path work;

    private final EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, false);

    private static final String MORE_BLOCK = "<!-- wp:paragraph -->\n<p>Intro.</p>\n<!-- /wp:paragraph -->\n\n"
            + "<!-- wp:more {\"customText\":\"Keep reading\"} -->\n<!--more Keep reading-->\n<!-- /wp:more -->\n\n"
            + "<!-- wp:paragraph -->\n<p>The rest.</p>\n<!-- /wp:paragraph -->";

    @Test
    void aMoreBlocksTextIsOneUnitWrittenIntoItsAttributeAndItsComment() throws Exception {
        List<TextUnit> units = merge.extract(MORE_BLOCK).units();
        TextUnit more = unit(units, "content/wp:more[1]/@customText");
        assertEquals("Keep reading", more.source().plainText());
        assertEquals(TextContext.BLOCK_ATTRIBUTE, more.context());
        assertTrue(units.stream().noneMatch(u -> u.context() == TextContext.HTML_COMMENT), "the comment is no second unit");

        String merged = merge.merge(MORE_BLOCK, u -> u.resname().endsWith("@customText") ? Fragment.text("계속 읽기")
                : u.source(), work);
        assertEquals(MORE_BLOCK.replace("Keep reading", "계속 읽기"), merged);
        assertEquals(MORE_BLOCK, merge.merge(MORE_BLOCK, TextUnit::source, work), "untranslated: byte for byte");
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void aHostileTranslationStaysTextInTheAttributeAndTheComment(XliffFormat format) throws Exception {
        EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, false, format);
        String hostile = "Read --> <script>alert(1)</script>\n<!-- wp:html --> & on";
        String merged = merge.merge(MORE_BLOCK, u -> u.resname().endsWith("@customText") ? Fragment.text(hostile)
                : u.source(), work);
        JsonNode attributes = BlockParser.parse(merged).allBlocks().get(1).attributes();
        String value = attributes.get("customText").textValue();
        // the line feed is white space to XLIFF (the unit does not preserve space): one line in both places
        assertEquals("Read --&gt; &lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- wp:html --&gt; &amp; on", value);
        assertEquals(value, wordPressMoreText(merged), "the comment as the editor writes it from the attribute");
        assertEquals(3, BlockParser.parse(merged).allBlocks().size());
        assertNull(BlockTreeCheck.difference(MORE_BLOCK, merged, Set.of("content/wp:more[1]/@customText"), "content"));
        assertFalse(merged.contains("<script"));
    }

    @Test
    void everyMoreBlockGetsItsComment() throws Exception {
        String raw = MORE_BLOCK + "\n\n<!-- wp:more {\"customText\":\"Second one\"} -->\n<!--more Second one-->\n"
                + "<!-- /wp:more -->";
        String merged = merge.merge(raw, u -> Fragment.text("<" + u.source().plainText() + ">"), work);
        assertTrue(merged.contains("{\"customText\":\"\\u0026lt;Keep reading\\u0026gt;\"} -->\n<!--more &lt;Keep reading&gt;-->"),
                merged);
        assertTrue(merged.contains("{\"customText\":\"\\u0026lt;Second one\\u0026gt;\"} -->\n<!--more &lt;Second one&gt;-->"),
                merged);
    }

    @Test
    void classicContentsMoreTextIsAUnitOfItsOwn() throws Exception {
        String raw = "<p>Intro.</p>\n\n<!--more  Read the <em>rest</em> of it -->\n\n<p>The rest.</p>\n<!--more Not this one-->";
        Extraction extraction = merge.extract(raw);
        TextUnit more = unit(extraction.units(), "content/more");
        assertEquals(TextContext.HTML_COMMENT, more.context());
        assertEquals("Read the rest of it", more.source().plainText());
        assertEquals(2, more.source().codes().size(), "the markup is codes");
        assertTrue(more.note().contains("\"read more\" link"), more.note());
        assertEquals(1, extraction.units().stream().filter(u -> u.context() == TextContext.HTML_COMMENT).count(),
                "only the tag WordPress reads");

        assertEquals(raw, merge.merge(raw, TextUnit::source, work), "untranslated: byte for byte");
        String merged = merge.merge(raw, u -> u.resname().equals("content/more")
                ? Fragment.of(List.of(more.source().parts().get(1), new net.wpxliff.unit.Text("나머지 -->\n"),
                more.source().parts().get(3), new net.wpxliff.unit.Text(" 읽기"))) : u.source(), work);
        assertEquals("<p>Intro.</p>\n\n<!--more  <em>나머지 --&gt; </em> 읽기 -->\n\n<p>The rest.</p>\n<!--more Not this one-->",
                merged);
        assertEquals("<em>나머지 --&gt; </em> 읽기", wordPressMoreText(merged));
    }

    @Test
    void noTextNoUnitAndATagWordPressCannotReadIsSkipped() {
        assertTrue(merge.extract("<p>Intro.</p>\n<!--more-->\n<p>The rest.</p>").units().stream()
                .noneMatch(u -> u.resname().endsWith("more")));
        // a line feed inside: WordPress's regex does not match there and reads the next tag
        List<TextUnit> units = merge.extract("<p>A.</p>\n<!--more Not\nread-->\n<p>B.</p>\n<!--more Read on-->").units();
        assertEquals("Read on", unit(units, "content/more").source().plainText());
    }

    @Test
    void aMoreBlockWhoseCommentDiffersKeepsBothAsUnits() {
        String raw = "<!-- wp:more {\"customText\":\"Keep reading\"} -->\n<!--more Continue-->\n<!-- /wp:more -->";
        List<TextUnit> units = merge.extract(raw).units();
        assertEquals("Keep reading", unit(units, "content/wp:more[1]/@customText").source().plainText());
        assertEquals("Continue", unit(units, "content/wp:more[1]/more").source().plainText());
    }

    private static String wordPressMoreText(String content) {
        Matcher m = WORDPRESS_MORE.matcher(content);
        assertTrue(m.find(), "WordPress finds the tag");
        return m.group(1).strip();
    }

    private static TextUnit unit(List<TextUnit> units, String resname) {
        return units.stream().filter(u -> u.resname().equals(resname)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + resname + " in "
                        + units.stream().map(TextUnit::resname).toList()));
    }
}
