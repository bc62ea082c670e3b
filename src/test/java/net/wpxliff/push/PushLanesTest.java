package net.wpxliff.push;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies that may reach the same target post share a lane; the others may go at once. */
class PushLanesTest {
    private static MergedPost post(String type, String slug) {
        return new MergedPost(Path.of(slug + ".ko.post.json"), Path.of(slug + ".ko.json"), JsonNodeFactory.instance.objectNode(),
                "https://en.example", "1", type, slug, null, SourceTerms.NONE, 0, JsonNodeFactory.instance.objectNode(), null,
                null);
    }

    @Test
    void sameSlugOrSameRecordedPostShareALane() {
        List<MergedPost> posts = Arrays.asList(
                post("post", "a"),      // 0
                post("post", "b"),      // 1: recorded as 7
                post("page", "a"),      // 2: another type, another target
                post("post", "A"),      // 3: slugs are compared as WordPress does, without case
                null,                   // 4: unreadable: alone
                post("post", "c"),      // 5: recorded as 7, like 1
                post("post", null),     // 6: no slug, no record: a new post of its own
                post("post", "c"));     // 7: same slug as 5, so with 1 too
        List<Long> recorded = Arrays.asList(null, 7L, null, null, null, 7L, null, null);
        assertEquals(List.of(List.of(0, 3), List.of(1, 5, 7), List.of(2), List.of(4), List.of(6)), PushLanes.of(posts, recorded));
    }

    @Test
    void distinctPostsEachHaveALane() {
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)),
                PushLanes.of(List.of(post("post", "x"), post("post", "y"), post("post", "z")), Arrays.asList(null, 1L, 2L)));
    }
}
