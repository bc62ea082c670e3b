package net.wpxliff.pull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What pull follows: the patterns and menus raw posts show and the pull did not get; not a menu link's page. */
class ReferencedPostsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PullFolder.Planned planned(long id, String type, boolean raw, String content) throws Exception {
        ObjectNode post = JSON.createObjectNode().put("id", id).put("type", type);
        post.putObject("content").put(raw ? "raw" : "rendered", content);
        byte[] json = JSON.writeValueAsBytes(post);
        return new PullFolder.Planned(new PulledPost(id, type, "p" + id, null, raw, json, true), Path.of("p" + id + ".json"),
                PullFolder.State.NEW);
    }

    @Test
    void followsWhatRawPostsShowAndTheyDoNotHave() throws Exception {
        List<PullFolder.Planned> posts = List.of(
                planned(1, "post", true, "<!-- wp:block {\"ref\":5} /-->\n<!-- wp:navigation {\"ref\":7} /-->"
                        + "<!-- wp:navigation-link {\"type\":\"page\",\"id\":9,\"kind\":\"post-type\"} /-->"),
                planned(5, "wp_block", true, "<!-- wp:block {\"ref\":6} /-->"),
                planned(2, "post", false, "<!-- wp:block {\"ref\":8} /-->")); // rendered: the pattern's text is in it
        assertEquals(Map.of("wp_block", Set.of(6L), "wp_navigation", Set.of(7L)), ReferencedPosts.missing(posts, Set.of()));
        assertEquals(Map.of("wp_block", Set.of(6L)), ReferencedPosts.missing(posts, Set.of(7L)), "asked for before: not again");
    }

    @Test
    void onlyPostsNamingSuchABlockAreParsed() throws Exception {
        assertFalse(ReferencedPosts.mayRefer("{\"content\":{\"raw\":\"<!-- wp:paragraph --><p>x</p>\"}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(ReferencedPosts.mayRefer("{\"content\":{\"raw\":\"<!-- wp:block {\\\"ref\\\":5} /-->\"}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(ReferencedPosts.mayRefer("<!-- wp:core/navigation {} /-->".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<p>x</p>", ReferencedPosts.rawContent("[{\"id\":1,\"content\":{\"rendered\":\"r\",\"raw\":\"<p>x</p>\"}}]"
                .getBytes(StandardCharsets.UTF_8)), "the first post of an array, its raw content");
    }
}
