package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One WordPress REST API root ({@code https://site/wp-json/} or {@code https://site/?rest_route=/}), found from a site URL. */
public final class WpSite {
    private static final Pattern API_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*rel\\s*=\\s*\"?https://api\\.w\\.org/\"?");
    private static final String ROUTE_PARAMETER = "rest_route";
    private static final com.fasterxml.jackson.databind.ObjectMapper ANSWERS = new com.fasterxml.jackson.databind.ObjectMapper();

    /** An answer: status, headers, the body's bytes exactly as sent, and the URL that gave it (after redirects). */
    public record Response(int status, HttpHeaders headers, byte[] body, URI uri) {
        /** The header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The body as JSON, or a WpException naming the URL when it is empty or not JSON. */
        public JsonNode json() throws WpException {
            try {
                JsonNode node = ANSWERS.readTree(body);
                if (node != null && !node.isMissingNode()) return node;
            } catch (java.io.IOException e) {
                // said below
            }
            throw new WpException("GET " + Urls.withoutUserInfo(uri) + ": the answer is not JSON", uri, status, null);
        }

        /** The header as a number ({@code X-WP-Total}, {@code X-WP-TotalPages}), or {@code otherwise}. */
        public int intHeader(String name, int otherwise) {
            String value = header(name);
            if (value == null) return otherwise;
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    private final HttpTransport transport;
    private final URI root;
    private final String home;
    private final String siteUrl;
    private final Credentials credentials;

    private WpSite(HttpTransport transport, Found found, Credentials credentials) {
        this.transport = transport;
        this.root = found.root();
        this.home = found.home();
        this.siteUrl = found.siteUrl();
        this.credentials = credentials;
    }

    /**
     * A REST root, and the site's {@code home} and {@code url} (where WordPress itself is installed) as its index states
     * them (null when the index gives none).
     */
    private record Found(URI root, String home, String siteUrl) {
    }

    /**
     * Finds the REST root of SITE (a site URL or its {@code …/wp-json/} root; tries {@code ?rest_route=} when
     * pretty permalinks are off). Only http(s). credentials may be null (public access); when given, they
     * are checked once here ({@code /wp/v2/users/me}), so that a refused password is said at once.
     */
    public static WpSite connect(String site, Credentials credentials) throws WpException {
        return connect(site, credentials, new HttpTransport(HttpTransport.Settings.DEFAULT));
    }

    static WpSite connect(String site, Credentials credentials, HttpTransport transport) throws WpException {
        URI given = parse(site);
        WpSite connected = new WpSite(transport, discover(given, transport), credentials);
        if (credentials != null) connected.get("/wp/v2/users/me", Map.of());
        return connected;
    }

    public URI root() {
        return root;
    }

    /** True when requests carry credentials (which the site accepted when connecting). */
    public boolean authenticated() {
        return credentials != null;
    }

    /** GET route ({@code /wp/v2/posts}) with query parameters (encoded here); 2xx or a WpException. Retries timeouts, 429, 5xx with backoff, a bounded number of times. */
    public Response get(String route, Map<String, String> query) throws WpException {
        URI uri = routeUri(route, query);
        return checked("GET", transport.send("GET", uri, null, authorization()));
    }

    /** POST a JSON body to route ({@code /wp/v2/posts} to create, {@code /wp/v2/posts/12} to update). Not retried after the server may have acted, except on 429/503 with Retry-After. */
    public Response post(String route, byte[] json) throws WpException {
        URI uri = routeUri(route, Map.of());
        return checked("POST", transport.send("POST", uri, json, authorization()));
    }

    /** DELETE route ({@code /wp/v2/menu-items/12}) with query parameters; 2xx or a WpException. Retried as a GET is. */
    public Response delete(String route, Map<String, String> query) throws WpException {
        URI uri = routeUri(route, query);
        return checked("DELETE", transport.send("DELETE", uri, null, authorization()));
    }

    /**
     * POST a file to the media library route ({@code /wp/v2/media}): its bytes, type and name. Not retried after the
     * server may have acted, as {@link #post}.
     *
     * @param fileName the file's name, made of ASCII letters, digits, {@code .}, {@code _} and {@code -}
     */
    public Response upload(String route, byte[] bytes, String contentType, String fileName) throws WpException {
        if (!fileName.matches("[A-Za-z0-9._-]{1,200}")) throw new IllegalArgumentException("not a safe file name: " + fileName);
        URI uri = routeUri(route, Map.of());
        HttpTransport.Body body = new HttpTransport.Body(bytes, contentType,
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
        return checked("POST", transport.exchange("POST", uri, body, authorization()));
    }

    /**
     * GET a file at an absolute http(s) address, never with this site's credentials (it may be another site's):
     * redirects, timeouts, retries and the size limit as for the REST API; 2xx or a WpException. The body is not
     * checked to be JSON.
     */
    public Response download(URI uri) throws WpException {
        if (!Urls.isHttp(uri)) throw new WpException(Urls.withoutUserInfo(uri) + ": not an http(s) address", uri, -1, null);
        Response response = transport.send("GET", uri, null, null);
        if (response.status() < 200 || response.status() > 299) {
            throw new WpException("GET " + Urls.withoutUserInfo(uri) + ": HTTP " + response.status(), uri, response.status(), null);
        }
        return response;
    }

    /** The site's own address as its REST index states it ({@code home}), or null when the index gives none. */
    public String home() {
        return home;
    }

    /** Where WordPress itself is installed ({@code url} in its REST index: {@code home} unless it lives in a folder), or null. */
    public String siteUrl() {
        return siteUrl;
    }

    /** The URL of a route under this root, as {@link #get} requests it. */
    public URI routeUri(String route, Map<String, String> query) {
        String path = route.startsWith("/") ? route : "/" + route;
        String rootText = root.toString();
        String parameters = query == null || query.isEmpty() ? "" : Urls.query(query);
        if (isRouteParameterRoot(root)) {
            String base = rootText.substring(0, rootText.indexOf('?'));
            return URI.create(base + "?" + ROUTE_PARAMETER + "=" + Urls.encode(path).replace("%2F", "/")
                    + (parameters.isEmpty() ? "" : "&" + parameters));
        }
        return URI.create(rootText + path.substring(1) + (parameters.isEmpty() ? "" : "?" + parameters));
    }

    private String authorization() {
        return credentials == null ? null : credentials.authorization();
    }

    private Response checked(String method, Response response) throws WpException {
        if (response.status() < 200 || response.status() > 299) {
            throw WpErrors.of(method, response, credentials, transport.settings().retries());
        }
        if (!WpErrors.isJson(response.body())) throw WpErrors.notJson(method, response);
        return response;
    }

    private static URI parse(String site) throws WpException {
        String text = site == null ? "" : site.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new WpException("\"" + text.replaceAll("//[^/@]*@", "//") + "\" is not a URL: give the site's address,"
                    + " e.g. https://site.example/ (or its REST root https://site.example/wp-json/)", null, -1, null);
        }
        if (!Urls.isHttp(uri)) {
            throw new WpException(Urls.withoutUserInfo(uri) + ": only http:// and https:// site addresses are"
                    + " supported, e.g. https://site.example/", null, -1, null);
        }
        if (uri.getRawUserInfo() != null) {
            throw new WpException(Urls.withoutUserInfo(uri) + ": credentials do not belong in the URL (they would"
                    + " show in process lists and logs): " + Credentials.HOW, null, -1, null);
        }
        // lower-case scheme and host, so that origins compare and URLs print the same way
        try {
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT), null, uri.getHost().toLowerCase(Locale.ROOT),
                    uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new WpException(text + ": not a usable URL (" + e.getMessage() + ")", null, -1, null);
        }
    }

    /**
     * The REST root: the given URL when it is one; else the one the site announces in its
     * {@code Link: <…>; rel="https://api.w.org/"} header, else {@code /wp-json/}, else {@code /?rest_route=/}.
     * Each candidate must answer JSON naming the {@code wp/v2} namespace.
     */
    private static Found discover(URI given, HttpTransport transport) throws WpException {
        List<URI> candidates = new ArrayList<>();
        if (looksLikeRoot(given)) {
            candidates.add(isRouteParameterRoot(given) ? given : withSlash(given));
        } else {
            URI base = withSlash(URI.create(given.getScheme() + "://" + given.getRawAuthority()
                    + (given.getRawPath() == null || given.getRawPath().isEmpty() ? "/" : given.getRawPath())));
            URI announced = announcedRoot(base, transport);
            if (announced != null) candidates.add(announced);
            candidates.add(base.resolve("wp-json/"));
            candidates.add(URI.create(base + "?" + ROUTE_PARAMETER + "=/"));
        }
        List<String> tried = new ArrayList<>();
        for (URI candidate : candidates) {
            if (tried.stream().anyMatch(t -> t.startsWith(candidate + " "))) continue;
            Response response = transport.send("GET", candidate, null, null);
            String verdict = WpErrors.rootVerdict(response);
            if (verdict == null) {
                com.fasterxml.jackson.databind.JsonNode index = WpErrors.parse(response.body());
                return new Found(rootOf(candidate, response.uri()), index.path("home").isTextual() ? index.path("home").asText() : null,
                        index.path("url").isTextual() ? index.path("url").asText() : null);
            }
            tried.add(candidate + " " + verdict);
        }
        throw new WpException(Urls.withoutUserInfo(given) + ": not a WordPress REST root (tried " + String.join("; ", tried)
                + "). Give the WordPress site's address (https://site.example/) or its REST API root"
                + " (https://site.example/wp-json/); if it is WordPress, a plugin or the server may block the REST API",
                given, -1, "not_a_rest_root");
    }

    /** The root as requested, or where the request was redirected (keeping the {@code ?rest_route=/} form). */
    private static URI rootOf(URI candidate, URI answered) {
        if (answered == null || answered.equals(candidate)) return candidate;
        return isRouteParameterRoot(answered) ? answered : withSlash(URI.create(answered.getScheme() + "://"
                + answered.getRawAuthority() + answered.getRawPath()));
    }

    /** The REST root the site names in its Link header (HEAD, else GET), or null. */
    private static URI announcedRoot(URI base, HttpTransport transport) throws WpException {
        Response head = transport.send("HEAD", base, null, null);
        if (head.status() == 405 || head.status() == 501) head = transport.send("GET", base, null, null);
        for (String link : head.headers().allValues("Link")) {
            Matcher m = API_LINK.matcher(link);
            if (!m.find()) continue;
            try {
                URI root = head.uri().resolve(m.group(1).strip());
                // never let the page move us to another scheme's downgrade or a non-http address
                if (!Urls.isHttp(root) || base.getScheme().equals("https") && root.getScheme().equalsIgnoreCase("http")) return null;
                return root;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean looksLikeRoot(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.endsWith("/wp-json") || path.endsWith("/wp-json/") || isRouteParameterRoot(uri);
    }

    private static boolean isRouteParameterRoot(URI uri) {
        String query = uri.getRawQuery();
        return query != null && (query.startsWith(ROUTE_PARAMETER + "=") || query.contains("&" + ROUTE_PARAMETER + "="));
    }

    private static URI withSlash(URI uri) {
        String text = uri.toString();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            text = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        }
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** Package-private for WpErrors: the namespaces a root JSON lists. */
    static List<String> namespaces(JsonNode root) {
        List<String> names = new ArrayList<>();
        JsonNode list = root.get("namespaces");
        if (list != null && list.isArray()) list.forEach(n -> names.add(n.asText()));
        return names;
    }
}
