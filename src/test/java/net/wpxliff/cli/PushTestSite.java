package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.WpTestSite;


import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real WordPress of {@link WpTestSite}, with the few calls the push tests make on it.
 *
 * @param url       the English site ({@code WP_URL})
 * @param koreanUrl the Korean site ({@code WP_KO_URL}), with its own REST API
 */
record PushTestSite(String url, String koreanUrl, String user, String appPassword) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The test site as {@link WpTestSite} finds (or starts) it; skipped, or failed under CI, without one. */
    static PushTestSite require(String what) {
        WpTestSite.Site site = WpTestSite.require(what);
        return new PushTestSite(site.url(), site.koUrl(), site.user(), site.appPassword());
    }

    /** An --auth-file (mode 600) holding this site's user and Application Password, or the password given. */
    public Path authFile(Path dir, String password) throws IOException {
        return WpTestSite.authFile(dir.resolve("auth-" + System.nanoTime()), user, password);
    }

    /** GET {@code $WP_KO_URL/wp-json/<route>} with Basic auth; 200 expected. */
    public JsonNode koreanGet(String route) throws IOException {
        return get(koreanUrl, route);
    }

    /** GET {@code $WP_URL/wp-json/<route>} (the English site) with Basic auth; 200 expected. */
    public JsonNode englishGet(String route) throws IOException {
        return get(url, route);
    }

    private JsonNode get(String site, String route) throws IOException {
        URI uri = URI.create(site + "/wp-json/" + route);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + appPassword).getBytes(StandardCharsets.UTF_8))));
        assertEquals(200, response.statusCode(), uri + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
