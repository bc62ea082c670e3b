package net.wpxliff.push;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a text found on the Korean site without a push record entry may be for the translation to replace it: empty,
 * the English text, WordPress's own default, or (a title) the English one marked with the site's language; never a
 * text that may be an editor's.
 */
class LosslessReplacementTest {

    @Test
    void aTermsNameIsReplacedWhenItIsTheEnglishOrTheDefaultCategorys() {
        assertTrue(LosslessReplacement.ofTerm("category", "name", "River &amp; Science", "River &amp; Science"));
        assertTrue(LosslessReplacement.ofTerm("category", "name", "River &amp; Science", "River & Science"), "as text");
        assertTrue(LosslessReplacement.ofTerm("category", "name", "Uncategorized", "General"), "WordPress's, in English");
        assertTrue(LosslessReplacement.ofTerm("category", "name", "미분류", "General"), "and in the Korean locale");
        assertTrue(LosslessReplacement.ofTerm("post_tag", "description", "", "About floods"), "nothing there");
        assertFalse(LosslessReplacement.ofTerm("post_tag", "name", "Uncategorized", "Floods"), "no tag is WordPress's");
        assertFalse(LosslessReplacement.ofTerm("category", "name", "강 과학", "River Science"), "an editor's");
        assertFalse(LosslessReplacement.ofTerm("category", "name", "River science", "River Science"), "exactly the English");
    }

    @Test
    void aTaglineIsReplacedWhenItIsEmptyTheEnglishOrWordPresssDefault() {
        assertTrue(LosslessReplacement.ofSettings("description", "", "Rivers, explained", "ko_KR"));
        assertTrue(LosslessReplacement.ofSettings("description", "Rivers, explained", "Rivers, explained", "ko_KR"));
        assertTrue(LosslessReplacement.ofSettings("description", "Just another WordPress site", "Rivers", "ko_KR"));
        assertTrue(LosslessReplacement.ofSettings("description", "Just another Test Network site", "Rivers", "ko_KR"));
        assertTrue(LosslessReplacement.ofSettings("description", "다른 워드프레스 사이트", "Rivers", "ko_KR"));
        assertFalse(LosslessReplacement.ofSettings("description", "강을 설명합니다", "Rivers, explained", "ko_KR"));
    }

    @Test
    void aTitleIsReplacedWhenItIsTheEnglishMarkedWithTheSitesLanguage() {
        for (String there : new String[]{"Test Blog (ko)", "Test Blog", "Test Blog [KO]", "Test Blog – Korean",
                "Test Blog 한국어", "Test Blog | ko_KR", "Test &amp; Blog (ko)"}) {
            String source = there.contains("&amp;") ? "Test &amp; Blog" : "Test Blog";
            assertTrue(LosslessReplacement.ofSettings("title", there, source, "ko_KR"), there);
        }
        for (String there : new String[]{"테스트 블로그", "Test Blog 코리아", "Test Blogko", "Test Blog (ja)", "My Test Blog (ko)"}) {
            assertFalse(LosslessReplacement.ofSettings("title", there, "Test Blog", "ko_KR"), there);
        }
    }
}
