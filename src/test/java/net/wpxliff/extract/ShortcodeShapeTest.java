package net.wpxliff.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QA pass 4: which bracketed runs are shortcodes (protected) and which are words in brackets (translated). */
class ShortcodeShapeTest {
    private static boolean shortcode(String tag) {
        return ShortcodeShape.in("Some text " + tag + " here.").isShortcode(tag);
    }

    @Test
    void wordsInBracketsAreText() {
        for (String prose : new String[]{"[Republican President]", "[Republican]", "[sic]", "[citation needed]",
                "[simple boat]", "[Update]", "[COVID-19 update]", "[laughter]", "[[citation needed]]"}) {
            assertFalse(shortcode(prose), prose);
        }
    }

    @Test
    void runsShapedLikeShortcodesAreShortcodes() {
        for (String tag : new String[]{"[gallery]", "[caption id=\"attachment_1\" width=\"300\"]", "[embed]", "[/video]",
                "[playlist ids=\"1,2\"]", "[toc]", "[vc_row]", "[contact-form-7 404 \"Not Found\"]", "[h5p]",
                "[button url=\"#\"]", "[Button url=\"#\"]", "[toc /]", "[[gallery]]",
                // QA: plugins' own tags with capitals (Sassy Social Share, Rich Reviews), and the self-closing form
                "[Sassy_Social_Share]", "[RICH_REVIEWS_FORM]", "[TOC]", "[Foo /]"}) {
            assertTrue(shortcode(tag), tag);
        }
    }

    @Test
    void anOpeningTagWithItsClosingTagInTheTextIsAShortcode() {
        String text = "A [Note]remark[/Note] and a [sic] here.";
        assertTrue(ShortcodeShape.in(text).isShortcode("[Note]"));
        assertTrue(ShortcodeShape.in(text).isShortcode("[/Note]"));
        assertFalse(ShortcodeShape.in("A [Note] without its end.").isShortcode("[Note]"));
        assertFalse(ShortcodeShape.in("A stray [/Note].").isShortcode("[/Note]"));
    }
}
