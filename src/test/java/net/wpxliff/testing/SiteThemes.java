package net.wpxliff.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Switches the theme of every site of the test WordPress (English and Korean) through WordPress's own PHP, as an
 * administrator's "Activate" would: the REST API of WordPress 6.1 cannot. Also lets the sites rebuild their permalink
 * rules, and says where must-use plugins go. The test site ships with the block theme
 * Twenty Twenty-Three; classic features (sidebars, widgets) need a classic theme, Twenty Twenty-One, which
 * {@code .ci/run} installs (Debian's {@code wordpress-theme-twentytwentyone}). Tests put the block theme back when done.
 */
public final class SiteThemes {
    public static final String BLOCK = "twentytwentythree";
    public static final String CLASSIC = "twentytwentyone";
    private static final Path WORDPRESS = Path.of("/usr/share/wordpress");

    private SiteThemes() {
    }

    /** Activates the theme on every site of the network (allowed network-wide first, as a multisite needs). */
    public static void activate(String theme) throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(WORDPRESS.resolve("wp-content/themes").resolve(theme)), "the theme " + theme + " is not"
                + " installed: .ci/run installs it (apt-get install wordpress-theme-" + theme + ")");
        String output = everySite("$allowed = get_site_option('allowedthemes', array()); $allowed['" + theme + "'] = true;"
                + " update_site_option('allowedthemes', $allowed); switch_theme('" + theme + "');"
                // the rules of the theme switched from: left empty, each site builds its own on its next page (see
                // rebuildPermalinks for why the Korean site's need it anyway)
                + " delete_option('rewrite_rules'); echo get_stylesheet(), \"\\n\";");
        assertTrue(output.lines().allMatch(theme::equals) && output.lines().count() >= 2, "php: " + output);
    }

    /**
     * Lets each site build its permalink rules again on its next page. The site script makes the Korean site from PHP's
     * command line, which gives it the main site's rules (with its {@code /blog/} prefix): {@code /ko/category/SLUG/}
     * is not found there until they are rebuilt.
     */
    public static void rebuildPermalinks() throws IOException, InterruptedException {
        everySite("delete_option('rewrite_rules');");
    }

    /**
     * The folder of the test WordPress's must-use plugins ({@code WPMU_PLUGIN_DIR}: Debian's WordPress keeps its content
     * under {@code /var/lib/wordpress}), where a test may put a plugin for its own run (and remove it).
     */
    public static Path mustUsePlugins() throws IOException, InterruptedException {
        String output = everySite("if (get_current_blog_id() == 1) echo WPMU_PLUGIN_DIR;").trim();
        assertTrue(output.startsWith("/"), "php: " + output);
        return Path.of(output);
    }

    /** Runs the PHP code in each site of the network in turn (WordPress loaded as the site script set it up); its output. */
    private static String everySite(String code) throws IOException, InterruptedException {
        Path boot = TestWordPress.DIR.resolve("boot.php");
        assertTrue(Files.isRegularFile(boot), boot + " is missing: the test site script writes it at start");
        String php = "require '" + boot + "'; require '" + WORDPRESS.resolve("wp-load.php") + "';"
                + " foreach (get_sites() as $s) { switch_to_blog($s->blog_id); " + code + " restore_current_blog(); }";
        Process process = new ProcessBuilder("php", "-r", php).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "php did not finish: " + output);
        assertEquals(0, process.exitValue(), "php: " + output);
        return output;
    }
}
