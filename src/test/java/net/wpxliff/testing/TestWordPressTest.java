package net.wpxliff.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a test that needs the real WordPress does without it, and how the script's env file is read. */
class TestWordPressTest {
    private static final String ENV = """
            WP_URL=http://127.0.0.1:8093
            WP_KO_URL=http://127.0.0.1:8093/ko
            WP_USER=admin
            WP_APP_PASSWORD=abcd EFGH ijkl
            """;

    @Test
    void theEnvFileGivesTheSiteAndItsAuthorizationButNeverShowsThePassword(@TempDir Path dir) throws Exception {
        Path env = Files.writeString(dir.resolve("env"), ENV, StandardCharsets.UTF_8);
        TestWordPress.Site site = TestWordPress.site(TestWordPress.readEnv(env), env.toString());
        assertEquals("http://127.0.0.1:8093/wp-json/wp/v2/posts?context=edit", site.rest("/wp/v2/posts?context=edit").toString());
        assertEquals("http://127.0.0.1:8093/ko/wp-json/wp/v2/posts", site.koRest("/wp/v2/posts").toString());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("admin:abcd EFGH ijkl".getBytes(StandardCharsets.UTF_8)),
                site.authorization());
        assertFalse(site.toString().contains("abcd"), site.toString());
        Path auth = site.writeAuthFile(dir);
        assertEquals("user=admin\npassword=abcd EFGH ijkl\n", Files.readString(auth));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(auth)));
    }

    @Test
    void anEnvFileWithoutTheApplicationPasswordIsNoSite(@TempDir Path dir) throws Exception {
        Path env = Files.writeString(dir.resolve("env"), ENV.replaceAll("WP_APP_PASSWORD=.*\n", ""), StandardCharsets.UTF_8);
        TestWordPress.Unavailable e = assertThrows(TestWordPress.Unavailable.class,
                () -> TestWordPress.site(TestWordPress.readEnv(env), env.toString()));
        assertEquals(env + " has no WP_APP_PASSWORD", e.getMessage());
    }

    @Test
    void withoutTheSiteATestIsAnnouncedAndSkippedLocally() {
        String err = Stderr.of(() -> {
            TestAbortedException e = assertThrows(TestAbortedException.class,
                    () -> TestWordPress.decide("publishing", "no root for apt-get", false, false));
            assertEquals("publishing skipped: test WordPress not available: no root for apt-get", e.getMessage());
        });
        assertEquals("[wpxliff tests] publishing skipped: test WordPress not available: no root for apt-get", err.strip());
    }

    @Test
    void withoutTheSiteATestFailsUnderCiAndAfterCiRunCouldNotStartIt() {
        String err = Stderr.of(() -> {
            AssertionFailedError ci = assertThrows(AssertionFailedError.class,
                    () -> TestWordPress.decide("publishing", "no root for apt-get", true, false));
            assertTrue(ci.getMessage().contains("publishing cannot run: test WordPress not available: no root for apt-get;"
                    + " CI=true requires the test WordPress"), ci.getMessage());
            AssertionFailedError ciRun = assertThrows(AssertionFailedError.class,
                    () -> TestWordPress.decide("publishing", "start failed", false, true));
            assertTrue(ciRun.getMessage().contains(".ci/run could not start it"), ciRun.getMessage());
        });
        assertTrue(err.contains("publishing cannot run"), err);
    }
}
