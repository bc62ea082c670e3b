package net.wpxliff.wp;

import net.wpxliff.Version;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request the careful way: a timeout for the whole answer, a size limit, redirects followed by hand
 * (credentials never follow one to another site, never from https to http), and bounded retries with
 * exponential backoff for what may pass (timeouts, dropped connections, 429, 5xx but the lasting ones), honouring
 * Retry-After.
 * Anything that may have changed the site (a POST that reached it) is not sent again, except when the site
 * itself said to retry (429 or 503 with Retry-After). TLS certificates are always verified: the JDK's defaults.
 */
final class HttpTransport {
    /** Like the input files export reads. */
    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;

    /** Timeouts and retry policy; tests use short ones. */
    record Settings(Duration connectTimeout, Duration requestTimeout, int retries, Duration firstBackoff,
                    Duration maxRetryAfter, long maxBodyBytes) {
        static final Settings DEFAULT = new Settings(Duration.ofSeconds(15), Duration.ofSeconds(60), 3,
                Duration.ofMillis(500), Duration.ofSeconds(60), MAX_BODY_BYTES);
    }

    private final HttpClient client;
    private final Settings settings;

    HttpTransport(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Settings settings() {
        return settings;
    }

    /**
     * Sends the request, retrying what may pass, and returns the last answer whatever its status; throws
     * when no answer came, the answer was too large, or a redirect was refused.
     */
    WpSite.Response send(String method, URI uri, byte[] body, String authorization) throws WpException {
        return exchange(method, uri, body == null ? null : new Body(body, JSON, Map.of()), authorization);
    }

    /**
     * A request's body and the headers that describe it: JSON for the REST API, a file's bytes with its type and
     * {@code Content-Disposition} for the media library.
     */
    record Body(byte[] bytes, String contentType, Map<String, String> headers) {
    }

    private static final String JSON = "application/json; charset=utf-8";

    /** {@link #send}, with a body of any type (or none). */
    WpSite.Response exchange(String method, URI uri, Body body, String authorization) throws WpException {
        boolean idempotent = !method.equals("POST");
        URI[] reached = {uri}; // where the last request went: a redirect's target that fails is named, not only uri
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= settings.retries();
            WpSite.Response response;
            try {
                response = followingRedirects(method, uri, body, authorization, reached);
            } catch (HttpConnectTimeoutException e) { // never reached the site: safe to send again
                if (last) throw failure(method, uri, reached[0], "no connection within "
                        + seconds(settings.connectTimeout()) + " (tried " + (attempt + 1) + " times): is the site up, and the address right?", e);
                pause(backoff(attempt), method, uri);
                continue;
            } catch (HttpTimeoutException e) {
                if (last || !idempotent) throw failure(method, uri, reached[0], "no complete answer within "
                        + seconds(settings.requestTimeout()) + " (tried " + (attempt + 1) + " times)"
                        + (idempotent ? "" : "; the site may have acted on it: check before sending it again"), e);
                pause(backoff(attempt), method, uri);
                continue;
            } catch (ConnectException | UnknownHostException e) {
                throw failure(method, uri, reached[0], "cannot connect (" + describe(e)
                        + "): is the site up, and the address right?", e);
            } catch (javax.net.ssl.SSLException e) { // not a passing failure: never retried, never bypassed
                throw failure(method, uri, reached[0], "no trusted TLS connection (" + describe(e)
                        + "): wpxliff always verifies the certificate; fix the site's certificate, or add its CA to Java's trust store"
                        + " (-Djavax.net.ssl.trustStore=FILE)", e);
            } catch (BoundedBody.TooLarge e) {
                throw failure(method, uri, reached[0], e.getMessage(), e);
            } catch (IOException e) { // the connection dropped: the request may have reached the site
                if (outOfMemory(e)) { // the JDK's client reports it so: no passing failure, never retried
                    throw failure(method, uri, reached[0], "out of memory while reading the answer: give Java more"
                            + " heap (WPXLIFF_JAVA_OPTS=-Xmx2g), or ask for less at once (pull --connections 1)", e);
                }
                if (last || !idempotent) throw failure(method, uri, reached[0], "the connection failed (" + describe(e) + ")"
                        + (attempt > 0 ? " (tried " + (attempt + 1) + " times)" : "")
                        + (idempotent ? "" : "; the site may have acted on it: check before sending it again"), e);
                pause(backoff(attempt), method, uri);
                continue;
            }
            int status = response.status();
            if (last || !mayPass(status)) return response;
            Duration retryAfter = retryAfter(response.header("Retry-After"));
            if (!idempotent && !(retryAfter != null && (status == 429 || status == 503))) return response;
            Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
            if (wait.compareTo(settings.maxRetryAfter()) > 0) return response; // asked to wait too long: say so
            pause(wait, method, uri);
        }
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /** GET follows up to five redirects itself, so that it can refuse the unsafe ones; POST follows none. */
    private WpSite.Response followingRedirects(String method, URI uri, Body body, String authorization, URI[] reached)
            throws IOException, WpException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            reached[0] = current;
            WpSite.Response response = once(method, current, body, authorization);
            int status = response.status();
            String location = response.header("Location");
            boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (!redirect || location == null || method.equals("POST")) return response;
            if (hop >= MAX_REDIRECTS) throw failure(method, uri, "more than " + MAX_REDIRECTS + " redirects", null);
            URI next;
            try {
                next = current.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw failure(method, current, "redirected to an invalid address", e);
            }
            if (!Urls.isHttp(next)) throw failure(method, current, "redirected to " + Urls.withoutUserInfo(next)
                    + ", not an http(s) address: refused", null);
            if (current.getScheme().equalsIgnoreCase("https") && next.getScheme().equalsIgnoreCase("http")) {
                throw failure(method, current, "redirected from https to plain http (" + Urls.withoutUserInfo(next)
                        + "): refused; check the site's address settings", null);
            }
            if (authorization != null && !Urls.sameOrigin(current, next)) {
                throw failure(method, current, "redirected to another site (" + Urls.withoutUserInfo(next)
                        + "): credentials are not sent there; give that address as the site", null);
            }
            current = next;
        }
    }

    private WpSite.Response once(String method, URI uri, Body body, String authorization) throws IOException, WpException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", "wpxliff/" + Version.VERSION)
                .header("Accept", "application/json");
        if (authorization != null) request.header("Authorization", authorization);
        if (body != null) {
            request.header("Content-Type", body.contentType());
            body.headers().forEach(request::setHeader);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), info ->
                new BoundedBody(settings.maxBodyBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            // the request timeout covers the headers only: this one covers the whole body too
            HttpResponse<byte[]> response = pending.get(settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new WpSite.Response(response.statusCode(), response.headers(), response.body(), uri);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("timed out");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(method, uri, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) cause = cause.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException runtime) throw runtime;
            throw new IOException(cause);
        }
    }

    /**
     * Whether an answer with this status may be different if asked again: 429 and server errors, but not 501 (a
     * method the server does not implement, e.g. HEAD), 505 (HTTP version) and 511 (a network's login page), which
     * only waste the backoff.
     */
    static boolean mayPass(int status) {
        return status == 429 || status >= 500 && status <= 599 && status != 501 && status != 505 && status != 511;
    }

    private Duration backoff(int attempt) {
        return settings.firstBackoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static void pause(Duration wait, String method, URI uri) throws WpException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(method, uri, "interrupted", e);
        }
    }

    /** "redirected to X; " when the request that failed went where the site redirected it, else nothing. */
    private static String redirected(URI asked, URI reached) {
        return reached.equals(asked) ? "" : "redirected to " + Urls.withoutUserInfo(reached) + "; ";
    }

    /** {@link #failure(String, URI, String, Throwable)}, naming where a redirect led when that is what failed. */
    private static WpException failure(String method, URI uri, URI reached, String what, Throwable cause) {
        return failure(method, uri, redirected(uri, reached) + what, cause);
    }

    static WpException failure(String method, URI uri, String what, Throwable cause) {
        return new WpException(method + " " + Urls.withoutUserInfo(uri) + ": " + what, uri, -1, null, cause);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof ConnectException) return message == null || message.isBlank() ? "connection refused" : message;
        if (e instanceof UnknownHostException) return "unknown host " + message;
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
