package net.wpxliff.merge;

import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static net.wpxliff.merge.EditorContentTest.assertNoUnitHoldsADelimiter;
import static net.wpxliff.merge.EditorContentTest.delimiters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Seeded editor text built from the pieces its rules look at (delimiters, stray and malformed ones too, blank lines
 * of every newline kind, shortcodes open, closed, nested, crossing, escaped, media, captions (their {@code caption}
 * attribute too), {@code <!--more-->} and the More block, {@code <pre>} (the Verse and Preformatted blocks' too),
 * inline markup, entities): every text extracts, no unit holds a delimiter, the identity merge is
 * byte-exact and a pseudo-translation merges (every check of merge, the HTML tree check included) keeping every
 * delimiter in place, unless merge refuses the same text as HTML too (misnested formatting the parser carries
 * across elements: fail-closed, as before). A failure names the seed and the text; {@code -Dwpxliff.fuzz.seed=N}
 * and {@code -Dwpxliff.fuzz.editorTexts=N} replay or widen a run.
 */
class EditorFuzzTest {
    private static final String[] PIECES = {
            "<!-- wp:paragraph -->", "<!-- /wp:paragraph -->", "<!-- wp:spacer {\"height\":\"20px\"} /-->",
            "<!-- wp:x {\"a\":\"-->\"} -->", "<!-- /wp:stray -->", "<!--more-->", "<!--more Read on-->", "<!--nextpage-->",
            "<!-- a note -->", "\n", "\n\n", "\r\n\r\n", "\r\r", "\n \t\n", " \n", "\r\n",
            "[caption id=\"a1\" width=\"300\"]", "[/caption]", "<img src=\"p.jpg\" alt=\"A photo\" />",
            "<a href=\"p.jpg\">", "</a>", "[gallery ids=\"1,2\"]", "[embed]", "https://example.com/v", "[/embed]",
            "[video src=\"m.mp4\"]", "[/video]", "[foo]", "[/foo]", "[bar x=\"1\"]", "[/bar]", "[[gallery]]", "[baz /]",
            "<p>", "</p>", "<strong>", "</strong>", "<em>", "</em>", "<pre>", "</pre>", "<code>", "</code>",
            "<ul><li>", "</li></ul>", "&amp;", "&#91;", "&nbsp;", "Words here", "more words", ".", " ", "[", "]",
            "\u0001", "<br />", "<br>", "<div>", "</div>",
            // session 15: the More block, legacy caption attributes, Verse and Preformatted text
            "<!-- wp:more {\"customText\":\"Go on\"} -->", "<!--more Go on-->", "<!-- /wp:more -->",
            "[caption id=\"a2\" caption=\"A caption &amp; more\"]", "[wp_caption caption='Dunes']",
            "<pre class=\"wp-block-verse\">", "<pre class=\"wp-block-preformatted\">"};

    /** The More block's text is a translated attribute (MoreTextTest): its value is not compared. */
    private static String withoutCustomText(String text) {
        return text.replaceAll("\\{\"customText\":\"[^\"]*\"\\}", "{\"customText\":\"…\"}");
    }

    @Test
    void seededEditorTextsExtractAndMergeBack() throws MergeException {
        int refusals = 0;
        long seed = Long.getLong("wpxliff.fuzz.seed", 20261130L);
        int texts = Integer.getInteger("wpxliff.fuzz.editorTexts", 400);
        Random random = new Random(seed);
        for (int i = 0; i < texts; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int p = 0; p < pieces; p++) text.append(PIECES[random.nextInt(PIECES.length)]);
            String source = text.toString();
            String what = "seed " + seed + ", text " + i + ": " + source.replace("\n", "\\n").replace("\r", "\\r");
            try {
                Extraction extraction = EditorFields.extract(source);
                assertNoUnitHoldsADelimiter(source, extraction);
                assertEquals(source, EditorFields.identity(extraction), what);
                String merged;
                try {
                    merged = EditorFields.pseudo(extraction);
                } catch (MergeException refused) {
                    // markup so broken that a changed text changes the tree (formatting the parser carries across
                    // elements): merge refuses it as HTML too, and must not accept it as editor text
                    assertThrows(MergeException.class, () -> EditorFields.pseudo(EditorFields.extract(source, Field.Markup.HTML)),
                            what + ": refused only as editor text: " + refused.getMessage());
                    refusals++;
                    continue;
                }
                assertEquals(delimiters(withoutCustomText(source)), delimiters(withoutCustomText(merged)), what);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(what + "\n" + e.getMessage(), e);
            }
        }
        System.err.println("editor fuzz: " + texts + " texts (seed " + seed + "), " + refusals
                + " refused by merge as broken markup (as HTML too)");
    }
}
