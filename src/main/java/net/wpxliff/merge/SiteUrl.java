package net.wpxliff.merge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link as written in a page, split into the parts link localization looks at: an absolute
 * ({@code https://host/path}), scheme-relative ({@code //host/path}) or root-relative ({@code /path}) URL,
 * with its query and fragment kept apart so they come back unchanged. Other links (relative paths,
 * fragments alone, {@code mailto:}) are not parsed: they never point to another locale.
 *
 * @param prefix    what precedes the path ({@code https://www.host}, {@code //host}), empty when root-relative
 * @param authority the host (and port) as written, null when root-relative
 * @param path      the path, starting with {@code /}, or empty
 * @param rest      the query and fragment as written ({@code ?a=1#top}), or empty
 */
record SiteUrl(String prefix, String authority, String path, String rest) {
    private static final Pattern URL = Pattern.compile(
            "^((?:https?:)?//([^/?#\\s]+))?(/[^?#\\s]*)?([?#]\\S*)?$", Pattern.CASE_INSENSITIVE);

    /** The parts of a site link, or null when the text is no absolute, scheme-relative or root-relative URL. */
    static SiteUrl parse(String text) {
        Matcher m = URL.matcher(text);
        if (!m.matches()) return null;
        String path = m.group(3) == null ? "" : m.group(3);
        if (m.group(1) == null && path.isEmpty()) return null; // "#top", "?page=2": stays on this page
        return new SiteUrl(m.group(1) == null ? "" : m.group(1), m.group(2), path, m.group(4) == null ? "" : m.group(4));
    }

    boolean rootRelative() {
        return authority == null;
    }

    /** The host compared between URLs: lower case, without port and {@code www.}; null when root-relative. */
    String host() {
        return authority == null ? null : normalHost(authority);
    }

    static String normalHost(String host) {
        host = host.toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        if (at >= 0) host = host.substring(at + 1);
        int colon = host.indexOf(':');
        if (colon >= 0) host = host.substring(0, colon);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
