package net.wpxliff.wp;

import java.net.URI;
import java.util.Locale;

/**
 * Whether an address the user gave names the site whose REST API answered. WordPress answers a request for any path
 * under it (a mistyped {@code /ko} sub-site, {@code /nowhere}) with the main site's API, so pushing to the API found
 * from such an address would write Korean posts into another site, and pulling from it would take another site's
 * posts (the English ones as "the Korean site's" for tm align): push and pull ask for the site's own address.
 */
public final class SiteAddress {
    private SiteAddress() {
    }

    /**
     * @param given   the address given ({@code --site}'s value, pull's SITE)
     * @param home    the site's {@code home} from its REST index (null when the index has none)
     * @param siteUrl its {@code url} (WordPress's own folder, which also names the site), or null
     * @param said    how the message names the address ({@code --site https://…})
     * @param purpose which site the user means, for the advice ({@code the translations go to})
     * @return null when they name the same site (or the address is a REST root, which names its site exactly), else
     * the error to print
     */
    public static String mismatch(String given, String home, String siteUrl, String said, String purpose) {
        if (home == null || given.contains("/wp-json") || given.contains("rest_route=")) return null;
        if (normalized(given).equals(normalized(home)) || siteUrl != null && normalized(given).equals(normalized(siteUrl))) {
            return null;
        }
        return said + " is not a WordPress site's address: the REST API found there belongs to the site at " + home
                + ". Give the address of the site " + purpose + " (for a multisite, the sub-site such as"
                + " https://site.example/ko/), or its REST root (…/wp-json/)";
    }

    private static String normalized(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT))
                    + (defaultPort ? "" : ":" + port) + path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
