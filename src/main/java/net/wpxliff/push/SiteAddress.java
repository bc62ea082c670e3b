package net.wpxliff.push;

import java.net.URI;
import java.util.Locale;

/**
 * Whether {@code --site} names the site whose REST API answered. WordPress answers a request for any path under
 * it (a mistyped {@code /ko} sub-site, {@code /nowhere}) with the main site's API, so pushing to the API found
 * from such an address would write Korean posts into another site: push asks for the site's own address.
 */
public final class SiteAddress {
    private SiteAddress() {
    }

    /**
     * @param given the {@code --site} value
     * @param home  the site's {@code home} from its REST index (null when the index has none)
     * @return null when they name the same site (or {@code --site} is a REST root, which names its site
     * exactly), else the error to print
     */
    public static String mismatch(String given, String home) {
        if (home == null || given.contains("/wp-json") || given.contains("rest_route=")) return null;
        if (normalized(given).equals(normalized(home))) return null;
        return "--site " + given + " is not a WordPress site's address: the REST API found there belongs to the site at "
                + home + ". Give the address of the site the translations go to (for a multisite, the sub-site such as"
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
