package net.wpxliff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real WordPress that {@code ../shared/wordpress/wp-test-site.sh start} runs, as its {@code env} file
 * ({@code $WP_TEST_DIR/env}, default {@code /tmp/wp-test-site/env}) describes it. Without a running site a test
 * is skipped with a message on stderr, or fails when {@code CI=true}: CI must never pass without the site.
 *
 * @param url       the English site ({@code WP_URL})
 * @param koreanUrl the Korean site ({@code WP_KO_URL}), with its own REST API
 */
public record TestWordPress(String url, String koreanUrl, String user, String appPassword) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static Path envFile() {
        String dir = System.getenv("WP_TEST_DIR");
        return Path.of(dir == null || dir.isEmpty() ? "/tmp/wp-test-site" : dir, "env");
    }

    /** The running test site, or (test skipped, or failed in CI) an aborted test saying how to start it. */
    public static TestWordPress require(String what) {
        String problem;
        Path env = envFile();
        if (Files.isRegularFile(env)) {
            try {
                Map<String, String> vars = new HashMap<>();
                for (String line : Files.readAllLines(env, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) vars.put(line.substring(0, eq).replaceFirst("^export\\s+", "").strip(), unquote(line.substring(eq + 1).strip()));
                }
                TestWordPress site = new TestWordPress(vars.get("WP_URL"), vars.get("WP_KO_URL"), vars.get("WP_USER"),
                        vars.get("WP_APP_PASSWORD"));
                if (site.url() == null || site.koreanUrl() == null || site.user() == null || site.appPassword() == null) {
                    problem = env + " lacks WP_URL, WP_KO_URL, WP_USER or WP_APP_PASSWORD";
                } else {
                    HttpResponse<byte[]> index = site.send(HttpRequest.newBuilder(URI.create(site.koreanUrl() + "/wp-json/")));
                    if (index.statusCode() == 200) return site;
                    problem = site.koreanUrl() + "/wp-json/ answered HTTP " + index.statusCode();
                }
            } catch (IOException e) {
                problem = "the site in " + env + " does not answer (" + e + ")";
            }
        } else {
            problem = env + " not found";
        }
        boolean ci = SharedCorpus.inCi();
        String message = "test WordPress not running (" + problem + "; start it with ../shared/wordpress/wp-test-site.sh start): "
                + what + (ci ? " cannot run" : " skipped");
        System.err.println("[wpxliff tests] " + message);
        if (ci) fail(message + "; CI=true requires the test site");
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** An --auth-file (mode 600) holding this site's user and Application Password, or the password given. */
    public Path authFile(Path dir, String password) throws IOException {
        Path file = dir.resolve("auth-" + System.nanoTime());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "user=" + user + "\npassword=" + password + "\n", StandardCharsets.UTF_8);
        return file;
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
