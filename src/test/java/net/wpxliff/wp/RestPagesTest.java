package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import net.wpxliff.testing.FakeWordPress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging through a small collection: where it stops, and what it sends. */
class RestPagesTest {
    private static final HttpTransport.Settings FAST = new HttpTransport.Settings(Duration.ofSeconds(2), Duration.ofMillis(800),
            1, Duration.ofMillis(10), Duration.ofSeconds(2), 64 * 1024);

    private static WpSite connect(FakeWordPress site) throws WpException {
        return WpSite.connect(site.url(), null, new HttpTransport(FAST));
    }

    /** A list of {@code count} objects numbered from {@code first}, with the total of pages when one is given. */
    private static void page(HttpExchange exchange, int first, int count, Integer totalPages) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) json.append(i == 0 ? "" : ",").append("{\"id\":").append(first + i).append('}');
        if (totalPages != null) exchange.getResponseHeaders().add("X-WP-TotalPages", totalPages.toString());
        FakeWordPress.send(exchange, 200, "application/json", json.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int number(Map<String, String> query) {
        return Integer.parseInt(query.get("page"));
    }

    @Test
    void asksPageAfterPageUntilAShortOneWithTheQuery() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            List<Map<String, String>> asked = new CopyOnWriteArrayList<>();
            site.route("/wp/v2/menu-items", (ex, q) -> {
                asked.add(q);
                page(ex, (number(q) - 1) * 100, number(q) < 3 ? 100 : 7, 9);
            });
            List<JsonNode> all = RestPages.all(connect(site), "/wp/v2/menu-items",
                    Map.of("menus", "4"));
            assertEquals(207, all.size());
            assertEquals(206, all.get(206).path("id").asInt());
            assertEquals(3, asked.size(), "a short page is the last, whatever the total says");
            assertEquals(Map.of("menus", "4", "per_page", "100", "page", "3"), asked.get(2));
        }
    }

    @Test
    void stopsAtTheLastPageTheSiteCountsAndAtPageOneWithoutACount() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/menus", (ex, q) -> page(ex, 0, 100, 2));
            site.route("/wp/v2/menu-items", (ex, q) -> page(ex, 0, 100, null));
            WpSite wp = connect(site);
            assertEquals(200, RestPages.all(wp, "/wp/v2/menus", Map.of()).size());
            assertEquals(2, site.requests("/wp/v2/menus"));
            assertEquals(100, RestPages.all(wp, "/wp/v2/menu-items", Map.of()).size());
            assertEquals(1, site.requests("/wp/v2/menu-items"));
        }
    }

    /** A site that ignores {@code page} and always says there are more: a bounded number of requests. */
    @Test
    void asksForAtMostAHundredPages() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/menu-items", (ex, q) -> page(ex, 0, 100, 1000));
            assertEquals(100 * RestPages.MAX_PAGES, RestPages.all(connect(site), "/wp/v2/menu-items", Map.of()).size());
            assertEquals(RestPages.MAX_PAGES, site.requests("/wp/v2/menu-items"));
        }
    }

    @Test
    void anObjectIsNoPage() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/menus", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":1}"));
            WpException e = assertThrows(WpException.class, () -> RestPages.all(connect(site), "/wp/v2/menus", Map.of()));
            assertTrue(e.getMessage().endsWith("/wp-json/wp/v2/menus?per_page=100&page=1: the answer is not a list"), e.getMessage());
        }
    }
}
