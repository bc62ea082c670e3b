package net.wpxliff.push;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteAddressTest {

    @Test
    void theSiteItselfWithOrWithoutSlashOrDefaultPortIsAccepted() {
        assertNull(SiteAddress.mismatch("https://Site.example/ko", "https://site.example/ko"));
        assertNull(SiteAddress.mismatch("https://site.example:443/ko/", "https://site.example/ko"));
        assertNull(SiteAddress.mismatch("http://127.0.0.1:8093/ko/", "http://127.0.0.1:8093/ko"));
    }

    @Test
    void anAddressUnderAnotherSiteIsRefusedNamingThatSite() {
        String error = SiteAddress.mismatch("http://127.0.0.1:8093/nowhere", "http://127.0.0.1:8093");
        assertNotNull(error);
        assertTrue(error.contains("belongs to the site at http://127.0.0.1:8093"), error);
        assertNotNull(SiteAddress.mismatch("https://site.example/ko/", "https://site.example"));
    }

    @Test
    void aRestRootNamesItsSiteExactly() {
        assertNull(SiteAddress.mismatch("https://site.example/ko/wp-json/", "https://site.example/ko"));
        assertNull(SiteAddress.mismatch("https://site.example/?rest_route=/", "https://site.example"));
    }
}
