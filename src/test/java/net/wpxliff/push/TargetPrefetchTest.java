package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.testing.FakeWordPress;
import net.wpxliff.wp.WpSite;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What push may take from the batches without asking again, and what it must still ask for: the prefetch is a
 * shortcut only, so whatever it cannot answer for certain is null (ask the site).
 */
class TargetPrefetchTest {
    private static final String ROUTE = "/wp/v2/posts";

    private static String post(long id, String slug) {
        return "{\"id\":" + id + ",\"slug\":\"" + slug + "\",\"status\":\"draft\",\"title\":{\"raw\":\"T" + id + "\"}}";
    }

    private static Set<Long> ids(Long... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }

    private static Set<String> slugs(String... slugs) {
        return new LinkedHashSet<>(List.of(slugs));
    }

    @Test
    void recordedIdsComeInOneRequestAndEachIsTakenOnce() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route(ROUTE, (ex, q) -> {
                assertEquals("5,6", q.get("include"));
                assertEquals("any", q.get("status"));
                assertEquals("edit", q.get("context"));
                assertEquals("ko", q.get("lang"), "the push's --param on every GET");
                FakeWordPress.send(ex, 200, "application/json", "[" + post(5, "a") + "]"); // 6 is in the trash
            });
            WpSite wp = WpSite.connect(site.url(), null);
            TargetPrefetch prefetch = TargetPrefetch.fetch(wp, Map.of("lang", "ko"), Map.of(ROUTE, ids(5L, 6L)), Map.of());
            assertEquals(1, site.requests(ROUTE));
            JsonNode five = prefetch.takeById(ROUTE, 5);
            assertNotNull(five);
            assertEquals("T5", five.path("title").path("raw").asText());
            assertNull(prefetch.takeById(ROUTE, 5), "taken once: a second body for the same target asks the site");
            assertNull(prefetch.takeById(ROUTE, 6), "not returned: asked for on its own");
        }
    }

    @Test
    void slugsAreKnownOnlyWhenEveryReturnedPostIsExplained() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route(ROUTE, (ex, q) -> {
                String body = switch (q.get("slug")) {
                    // "Mixed Case" comes back as WordPress cleans it: which requested slug it answers is not known
                    case "a,b,Mixed Case" -> "[" + post(1, "a") + "," + post(2, "mixed-case") + "]";
                    case "c,d" -> "[" + post(3, "c") + "," + post(4, "c") + "]";
                    default -> "[]";
                };
                FakeWordPress.send(ex, 200, "application/json", body);
            });
            WpSite wp = WpSite.connect(site.url(), null);
            TargetPrefetch unsure = TargetPrefetch.fetch(wp, Map.of(), Map.of(), Map.of(ROUTE, slugs("a", "b", "Mixed Case")));
            assertEquals(1, unsure.takeBySlug(ROUTE, "a").size());
            assertNull(unsure.takeBySlug(ROUTE, "b"), "maybe the post that came back under another spelling");
            assertNull(unsure.takeBySlug(ROUTE, "Mixed Case"));

            TargetPrefetch sure = TargetPrefetch.fetch(wp, Map.of(), Map.of(), Map.of(ROUTE, slugs("c", "d")));
            assertEquals(2, sure.takeBySlug(ROUTE, "c").size(), "two posts with the slug: push refuses to guess");
            assertEquals(List.of(), sure.takeBySlug(ROUTE, "d"), "every post returned explained: none has slug d");
        }
    }

    @Test
    void aFailedOrIncompleteBatchAnswersNothing() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route(ROUTE, (ex, q) -> {
                if (q.containsKey("include")) {
                    FakeWordPress.sendError(ex, 400, "rest_invalid_param", "Invalid parameter(s): include");
                    return;
                }
                ex.getResponseHeaders().add("X-WP-TotalPages", "2"); // more than a page: not every match is here
                FakeWordPress.send(ex, 200, "application/json", "[" + post(1, "a") + "]");
            });
            WpSite wp = WpSite.connect(site.url(), null);
            TargetPrefetch prefetch = TargetPrefetch.fetch(wp, Map.of(), Map.of(ROUTE, ids(1L)), Map.of(ROUTE, slugs("a")));
            assertNull(prefetch.takeById(ROUTE, 1));
            assertNull(prefetch.takeBySlug(ROUTE, "a"));
        }
    }

    @Test
    void manySlugsGoInSeveralBatches() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route(ROUTE, (ex, q) -> {
                assertTrue(q.get("slug").split(",").length <= TargetPrefetch.BATCH, q.get("slug"));
                FakeWordPress.send(ex, 200, "application/json", "[]");
            });
            Set<String> many = new LinkedHashSet<>();
            for (int i = 0; i < 250; i++) many.add("slug-" + i);
            TargetPrefetch prefetch = TargetPrefetch.fetch(WpSite.connect(site.url(), null), Map.of(), Map.of(),
                    Map.of(ROUTE, many));
            assertEquals(3, site.requests(ROUTE));
            assertEquals(List.of(), prefetch.takeBySlug(ROUTE, "slug-249"));
        }
    }
}
