package net.wpxliff.pull;

import net.wpxliff.testing.TestWordPress;
import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.WpSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostArrayTest {
    @TempDir
    Path dir;

    /** A real collection answer is exactly "[" + its posts' bytes joined by "," + "]": nothing lost or added. */
    @Test
    void splitsARealAnswerIntoItsExactBytes() throws Exception {
        TestWordPress.Site site = TestWordPress.site("splitting a real REST answer");
        WpSite wp = WpSite.connect(site.base(), Credentials.resolve(site.writeAuthFile(dir)));
        byte[] body = wp.get("/wp/v2/posts", Map.of("per_page", "100", "context", "edit")).body();
        List<PulledPost> posts = PostArray.split(body);
        assertEquals(100, posts.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write('[');
        for (int i = 0; i < posts.size(); i++) {
            if (i > 0) joined.write(',');
            joined.write(posts.get(i).json());
        }
        joined.write(']');
        assertArrayEquals(body, joined.toByteArray());
        assertTrue(posts.stream().allMatch(p -> p.raw() && p.type().equals("post") && p.modifiedGmt() != null));
        // without _embed the posts link their terms but do not carry them: not in the form pull writes
        assertTrue(posts.stream().noneMatch(PulledPost::embedded));
        byte[] embedded = wp.get("/wp/v2/posts", Map.of("per_page", "5", "context", "edit", "_embed", PostFetcher.EMBED)).body();
        assertTrue(PostArray.split(embedded).stream().allMatch(PulledPost::embedded));
    }

    /**
     * A copy pulled before pull embedded terms (it links them, carries none) is fetched again once; a post with
     * nothing to embed (a page without terms or image) is in the form pull writes as it is.
     */
    @Test
    void aCopyWithoutItsTermsIsNotCurrent() throws Exception {
        String head = "{\"id\":7,\"type\":\"post\",\"slug\":\"a\",\"modified_gmt\":\"2024-01-01T00:00:00\","
                + "\"content\":{\"raw\":\"x\"}";
        String linked = ",\"_links\":{\"self\":[{\"href\":\"u\"}],\"wp:term\":[{\"taxonomy\":\"category\"}]}";
        String embedded = ",\"_embedded\":{\"wp:term\":[[{\"id\":3,\"slug\":\"news\",\"taxonomy\":\"category\"}]]}";
        PulledPost listed = new PulledPost(7, "post", "a", "2024-01-01T00:00:00", true, new byte[0], true).listedAs(true);
        for (String[] c : new String[][]{{head + linked + "}", "CHANGED"}, {head + linked + embedded + "}", "UNCHANGED"},
                {head + "}", "UNCHANGED"}, {head + ",\"_links\":{\"self\":[]}}", "UNCHANGED"}}) {
            Files.writeString(dir.resolve("a.json"), c[0]);
            assertEquals(PullFolder.State.valueOf(c[1]), new PullFolder(dir).plan(List.of(listed)).get(0).state(), c[0]);
        }
    }

    @Test
    void refusesWhatIsNotAListOfPosts() {
        assertThrows(PostArray.NotPosts.class, () -> PostArray.split("{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(PostArray.NotPosts.class, () -> PostArray.split("[1]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(PostArray.NotPosts.class, () -> PostArray.split("[{\"slug\":\"x\"}]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(PostArray.NotPosts.class, () -> PostArray.split("[{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
        String nan = assertThrows(PostArray.NotPosts.class,
                () -> PostArray.split("[{\"id\":NaN}]".getBytes(StandardCharsets.UTF_8))).getMessage();
        assertEquals("invalid JSON (NaN is not a JSON value (JSON has no NaN or Infinity): write a number or null)", nan,
                "plain words, not the JSON library's settings");
    }

    /** A draft without a slug is named by its type and id; slugs that are not UTF-8 once decoded stay as served. */
    @Test
    void namesWithoutSlugs() throws Exception {
        PulledPost draft = new PulledPost(12, "post", "", null, true, "{\"id\":12,\"type\":\"post\",\"slug\":\"\"}".getBytes(StandardCharsets.UTF_8), true);
        PulledPost odd = new PulledPost(13, "post", "%ff%fe", "x", true, "{\"id\":13,\"type\":\"post\",\"slug\":\"%ff%fe\",\"modified_gmt\":\"x\",\"content\":{\"raw\":\"\"}}".getBytes(StandardCharsets.UTF_8), true);
        List<PullFolder.Planned> planned = new PullFolder(dir).plan(List.of(draft, odd));
        assertEquals(dir.resolve("post-12.json"), planned.get(0).path());
        assertEquals(dir.resolve("%ff%fe.json"), planned.get(1).path());
        assertEquals(PullFolder.State.NEW, planned.get(0).state());
        new PullFolder(dir).write(planned);
        // no modified_gmt: never taken as unchanged
        assertEquals(PullFolder.State.CHANGED, new PullFolder(dir).plan(List.of(draft)).get(0).state());
        assertEquals(PullFolder.State.UNCHANGED, new PullFolder(dir).plan(List.of(odd)).get(0).state());
        assertFalse(Files.exists(dir.resolve("post-13.json")));
    }
}
