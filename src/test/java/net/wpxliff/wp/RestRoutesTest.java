package net.wpxliff.wp;

import net.wpxliff.testing.FakeWordPress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The routes of types and taxonomies that pull and push share: which the site's lists give, and asked for once. */
class RestRoutesTest {
    private static final HttpTransport.Settings FAST = new HttpTransport.Settings(Duration.ofSeconds(2), Duration.ofMillis(800),
            1, Duration.ofMillis(10), Duration.ofSeconds(2), 64 * 1024);

    private static WpSite connect(FakeWordPress site) throws WpException {
        return WpSite.connect(site.url(), null, new HttpTransport(FAST));
    }

    private static FakeWordPress.Handler answer(String json) {
        return (ex, q) -> FakeWordPress.send(ex, 200, "application/json", json);
    }

    @Test
    void eachListGivesItsRoutesAndIsAskedForOnce() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/types", answer("{\"page\":{\"rest_base\":\"pages\"},"
                    + "\"book\":{\"rest_base\":\"books\",\"rest_namespace\":\"library/v1\"},\"note\":{\"rest_base\":\"Notes\"}}"));
            site.route("/wp/v2/taxonomies", answer("{\"category\":{\"rest_base\":\"categories\",\"rest_namespace\":\"wp/v2\"}}"));
            RestRoutes routes = new RestRoutes(connect(site));
            assertEquals("/wp/v2/pages", routes.ofType("page"));
            assertEquals("/library/v1/books", routes.ofType("book"), "a plugin's namespace");
            assertEquals("/wp/v2/Notes", routes.ofType("note"), "a type's base may have capitals");
            assertNull(routes.ofType("post"), "not listed");
            assertEquals("/wp/v2/categories", routes.ofTaxonomy("category"));
            assertNull(routes.ofTaxonomy("page"), "the lists are apart");
            assertEquals(1, site.requests("/wp/v2/types"));
            assertEquals(1, site.requests("/wp/v2/taxonomies"));
        }
    }

    /** What would make another route, or another URL, is none: the strictest check any reader of these lists had. */
    @Test
    void aBaseOrNamespaceThatIsNotPlainPathSegmentsGivesNoRoute() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/types", answer("{\"nested\":{\"rest_base\":\"books/1\"},\"empty\":{\"rest_base\":\"\"},"
                    + "\"none\":{},\"query\":{\"rest_base\":\"books?x=1\"},\"odd\":{\"rest_base\":\"books\",\"rest_namespace\":\"../v1\"}}"));
            site.route("/wp/v2/taxonomies", answer("{\"genre\":{\"rest_base\":\"Genres\"},"
                    + "\"upper\":{\"rest_base\":\"genres\",\"rest_namespace\":\"Shop/v1\"}}"));
            RestRoutes routes = new RestRoutes(connect(site));
            for (String type : List.of("nested", "empty", "none", "query", "odd")) assertNull(routes.ofType(type), type);
            assertNull(routes.ofTaxonomy("genre"), "a taxonomy's base is lower case");
            assertNull(routes.ofTaxonomy("upper"), "a namespace is lower case");
        }
    }

    @Test
    void theQueryGoesWithBothLists() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            List<String> languages = new CopyOnWriteArrayList<>();
            FakeWordPress.Handler empty = (ex, q) -> {
                languages.add(q.get("lang"));
                FakeWordPress.send(ex, 200, "application/json", "[]"); // PHP's empty map
            };
            site.route("/wp/v2/types", empty);
            site.route("/wp/v2/taxonomies", empty);
            RestRoutes routes = new RestRoutes(connect(site), Map.of("lang", "ko"));
            assertNull(routes.ofType("page"));
            assertNull(routes.ofTaxonomy("category"));
            assertEquals(List.of("ko", "ko"), languages);
        }
    }

    @Test
    void aFailureIsKeptAndGivenAgainWithoutAsking() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            // no /wp/v2/taxonomies (a plugin turned it off): rest_no_route
            site.route("/wp/v2/types", answer("\"types\""));
            RestRoutes routes = new RestRoutes(connect(site));
            WpException missing = assertThrows(WpException.class, () -> routes.ofTaxonomy("genre"));
            assertSame(missing, assertThrows(WpException.class, () -> routes.ofTaxonomy("topic")));
            assertEquals(1, site.requests("/wp/v2/taxonomies"));
            WpException notAList = assertThrows(WpException.class, () -> routes.ofType("book"));
            assertSame(notAList, assertThrows(WpException.class, () -> routes.ofType("page")));
            assertEquals(1, site.requests("/wp/v2/types"));
        }
    }
}
