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

    /**
     * The test WordPress as {@link TestWordPress} finds (or starts) it; skips the calling test (fails it in CI)
     * when there is none. {@code what} names what does not run.
     */
    public static Site require(String what) {
        TestWordPress.Site site = TestWordPress.site(what);
        return new Site(withoutSlash(site.url().toString()), withoutSlash(site.koUrl().toString()), site.user(),
                site.appPassword());
    }

    /**
     * The site, or null: for a class's {@code @BeforeAll}, whose tests then each call {@link #require} (an
     * assumption failing in {@code @BeforeAll} would leave Surefire counting no test at all).
     */
    public static Site available() {
        try {
            return require("the pull tests' shared set-up");
        } catch (org.opentest4j.TestAbortedException | AssertionError e) {
            return null;
        }
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An auth file as pull reads it, mode 600. */
    public static Path authFile(Path file, String user, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, List.of("user=" + user, "password=" + password), StandardCharsets.UTF_8);
        return file;
    }
}
