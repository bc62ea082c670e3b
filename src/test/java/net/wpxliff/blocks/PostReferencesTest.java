package net.wpxliff.blocks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synced patterns and navigation menus shown by id: found wherever the blocks are, mapped without touching the rest. */
class PostReferencesTest {
    private static List<Long> ids(String content) {
        return PostReferences.in(content).stream().map(PostReferences.Reference::sourceId).toList();
    }

    @Test
    void findsPatternsAndMenusInNestedBlocksInDocumentOrder() {
        String content = "<!-- wp:navigation {\"ref\":34,\"overlayMenu\":\"never\"} /-->\n\n"
                + "<!-- wp:group -->\n<div class=\"wp-block-group\"><!-- wp:block {\"ref\":12} /-->\n"
                + "<!-- wp:columns --><div><!-- wp:block {\"ref\":5} /--></div><!-- /wp:columns --></div>\n<!-- /wp:group -->";
        List<PostReferences.Reference> refs = PostReferences.in(content);
        assertEquals(List.of(34L, 12L, 5L), refs.stream().map(PostReferences.Reference::sourceId).toList());
        assertEquals(List.of("wp_navigation", "wp_block", "wp_block"), refs.stream().map(PostReferences.Reference::type).toList());
        assertEquals("<!-- wp:navigation {\"ref\":34} -->", refs.get(0).describe());
        String mapped = PostReferences.rewrite(content, refs, new long[]{7, 1234, 9});
        assertEquals(content.replace("{\"ref\":34,", "{\"ref\":7,").replace("{\"ref\":12}", "{\"ref\":1234}")
                .replace("{\"ref\":5}", "{\"ref\":9}"), mapped);
        assertEquals(List.of(7L, 1234L, 9L), ids(mapped));
    }

    @Test
    void readsTheRefAsWordPressDoesAndKeepsHowItIsWritten() {
        assertEquals(List.of(12L), ids("<!-- wp:block { \"ref\" : 12 } /-->"));
        String quoted = "<!-- wp:block {\"ref\":\"12\"} /-->";
        assertEquals(List.of(12L), ids(quoted));
        assertEquals("<!-- wp:block {\"ref\":\"40\"} /-->", PostReferences.rewrite(quoted, PostReferences.in(quoted), new long[]{40}));
        String escapedName = "<!-- wp:block {\"r\\u0065f\":9} /-->";
        assertEquals("<!-- wp:block {\"r\\u0065f\":77} /-->",
                PostReferences.rewrite(escapedName, PostReferences.in(escapedName), new long[]{77}));
        // PHP's json_decode keeps the last of a repeated member: each is mapped, so the last one still wins
        assertEquals(List.of(1L, 2L), ids("<!-- wp:block {\"ref\":1,\"ref\":2} /-->"));
        // a member named ref deeper down is some other attribute's
        assertEquals(List.of(7L), ids("<!-- wp:block {\"style\":{\"ref\":5},\"list\":[{\"ref\":6}],\"ref\":7} /-->"));
    }

    @Test
    void aRefThatIsNotAPostIdCannotBeMapped() {
        for (String value : List.of("0", "-3", "1.5", "1e3", "\"x\"", "\"1\\u0032\"", "{\"id\":3}", "null", "true", "99999999999999999999")) {
            assertEquals(List.of(-1L), ids("<!-- wp:block {\"ref\":" + value + "} /-->"), value);
        }
    }

