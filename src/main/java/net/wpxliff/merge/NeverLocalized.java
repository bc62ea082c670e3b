package net.wpxliff.merge;

import java.util.Locale;
import java.util.Set;

/**
 * Site addresses that are not pages of a language and so keep their URL in every locale: media and theme
 * files ({@code /wp-content/}, {@code /wp-includes/}), feeds ({@code /feed/}, {@code ?feed=}), the admin,
 * the REST API ({@code /wp-json/}, {@code ?rest_route=}), the login page and XML-RPC.
 */
final class NeverLocalized {
    private static final Set<String> SEGMENTS = Set.of("wp-content", "wp-includes", "wp-admin", "wp-json", "feed",
            "wp-login.php", "xmlrpc.php");

    private NeverLocalized() {
    }

    static boolean test(SiteUrl url) {
        for (String segment : url.path().split("/")) {
            if (SEGMENTS.contains(segment.toLowerCase(Locale.ROOT))) return true;
        }
        String query = url.rest().startsWith("?") ? url.rest().substring(1).split("#", 2)[0] : "";
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.equals("feed") || name.equals("rest_route")) return true;
        }
        return false;
    }
}
