package net.wpxliff.wp;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** URL helpers: what may be requested (http and https only), and URLs as shown in messages. */
final class Urls {
    private Urls() {
    }

    /** The URI without any {@code user:password@} part, for messages and exceptions. */
    static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) return uri;
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getRawPath() == null ? null : uri.getPath(),
                    uri.getQuery(), uri.getFragment());
        } catch (URISyntaxException e) {
            return URI.create(uri.getScheme() + "://" + uri.getHost());
        }
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /** Same scheme, host and port: where credentials may follow a redirect. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** {@code k=v&k2=v2}, each name and value percent-encoded (UTF-8). */
    static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (!query.isEmpty()) query.append('&');
            query.append(encode(p.getKey())).append('=').append(encode(p.getValue()));
        }
        return query.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
