package net.wpxliff.blocks;

import net.wpxliff.config.TranslationConfig;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Verse and Preformatted blocks keep words in a {@code <pre>}: a poem stayed English on the Korean page (its
 * generated excerpt showed it). Their text is translated, each line feed a protected line break; the Code block's
 * {@code <pre>} and classic content's stay protected.
 */
class PreformattedProseTest {
    private static final String VERSE = "<!-- wp:verse -->\n<pre class=\"wp-block-verse\">Two roads diverged in a yellow wood,\n"
            + "And sorry I could not <em>travel both</em></pre>\n<!-- /wp:verse -->\n\n"
            + "<!-- wp:preformatted -->\n<pre class=\"wp-block-preformatted\">Some preformatted text</pre>\n<!-- /wp:preformatted -->\n\n"
            + "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>Keep this code</code></pre>\n<!-- /wp:code -->";

    @TempDir
    Path work;

    private final EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, false);

    @Test
    void verseAndPreformattedTextAreUnitsWithTheirLineBreaksProtected() throws Exception {
        List<TextUnit> units = merge.extract(VERSE).units();
        assertEquals(List.of("content/wp:verse[1]", "content/wp:preformatted[1]"), units.stream().map(TextUnit::resname).toList());
        TextUnit verse = units.get(0);
        assertEquals("Two roads diverged in a yellow wood,And sorry I could not travel both", verse.source().plainText());
        assertEquals(List.of("lb", "italic", "italic"), verse.source().codes().stream().map(Code::type).toList());
        assertFalse(units.stream().anyMatch(u -> u.source().plainText().contains("Keep this code")), "code stays protected");
        assertEquals(VERSE, merge.merge(VERSE, TextUnit::source, work), "untranslated: byte for byte");
        assertTrue(merge.extract("<pre>A classic pre</pre>").units().isEmpty(), "a classic <pre> stays protected");
    }

    @Test
    void aClassicPreItsAuthorMarksTranslatableIsTranslatedLineByLine() throws Exception {
        String classic = "<pre translate=\"yes\"><cite>Robert Frost</cite>\n\tTwo roads diverged in a yellow wood,\n"
                + "\tAnd sorry I could not travel both</pre>\n\n<pre>-ms-word-wrap: break-word;</pre>";
        List<TextUnit> units = merge.extract(classic).units();
        assertEquals(1, units.size(), units.toString());
        assertEquals("Robert Frost Two roads diverged in a yellow wood, And sorry I could not travel both",
                units.get(0).source().plainText());
        assertEquals(classic, merge.merge(classic, TextUnit::source, work), "untranslated: byte for byte");
        String merged = merge.merge(classic, u -> EditorFieldMerge.eachTextAs(u.source(), "숲"), work);
        assertTrue(merged.startsWith("<pre translate=\"yes\"><cite>숲</cite>\n") && merged.endsWith("<pre>-ms-word-wrap: break-word;</pre>"),
                "line feeds kept, the CSS left: " + merged);
    }

    @Test
    void translatedLinesKeepTheirBreaksAndNoTranslationLeavesThePre() throws Exception {
        String merged = merge.merge(VERSE, u -> EditorFieldMerge.eachTextAs(u.source(), "노란 숲 </pre><script>x</script>"), work);
        assertTrue(merged.contains("<pre class=\"wp-block-verse\">노란 숲 &lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;\n"
                + "노란 숲 &lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;<em>노란 숲 &lt;/pre&gt;"), merged);
        assertTrue(merged.contains("<pre class=\"wp-block-code\"><code>Keep this code</code></pre>"), merged);
    }
}
