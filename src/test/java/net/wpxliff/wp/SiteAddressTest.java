package net.wpxliff.wp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteAddressTest {
    /** What push says of --site {@code given} when the site's REST index gives {@code home}. */
    private static String pushTo(String given, String home) {
        return SiteAddress.mismatch(given, home, null, "--site " + given, "the translations go to");
    }

    @Test
    void theSiteItselfWithOrWithoutSlashOrDefaultPortIsAccepted() {
        assertNull(pushTo("https://Site.example/ko", "https://site.example/ko"));
        assertNull(pushTo("https://site.example:443/ko/", "https://site.example/ko"));
        assertNull(pushTo("http://127.0.0.1:8093/ko/", "http://127.0.0.1:8093/ko"));
    }

    @Test
    void anAddressUnderAnotherSiteIsRefusedNamingThatSite() {
        String error = pushTo("http://127.0.0.1:8093/nowhere", "http://127.0.0.1:8093");
        assertNotNull(error);
        assertTrue(error.contains("belongs to the site at http://127.0.0.1:8093"), error);
        assertNotNull(pushTo("https://site.example/ko/", "https://site.example"));
    }

    /** WordPress in a folder of its own: its {@code url} names the site as well as its {@code home}. */
    @Test
    void theFolderWordPressLivesInNamesItsSiteToo() {
        assertNull(SiteAddress.mismatch("https://site.example/wp/", "https://site.example", "https://site.example/wp",
                "SITE", "to pull from"));
        assertNotNull(SiteAddress.mismatch("https://site.example/nowhere/", "https://site.example", "https://site.example/wp",
                "SITE", "to pull from"));
    }

    @Test
    void aRestRootNamesItsSiteExactly() {
        assertNull(pushTo("https://site.example/ko/wp-json/", "https://site.example/ko"));
        assertNull(pushTo("https://site.example/?rest_route=/", "https://site.example"));
    }
}
