package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** One WordPress REST API root (https://site/wp-json/ or https://site/?rest_route=), found from a site URL. */
public final class WpSite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 3;
    private final HttpClient http;
    private final URI root;
    private final Credentials credentials;

    private WpSite(HttpClient http, URI root, Credentials credentials) {
        this.http = http;
        this.root = root;
        this.credentials = credentials;
    }

    /** Finds the REST root of SITE (a site URL or its …/wp-json/ root; tries ?rest_route= when pretty permalinks are off). */
    public static WpSite connect(String site, Credentials credentials) throws WpException {
        URI given;
        try {
            given = URI.create(site.strip());
        } catch (IllegalArgumentException e) {
            throw new WpException(site + ": not a URL (" + e.getMessage() + ")", null, -1, null);
        }
        if (given.getScheme() == null || !given.getScheme().matches("(?i)https?") || given.getHost() == null) {
            throw new WpException(site + ": only http:// and https:// site URLs are supported", null, -1, null);
        }
        if (given.getUserInfo() != null) {
            throw new WpException("the site URL must not carry a user or password: use WPXLIFF_USER/WPXLIFF_APP_PASSWORD or --auth-file",
                    null, -1, null);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = given.toString().replaceAll("/+$", "");
        String wpJson = base.endsWith("/wp-json") ? base + "/" : base + "/wp-json/";
        WpException first = null;
        for (String candidate : new String[]{wpJson, base + "/?rest_route="}) {
            WpSite wp = new WpSite(http, URI.create(candidate), credentials);
            try {
                Response index = wp.get("/", Map.of());
                JsonNode body = JSON.readTree(index.body());
                // a site's ?rest_route= answers for any path below it: the index must be this site's own
                boolean root = base.endsWith("/wp-json");
                String home = body == null ? "" : body.path("home").asText("").replaceAll("/+$", "");
                String url = body == null ? "" : body.path("url").asText("").replaceAll("/+$", "");
                if (body != null && body.has("namespaces") && (root || home.equalsIgnoreCase(base) || url.equalsIgnoreCase(base))) {
                    return wp;
                }
            } catch (WpException | IOException e) {
                if (first == null && e instanceof WpException w) first = w;
            }
        }
        throw new WpException(site + ": not a WordPress REST API root (neither " + wpJson + " nor " + base
                + "/?rest_route=/ answers with the REST index)", first == null ? given : first.url(), -1, null);
    }

    public URI root() {
        return root;
    }

    public boolean authenticated() {
        return credentials != null;
    }

    /** GET route with query parameters (encoded here); 2xx or a WpException. Retries timeouts, 429, 5xx a bounded number of times. */
    public Response get(String route, Map<String, String> query) throws WpException {
        URI uri = uri(route, query);
        return send(HttpRequest.newBuilder(uri).GET(), uri, true);
    }

    /** POST a JSON body to route. Not retried after the server may have acted, except on 429/503. */
    public Response post(String route, byte[] json) throws WpException {
        URI uri = uri(route, Map.of());
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)), uri, false);
    }

    private URI uri(String route, Map<String, String> query) {
        StringBuilder url = new StringBuilder(root.toString());
        boolean restRoute = url.indexOf("?rest_route=") >= 0;
        url.append(restRoute ? route : route.substring(1));
        boolean hasQuery = restRoute;
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(hasQuery ? '&' : '?').append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            hasQuery = true;
        }
        return URI.create(url.toString());
    }

    private Response send(HttpRequest.Builder request, URI uri, boolean idempotent) throws WpException {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (credentials != null) {
            String pair = credentials.user() + ":" + credentials.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                if (idempotent && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw new WpException(uri + ": no answer in time (" + e.getMessage() + ")", uri, -1, null);
            } catch (IOException e) {
                throw new WpException(uri + ": cannot connect (" + e.getMessage() + ")", uri, -1, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WpException(uri + ": interrupted", uri, -1, null);
            }
            int status = response.statusCode();
            if (status / 100 == 2) return new Response(status, response.headers(), response.body(), uri);
            boolean retry = status == 429 || status == 503 || (idempotent && status >= 500);
            if (retry && attempt < ATTEMPTS) {
                pause(attempt);
                continue;
            }
            throw failure(uri, status, response.body());
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(500L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WpException failure(URI uri, int status, byte[] body) {
        String code = null, message = null;
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.path("code").isTextual()) {
                code = error.path("code").asText();
                message = error.path("message").asText();
            }
        } catch (IOException e) {
            // not JSON: said below
        }
        StringBuilder text = new StringBuilder(uri + ": HTTP " + status);
        if (code != null) text.append(" ").append(code).append(": ").append(message);
        else text.append(" (the answer is not a WordPress JSON error)");
        if (status == 401 || status == 403) {
            text.append(" — check the user and its Application Password (Users → Profile) and that the user may edit"
                    + " posts; over plain http WordPress accepts Application Passwords only with WP_ENVIRONMENT_TYPE=local");
        }
        return new WpException(text.toString(), uri, status, code);
    }

    public record Response(int status, HttpHeaders headers, byte[] body, URI uri) {
        /** First value or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public int intHeader(String name, int otherwise) {
            String value = header(name);
            try {
                return value == null ? otherwise : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }
}
