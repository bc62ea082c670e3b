package net.wpxliff.blocks;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The merge-side block check: same names, nesting, delimiters and attributes, except translated attribute values. */
class BlockTreeCheckTest {
    private static final String SOURCE = "<!-- wp:group {\"className\":\"box\"} --><div><!-- wp:search {\"label\":\"Search\","
            + "\"buttonText\":\"Go\"} /--><!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph --></div><!-- /wp:group -->";

    private static String check(String merged, String... translated) {
        return BlockTreeCheck.difference(SOURCE, merged, Set.of(translated), "content");
    }

    @Test
    void translatedAttributesAndHtmlMayChange() {
        assertNull(check(SOURCE));
        assertNull(check(SOURCE.replace("\"Search\"", "\"\\uac80\\uc0c9\"").replace("<p>Hi</p>", "<p>안녕</p>"),
                "content/wp:group[1]/wp:search[1]/@label"));
    }

    @Test
    void everythingElseMayNot() {
        assertEquals("content/wp:group[1]/wp:search[1]/@label: changed from the source",
                check(SOURCE.replace("\"Search\"", "\"Find\"")));
        assertEquals("content/wp:group[1]/@className: changed from the source",
                check(SOURCE.replace("\"box\"", "\"evil\"")));
        assertEquals("content/wp:group[1]/wp:search[1]: its attributes differ from the source's",
                check(SOURCE.replace("\"Go\"}", "\"Go\",\"x\":1}"), "content/wp:group[1]/wp:search[1]/@label"));
        assertEquals("content/wp:group[1]/wp:search[1]/@label: a translated attribute is no longer a string",
                check(SOURCE.replace("\"Search\"", "1"), "content/wp:group[1]/wp:search[1]/@label"));
        assertEquals("content/wp:group[1]: the translation has 1 blocks here, the source 2",
                check(SOURCE.replace("<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->", "<p>Hi</p>")));
        assertEquals("content/wp:group[1]/wp:paragraph[1]: block core/heading where the source has core/paragraph",
                check(SOURCE.replace("wp:paragraph", "wp:heading")));
        assertEquals("content/wp:group[1]/wp:search[1]: its delimiters differ from the source's (self-closing, or closed)",
                check(SOURCE.replace("\"Go\"} /-->", "\"Go\"} --><!-- /wp:search -->")));
        assertEquals("content/wp:group[1]/wp:search[1]: its attribute JSON no longer decodes",
                check(SOURCE.replace("\"Go\"}", "\"Go\",}")));
        assertEquals("content: the translation has 2 blocks here, the source 1",
                check(SOURCE + "<!-- wp:separator /-->"));
    }

    private static final String NAVIGATION = "<!-- wp:navigation --><!-- wp:navigation-link {\"label\":\"About\","
            + "\"url\":\"https://site.example/about/\",\"kind\":\"custom\"} /--><!-- /wp:navigation -->";
    private static final String URL_KEY = "content/wp:navigation[1]/wp:navigation-link[1]/@url";
    private static final Map<String, String> LOCALIZED = Map.of(URL_KEY, "https://site.example/ko/about/");

    @Test
    void aLocalizedLinkMayHoldExactlyItsLocalizedValue() {
        String localized = NAVIGATION.replace("/about/", "/ko/about/");
        assertNull(BlockTreeCheck.difference(NAVIGATION, localized, Set.of(), LOCALIZED, "content"));
        assertNull(BlockTreeCheck.difference(NAVIGATION, localized.replace("https://site.example/ko/about/",
                "https:\\/\\/site.example\\/ko\\/about\\/"), Set.of(), LOCALIZED, "content"),
                "any JSON spelling of the same value");
        assertEquals(URL_KEY + ": changed from the source",
                BlockTreeCheck.difference(NAVIGATION, localized, Set.of(), Map.of(), "content"), "not localized by merge");
    }

    @Test
    void aLocalizedLinkAllowsNoOtherChange() {
        assertEquals(URL_KEY + ": not the localized link \"https://site.example/ko/about/\"",
                BlockTreeCheck.difference(NAVIGATION, NAVIGATION.replace("/about/", "/evil/"), Set.of(), LOCALIZED, "content"));
        assertEquals(URL_KEY + ": not the localized link \"https://site.example/ko/about/\"",
                BlockTreeCheck.difference(NAVIGATION, NAVIGATION.replace("\"https://site.example/about/\"", "1"),
                        Set.of(), LOCALIZED, "content"));
        assertEquals("content/wp:navigation[1]/wp:navigation-link[1]/@kind: changed from the source",
                BlockTreeCheck.difference(NAVIGATION, NAVIGATION.replace("/about/", "/ko/about/").replace("custom", "post-type"),
                        Set.of(), LOCALIZED, "content"));
        assertEquals("content/wp:navigation[1]/wp:navigation-link[1]: its attributes differ from the source's",
                BlockTreeCheck.difference(NAVIGATION, NAVIGATION.replace("/about/\"", "/ko/about/\",\"rel\":\"x\""),
                        Set.of(), LOCALIZED, "content"));
    }
}
