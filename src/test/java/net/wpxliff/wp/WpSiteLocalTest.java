package net.wpxliff.wp;

import net.wpxliff.testing.FakeWordPress;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST client against a local stand-in site: discovery, retries, limits and the errors it explains. */
class WpSiteLocalTest {
    /** Short timeouts and backoff, so that the retries take milliseconds. */
    private static final HttpTransport.Settings FAST = new HttpTransport.Settings(Duration.ofSeconds(2), Duration.ofMillis(800),
            3, Duration.ofMillis(10), Duration.ofSeconds(2), 64 * 1024);
    private static final String PASSWORD = "abcd efgh ijkl mnop";

    private static WpSite connect(FakeWordPress site, Credentials credentials) throws WpException {
        return WpSite.connect(site.url(), credentials, new HttpTransport(FAST));
    }

    private static Credentials admin(Path dir) throws Exception {
        return Credentials.resolve(null, Map.of("WPXLIFF_USER", "admin", "WPXLIFF_APP_PASSWORD", PASSWORD));
    }

    @Test
    void findsTheRootFromTheLinkHeader() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[]"));
            WpSite wp = connect(site, null);
            assertEquals(site.url() + "/wp-json/", wp.root().toString());
            assertFalse(wp.authenticated());
            WpSite.Response r = wp.get("/wp/v2/posts", Map.of("per_page", "1"));
            assertEquals(site.url() + "/wp-json/wp/v2/posts?per_page=1", r.uri().toString());
            // given the root itself, with or without the final slash
            assertEquals(wp.root(), WpSite.connect(site.url() + "/wp-json", null, new HttpTransport(FAST)).root());
        }
    }

    @Test
    void usesRestRouteWhenPrettyPermalinksAreOff() throws Exception {
        try (FakeWordPress site = new FakeWordPress().plainPermalinks()) {
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[]"));
            WpSite wp = connect(site, null);
            assertEquals(site.url() + "/?rest_route=/", wp.root().toString());
            WpSite.Response r = wp.get("/wp/v2/posts", Map.of("page", "2"));
            assertEquals(site.url() + "/?rest_route=/wp/v2/posts&page=2", r.uri().toString());
            assertEquals(1, site.requests("/wp/v2/posts"));
        }
    }

    @Test
    void aSiteThatIsNotWordPressIsSaidToBeSo() throws Exception {
        try (FakeWordPress site = new FakeWordPress().notWordPress()) {
            WpException e = assertThrows(WpException.class, () -> connect(site, null));
            assertTrue(e.getMessage().startsWith(site.url() + ": not a WordPress REST root"), e.getMessage());
            assertTrue(e.getMessage().contains(site.url() + "/wp-json/ HTML, not JSON"), e.getMessage());
            assertTrue(e.getMessage().contains("?rest_route=/ HTML, not JSON"), e.getMessage());
        }
    }

    @Test
    void onlyHttpAndNoCredentialsInTheUrl() {
        for (String bad : new String[]{"ftp://example.org/", "file:///etc/passwd", "example.org", "javascript:alert(1)"}) {
            WpException e = assertThrows(WpException.class, () -> WpSite.connect(bad, null, new HttpTransport(FAST)), bad);
            assertTrue(e.getMessage().contains("only http:// and https://") || e.getMessage().contains("not a URL"), e.getMessage());
        }
        WpException e = assertThrows(WpException.class, () -> WpSite.connect("https://admin:secret@example.org/", null,
                new HttpTransport(FAST)));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertTrue(e.getMessage().contains("WPXLIFF_APP_PASSWORD"), e.getMessage());
    }

    @Test
    void retriesServerErrorsThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                if (calls.incrementAndGet() <= 2) FakeWordPress.sendError(ex, 503, "busy", "Try later");
                else FakeWordPress.send(ex, 200, "application/json", "[]");
            });
            assertEquals(200, connect(site, null).get("/wp/v2/posts", Map.of()).status());
            assertEquals(3, site.requests("/wp/v2/posts"));
        }
    }

    @Test
    void givesUpAfterABoundedNumberOfRetries() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                ex.getResponseHeaders().add("Retry-After", "0");
                FakeWordPress.send(ex, 500, "text/html", "<p>There has been a critical error on this website.</p>");
            });
            WpException e = assertThrows(WpException.class, () -> connect(site, null).get("/wp/v2/posts", Map.of()));
            assertEquals(4, site.requests("/wp/v2/posts"), "one try and three retries");
            assertEquals(500, e.status());
            assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("critical error")
                    && e.getMessage().contains("tried up to 4 times") && e.getMessage().contains(site.url() + "/wp-json/wp/v2/posts"), e.getMessage());
        }
    }

    /** 501 (e.g. a server that does not implement HEAD) cannot pass by waiting: asked once, not after 3.5 s of backoff. */
    @Test
    void lastingServerErrorsAreNotRetried() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.send(ex, 501, "text/html", "<p>Not Implemented</p>"));
            WpException e = assertThrows(WpException.class, () -> connect(site, null).get("/wp/v2/posts", Map.of()));
            assertEquals(1, site.requests("/wp/v2/posts"));
            assertTrue(e.getMessage().contains("HTTP 501") && e.getMessage().contains("not retried"), e.getMessage());
        }
        assertTrue(HttpTransport.mayPass(500) && HttpTransport.mayPass(502) && HttpTransport.mayPass(503)
                && HttpTransport.mayPass(504) && HttpTransport.mayPass(429) && HttpTransport.mayPass(522));
        assertFalse(HttpTransport.mayPass(501) || HttpTransport.mayPass(505) || HttpTransport.mayPass(511)
                || HttpTransport.mayPass(404) || HttpTransport.mayPass(400));
    }

    @Test
    void postIsNotSentTwiceUnlessTheSiteSaysSo() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":1}"));
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.sendError(ex, 500, "boom", "Failed"));
            site.route("/wp/v2/pages", (ex, q) -> {
                if (calls.incrementAndGet() == 1) {
                    ex.getResponseHeaders().add("Retry-After", "0");
                    FakeWordPress.sendError(ex, 429, "too_many", "Slow down");
                } else {
                    FakeWordPress.send(ex, 201, "application/json", "{\"id\":7}");
                }
            });
            WpSite wp = connect(site, admin(null));
            WpException failed = assertThrows(WpException.class, () -> wp.post("/wp/v2/posts", "{}".getBytes(StandardCharsets.UTF_8)));
            assertTrue(failed.getMessage().contains("POST " + site.url() + "/wp-json/wp/v2/posts: HTTP 500 boom: Failed")
                    && failed.getMessage().contains("not sent again"), failed.getMessage());
            assertEquals(1, site.requests("/wp/v2/posts"), "a POST that may have acted is not repeated");
            assertEquals(201, wp.post("/wp/v2/pages", "{}".getBytes(StandardCharsets.UTF_8)).status());
            assertEquals(2, site.requests("/wp/v2/pages"), "429 with Retry-After is retried");
        }
    }

    @Test
    void wordPressErrorsAreEchoedWithCodeAndMessage() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.send(ex, 400, "application/json",
                    "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): per_page\",\"data\":{\"status\":400,"
                            + "\"params\":{\"per_page\":\"per_page must be between 1 (inclusive) and 100 (inclusive)\"}}}"));
            site.route("/wp/v2/posts/9", (ex, q) -> FakeWordPress.sendError(ex, 404, "rest_post_invalid_id", "Invalid post ID."));
            WpSite wp = connect(site, null);
            WpException invalid = assertThrows(WpException.class, () -> wp.get("/wp/v2/posts", Map.of("per_page", "500")));
            assertEquals("rest_invalid_param", invalid.code());
            assertEquals(400, invalid.status());
            assertTrue(invalid.getMessage().contains("HTTP 400 rest_invalid_param: Invalid parameter(s): per_page (per_page: per_page"
                    + " must be between 1 (inclusive) and 100 (inclusive))"), invalid.getMessage());
            WpException missing = assertThrows(WpException.class, () -> wp.get("/wp/v2/posts/9", Map.of()));
            assertEquals("rest_post_invalid_id", missing.code());
            assertTrue(missing.getMessage().contains("Invalid post ID.") && missing.getMessage().contains("no post with this id"),
                    missing.getMessage());
            assertEquals(site.url() + "/wp-json/wp/v2/posts/9", missing.url().toString());
            WpException noRoute = assertThrows(WpException.class, () -> wp.get("/wp/v2/nope", Map.of()));
            assertTrue(noRoute.getMessage().contains("rest_no_route") && noRoute.getMessage().contains("--type"), noRoute.getMessage());
        }
    }

    @Test
    void anHtmlAnswerIsNotJson() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.send(ex, 200, "text/html", "<!DOCTYPE html><title>Maintenance</title>"));
            site.route("/wp/v2/pages", (ex, q) -> FakeWordPress.send(ex, 200, "application/json",
                    "<br />\n<b>Warning</b>:  Undefined variable $x in <b>/var/www/functions.php</b> on line <b>3</b><br />\n[]"));
            WpSite wp = connect(site, null);
            WpException html = assertThrows(WpException.class, () -> wp.get("/wp/v2/posts", Map.of()));
            assertTrue(html.getMessage().contains("the answer is HTML") && html.getMessage().contains("Maintenance"), html.getMessage());
            WpException php = assertThrows(WpException.class, () -> wp.get("/wp/v2/pages", Map.of()));
            assertTrue(php.getMessage().contains("PHP printed a warning"), php.getMessage());
        }
    }

    @Test
    void refusedCredentialsSayWhatToDo() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.sendError(ex, 401, "rest_not_logged_in", "You are not currently logged in."));
            WpException e = assertThrows(WpException.class, () -> connect(site, admin(null)));
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains(site.url() + "/wp-json/wp/v2/users/me") && e.getMessage().contains("user admin")
                    && e.getMessage().contains("Application Password") && e.getMessage().contains("WP_ENVIRONMENT_TYPE"), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
        }
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.sendError(ex, 401, "rest_forbidden_context",
                    "Sorry, you are not allowed to edit posts in this post type."));
            WpException e = assertThrows(WpException.class, () -> connect(site, null).get("/wp/v2/posts", Map.of("context", "edit")));
            assertTrue(e.getMessage().contains("This needs a login") && e.getMessage().contains("WPXLIFF_USER"), e.getMessage());
        }
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":2}"));
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.sendError(ex, 403, "rest_forbidden_context",
                    "Sorry, you are not allowed to edit posts in this post type."));
            WpException e = assertThrows(WpException.class, () -> connect(site, admin(null)).get("/wp/v2/posts", Map.of("context", "edit")));
            assertTrue(e.getMessage().contains("lacks the capability") && e.getMessage().contains("edit_posts"), e.getMessage());
        }
    }

    @Test
    void timeoutsAndOversizedAnswersFail() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/slow", (ex, q) -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            site.route("/wp/v2/big", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[" + " ".repeat(100_000) + "]"));
            WpSite wp = connect(site, null);
            WpException slow = assertThrows(WpException.class, () -> wp.get("/wp/v2/slow", Map.of()));
            assertTrue(slow.getMessage().contains("no complete answer within") && slow.getMessage().contains("tried 4 times"), slow.getMessage());
            WpException big = assertThrows(WpException.class, () -> wp.get("/wp/v2/big", Map.of()));
            assertTrue(big.getMessage().contains("over 65536 bytes"), big.getMessage());
        }
    }

    @Test
    void credentialsNeverFollowARedirectToAnotherSite() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            String elsewhere = site.url().replace("127.0.0.1", "localhost") + "/wp-json/wp/v2/posts";
            site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":1}"));
            site.route("/wp/v2/moved", (ex, q) -> {
                ex.getResponseHeaders().add("Location", elsewhere);
                FakeWordPress.send(ex, 301, "text/html", "");
            });
            site.route("/wp/v2/posts", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[]"));
            WpException e = assertThrows(WpException.class, () -> connect(site, admin(null)).get("/wp/v2/moved", Map.of()));
            assertTrue(e.getMessage().contains("redirected to another site"), e.getMessage());
            assertEquals(0, site.requests("/wp/v2/posts"));
            // without credentials there is nothing to leak
            assertEquals(elsewhere, connect(site, null).get("/wp/v2/moved", Map.of()).uri().toString());
        }
    }

    /** The site answered and redirected; the redirect's target is down: the error names that address, not only the site's. */
    @Test
    void aRedirectWhoseTargetFailsNamesTheTarget() throws Exception {
        FakeWordPress gone = new FakeWordPress();
        String down = gone.url() + "/wp-json/wp/v2/posts";
        gone.close();
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/moved", (ex, q) -> {
                ex.getResponseHeaders().add("Location", down);
                FakeWordPress.send(ex, 302, "text/html", "");
            });
            WpException e = assertThrows(WpException.class, () -> connect(site, null).get("/wp/v2/moved", Map.of()));
            assertTrue(e.getMessage().startsWith("GET " + site.url() + "/wp-json/wp/v2/moved: redirected to " + down
                    + "; cannot connect"), e.getMessage());
        }
    }

    /** https to a server that answers plain HTTP: refused at once, never retried, never downgraded. */
    @Test
    void tlsFailuresAreNotRetriedNorBypassed() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (java.net.Socket socket = plain.accept()) {
                        connections.incrementAndGet();
                        socket.getInputStream().read(new byte[512]);
                        socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            server.setDaemon(true);
            server.start();
            String https = "https://127.0.0.1:" + plain.getLocalPort();
            WpException e = assertThrows(WpException.class, () -> WpSite.connect(https, null, new HttpTransport(FAST)));
            assertTrue(e.getMessage().startsWith("HEAD " + https + "/: no trusted TLS connection")
                    && e.getMessage().contains("always verifies"), e.getMessage());
            // the JDK's client may open a second connection itself; wpxliff's retries would make it four or more
            assertTrue(connections.get() <= 2, "not retried: " + connections.get() + " connections");
        }
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertEquals(Duration.ofSeconds(3), HttpTransport.retryAfter("3"));
        assertEquals(null, HttpTransport.retryAfter("soon"));
        assertTrue(HttpTransport.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT").isZero());
    }

}
