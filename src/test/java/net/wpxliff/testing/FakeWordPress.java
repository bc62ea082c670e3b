package net.wpxliff.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a WordPress site (JDK's com.sun.net.httpserver on 127.0.0.1), for what the real test
 * site cannot do on demand: answer HTML, fail, stall, stop in the middle. It serves the home page with the
 * REST API's Link header, the REST root at {@code /wp-json/} (or only at {@code ?rest_route=/}), and the routes
 * a test registers; an unknown route gets WordPress's {@code rest_no_route}.
 */
public final class FakeWordPress implements AutoCloseable {
    /** Answers one request to a route. */
    public interface Handler {
        void handle(HttpExchange exchange, Map<String, String> query) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile boolean wordPress = true;
    private volatile boolean prettyPermalinks = true;

    public FakeWordPress() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every page answers HTML: a web site, but not WordPress. */
    public FakeWordPress notWordPress() {
        wordPress = false;
        return this;
    }

    /** No Link header and no /wp-json/: the REST API only at ?rest_route=. */
    public FakeWordPress plainPermalinks() {
        prettyPermalinks = false;
        return this;
    }

    public FakeWordPress route(String route, Handler handler) {
        routes.put(route, handler);
        return this;
    }

    /** How many requests reached the route. */
    public int requests(String route) {
        AtomicInteger count = counts.get(route);
        return count == null ? 0 : count.get();
    }

    /** Stops the server at once (connections dropped), from another thread. */
    public void stopNow() {
        new Thread(() -> server.stop(0)).start();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String path = exchange.getRequestURI().getPath();
            if (!wordPress) {
                send(exchange, 200, "text/html; charset=UTF-8", "<!DOCTYPE html><html><head><title>Shop</title></head><body>Welcome</body></html>");
                return;
            }
            String route = null;
            if (query.containsKey("rest_route")) route = query.get("rest_route");
            else if (prettyPermalinks && path.startsWith("/wp-json")) route = path.substring("/wp-json".length());
            if (route == null) {
                if (prettyPermalinks) exchange.getResponseHeaders().add("Link", "<" + url() + "/wp-json/>; rel=\"https://api.w.org/\"");
                int status = path.equals("/") ? 200 : 404;
                send(exchange, status, "text/html; charset=UTF-8", "<!DOCTYPE html><html><body>A WordPress blog</body></html>");
                return;
            }
            if (route.isEmpty() || route.equals("/")) {
                send(exchange, 200, "application/json; charset=UTF-8", "{\"name\":\"Fake\",\"namespaces\":[\"oembed/1.0\",\"wp/v2\"],\"routes\":{}}");
                return;
            }
            counts.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
            Handler handler = routes.get(route);
            if (handler == null) {
                send(exchange, 404, "application/json; charset=UTF-8", "{\"code\":\"rest_no_route\",\"message\":\"No route was found"
                        + " matching the URL and request method.\",\"data\":{\"status\":404}}");
                return;
            }
            handler.handle(exchange, query);
        } finally {
            exchange.close();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new ConcurrentHashMap<>();
        if (raw == null) return query;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** WordPress's error JSON. */
    public static void sendError(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(exchange, status, "application/json; charset=UTF-8", "{\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"data\":{\"status\":" + status + "}}");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
