package net.wpxliff.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The running test WordPress ({@code ../shared/wordpress/wp-test-site.sh start}), as its env file describes it
 * ({@code $WP_TEST_DIR/env}, default {@code /tmp/wp-test-site/env}). The one place that decides what a test does
 * without it: announced on stderr, then skipped, or failed when {@code CI=true}.
 */
public final class WpTestSite {
    /** The sites and the admin's Application Password. */
    public record Site(String url, String koUrl, String user, String appPassword) {
        /** Writes an {@code --auth-file} (mode 600) for the admin into {@code dir}. */
        public Path authFile(Path dir) throws IOException {
            return WpTestSite.authFile(dir.resolve("admin.auth"), user, appPassword);
        }
    }

    private WpTestSite() {
    }

    public static Path envFile() {
        String dir = System.getenv("WP_TEST_DIR");
        return Path.of(dir == null || dir.isBlank() ? "/tmp/wp-test-site" : dir, "env");
    }

    /** The running site; skips the calling test (fails it in CI) when there is none. {@code what} names what does not run. */
    public static Site require(String what) {
        Found found = find();
        if (found.site() != null) return found.site();
        boolean ci = SharedCorpus.inCi();
        String message = found.problem() + ": " + what + (ci ? " cannot run" : " skipped");
        System.err.println("[wpxliff tests] " + message);
        if (ci) fail(message + "; CI=true requires the test WordPress");
        Assumptions.abort(message);
        return null;
    }

    /**
     * The running site, or null, saying nothing: for a class's {@code @BeforeAll}, whose tests then each call
     * {@link #require} (an assumption failing in {@code @BeforeAll} would leave Surefire counting no test at all).
     */
    public static Site available() {
        return find().site();
    }

    private record Found(Site site, String problem) {
    }

    private static Found find() {
        Path env = envFile();
        if (!Files.isRegularFile(env)) {
            return new Found(null, "no test WordPress: " + env + " not found (start one with"
                    + " ../shared/wordpress/wp-test-site.sh start --wxr ../shared/corpus/wxr/*.xml)");
        }
        try {
            Map<String, String> values = read(env);
            Site site = new Site(values.get("WP_URL"), values.get("WP_KO_URL"), values.get("WP_USER"), values.get("WP_APP_PASSWORD"));
            if (site.url() == null || site.user() == null || site.appPassword() == null) {
                return new Found(null, env + " lacks WP_URL, WP_USER or WP_APP_PASSWORD");
            }
            if (!answers(site.url())) {
                return new Found(null, "the test WordPress at " + site.url() + " (from " + env + ") does not answer");
            }
            return new Found(site, null);
        } catch (IOException e) {
            return new Found(null, "cannot read " + env + " (" + e.getMessage() + ")");
        }
    }

    static Map<String, String> read(Path env) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(env, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("export ")) l = l.substring(7);
            int eq = l.indexOf('=');
            if (eq <= 0 || l.startsWith("#")) continue;
            String value = l.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(l.substring(0, eq).strip(), value);
        }
        return values;
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + "/wp-json/").toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(60000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** An auth file as pull reads it, mode 600. */
    public static Path authFile(Path file, String user, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, List.of("user=" + user, "password=" + password), StandardCharsets.UTF_8);
        return file;
    }
}