    /** A menu link names its post by id where WordPress checks it (kind post-type, or type post or page). */
    @Test
    void menuLinksToPostsAreFoundWhereWordPressChecksTheirId() {
        String content = "<!-- wp:navigation-link {\"label\":\"About\",\"type\":\"page\",\"id\":12,\"url\":\"/about/\",\"kind\":\"post-type\"} /-->"
                + "<!-- wp:navigation-submenu {\"label\":\"News\",\"type\":\"post\",\"id\":\"7\",\"url\":\"/news/\"} -->"
                + "<!-- wp:navigation-link {\"label\":\"Shop\",\"type\":\"product\",\"id\":9,\"kind\":\"post-type\"} /-->"
                + "<!-- /wp:navigation-submenu -->"
                + "<!-- wp:navigation-link {\"label\":\"Rivers\",\"type\":\"category\",\"id\":3,\"kind\":\"taxonomy\"} /-->"
                + "<!-- wp:navigation-link {\"label\":\"Map\",\"id\":4,\"url\":\"https://maps.example/\",\"kind\":\"custom\"} /-->"
                + "<!-- wp:navigation-link {\"label\":\"Typeless\",\"id\":5,\"kind\":\"post-type\"} /-->";
        List<PostReferences.Reference> refs = PostReferences.in(content);
        assertEquals(List.of("page 12", "post 7", "product 9"), refs.stream().map(r -> r.type() + " " + r.sourceId()).toList());
        assertTrue(refs.stream().noneMatch(PostReferences.Reference::shows), "a link goes to a post; it does not show it");
        assertEquals("<!-- wp:navigation-link {\"id\":12} -->", refs.get(0).describe());
        assertEquals(content.replace("\"id\":12,", "\"id\":40,").replace("\"id\":\"7\"", "\"id\":\"41\"")
                .replace("\"id\":9,", "\"id\":42,"), PostReferences.rewrite(content, refs, new long[]{40, 41, 42}));
    }

    @Test
    void aQueryLoopsParentsAndExclusionsArePostsOfItsPostType() {
        String content = "<!-- wp:query {\"queryId\":1,\"query\":{\"postType\":\"page\",\"parents\":[12,\"13\",\"x\",0],"
                + "\"exclude\":[7],\"taxQuery\":{\"category\":[2]}}} -->\n<div></div>\n<!-- /wp:query -->"
                + "<!-- wp:query {\"query\":{\"exclude\":[5]}} /-->";
        List<PostReferences.Reference> refs = PostReferences.in(content);
        assertEquals(List.of("page 12", "page 13", "page 7", "post 5"), refs.stream().map(r -> r.type() + " " + r.sourceId()).toList());
        assertTrue(refs.stream().allMatch(r -> r.filters() && !r.shows()), "a post list is chosen by them; it shows no post by id");
        assertEquals(content.replace("[12,\"13\"", "[40,\"41\"").replace("[7]", "[42]").replace("[5]", "[43]"),
                PostReferences.rewrite(content, refs, new long[]{40, 41, 42, 43}), "only the digits; a term id stays");
    }

    @Test
    void aPageListsParentIsAPage() {
        String content = "<!-- wp:page-list {\"parentPageID\":12,\"isNested\":true} /-->\n"
                + "<!-- wp:page-list {\"parentPageID\":\"13\"} /-->\n<!-- wp:page-list {\"parentPageID\":0} /-->\n"
                + "<!-- wp:page-list /-->\n<!-- wp:page-list {\"parentPageID\":5,\"parentPageID\":6} /-->";
        List<PostReferences.Reference> refs = PostReferences.in(content);
        assertEquals(List.of("page 12", "page 13", "page 6"), refs.stream().map(r -> r.type() + " " + r.sourceId()).toList(),
                "0 lists every page; a repeated member counts as WordPress reads it, the last");
        assertTrue(refs.stream().allMatch(r -> r.filters() && !r.shows()), "it chooses the pages listed; it shows no post");
        assertEquals("<!-- wp:page-list {\"parentPageID\":12} -->", refs.get(0).describe());
        assertEquals(content.replace(":12,", ":40,").replace("\"13\"", "\"41\"").replace(":6}", ":42}"),
                PostReferences.rewrite(content, refs, new long[]{40, 41, 42}));
    }

    @Test
    void otherBlocksAndUnreadableJsonHaveNone() {
        assertTrue(PostReferences.in("<p>ref 12</p>").isEmpty());
        assertTrue(PostReferences.in("<!-- wp:paragraph {\"ref\":3} -->\n<p>x</p>\n<!-- /wp:paragraph -->").isEmpty());
        assertTrue(PostReferences.in("<!-- wp:my-plugin/block {\"ref\":3} /-->").isEmpty());
        assertTrue(PostReferences.in("<!-- wp:block {\"ref\":3,} /-->").isEmpty(), "WordPress decodes no attributes");
        assertTrue(PostReferences.in("<!-- wp:block /-->").isEmpty());
    }
}
