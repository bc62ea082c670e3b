package net.wpxliff.push;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Push asks only the post's own site what its post shows by id, at the REST root of the post's self link. */
class SourceSitesTest {
    private static MergedPost post(URI restRoot) {
        return new MergedPost(Path.of("a.ko.post.json"), Path.of("a.ko.json"), JsonNodeFactory.instance.objectNode(),
                "https://en.example", "5", "post", "a", null, SourceTerms.NONE, 0, JsonNodeFactory.instance.objectNode(), restRoot,
                null);
    }

    @Test
    void theRestRootComesFromTheSelfLink() {
        assertEquals(URI.create("https://en.example/wp-json/"), MergedPost.restRoot(self("https://en.example/wp-json/wp/v2/posts/5")));
        assertEquals(URI.create("https://en.example/blog/?rest_route=/"), MergedPost.restRoot(self("https://en.example/blog/?rest_route=/wp/v2/posts/5")));
        assertNull(MergedPost.restRoot(self("https://en.example/api/posts/5")), "no REST root there that push can tell");
        assertNull(MergedPost.restRoot(self("file:///etc/passwd")));
        assertNull(MergedPost.restRoot(JsonNodeFactory.instance.objectNode()));
    }

    private static ObjectNode self(String href) {
        ObjectNode post = JsonNodeFactory.instance.objectNode();
        post.putObject("_links").putArray("self").addObject().put("href", href);
        return post;
    }

    @Test
    void anotherHostIsNeverAsked() {
        SourceSites sources = new SourceSites(null, null);
        PushException refused = assertThrows(PushException.class, () -> sources.of(post(URI.create("http://169.254.169.254/wp-json/"))));
        assertTrue(refused.getMessage().contains("is not on its own site https://en.example"), refused.getMessage());
        assertTrue(assertThrows(PushException.class, () -> sources.of(post(null))).getMessage().contains("(no _links.self)"));
    }
}
