package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns an answer that is not the JSON asked for into a message a site owner can act on: WordPress's own
 * error ({@code code} and {@code message}, and which parameter for {@code rest_invalid_param}) and what to do
 * about it (an Application Password, a capability, plain http, the route).
 */
final class WpErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET = 100;

    private WpErrors() {
    }

    static WpException of(String method, WpSite.Response response, Credentials credentials, int retries) {
        int status = response.status();
        JsonNode error = parse(response.body());
        String code = error != null && error.path("code").isTextual() ? error.get("code").asText() : null;
        String message = error != null && error.path("message").isTextual() ? error.get("message").asText() : null;
        StringBuilder text = new StringBuilder(method + " " + Urls.withoutUserInfo(response.uri()) + ": HTTP " + status);
        if (code != null) text.append(' ').append(code);
        if (message != null) text.append(": ").append(printable(message));
        if (error != null) text.append(parameterDetails(error));
        if (error == null && response.body().length > 0) text.append(" (").append(snippet(response.body())).append(')');
        String hint = hint(method, status, code, response, credentials, retries);
        if (hint != null) text.append(text.charAt(text.length() - 1) == '.' ? " " : ". ").append(hint);
        return new WpException(text.toString(), response.uri(), status, code);
    }

    private static String hint(String method, int status, String code, WpSite.Response response, Credentials credentials,
                               int retries) {
        URI uri = response.uri();
        boolean plainHttp = uri.getScheme().equalsIgnoreCase("http");
        String httpNote = plainHttp ? "; over plain http WordPress ignores Application Passwords unless the site sets"
                + " WP_ENVIRONMENT_TYPE to local (wp-config.php): use the site's https address" : "";
        if (status == 401 || status == 403) {
            if (credentials == null) {
                return "This needs a login: " + Credentials.HOW;
            }
            if ("rest_forbidden_context".equals(code) || "rest_cannot_edit".equals(code) || "rest_cannot_create".equals(code)
                    || "rest_cannot_publish".equals(code) || "rest_forbidden_status".equals(code) || "rest_cannot_read".equals(code)) {
                if (status == 403) {
                    return "User " + credentials.user() + " lacks the capability: reading raw fields (context=edit) or"
                            + " drafts needs edit_posts (edit_pages for pages; Author, Editor or Administrator), creating and"
                            + " updating needs edit_posts, publishing publish_posts";
                }
            }
            return "The site did not accept the credentials of user " + credentials.user() + ": check "
                    + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE + " (or --auth-file): the"
                    + " password must be an Application Password (Users → Profile → Application Passwords), not the"
                    + " login password" + httpNote;
        }
        if (status == 404) {
            if ("rest_no_route".equals(code)) {
                return "The site has no such REST route: check the post type (--type takes its REST base, e.g. posts,"
                        + " pages) or the plugin that provides it";
            }
            if ("rest_post_invalid_id".equals(code)) return "There is no post with this id on this site";
            if (code == null) return "Not found: is the address the WordPress site's?";
            return null;
        }
        if ("rest_invalid_param".equals(code) || "rest_missing_callback_param".equals(code)) {
            return "Check the option or --param that sets it";
        }
        if (status >= 300 && status <= 399) {
            String location = response.header("Location");
            return "Redirected" + (location == null ? "" : " to " + printable(location)) + ": give that address as the site";
        }
        if (status >= 500 && !HttpTransport.mayPass(status)) {
            return "The server does not do what was asked (not retried: asking again would get the same answer)";
        }
        if (status == 429 || status >= 500) {
            String tried = method.equals("POST") ? "not sent again, as the site may have acted on it: check before retrying"
                    : "tried up to " + (retries + 1) + " times, waiting longer each time: try again later";
            return "The site is overloaded or failing (" + tried + ")" + (status == 500 ? "; the site's PHP error log says why" : "");
        }
        return null;
    }

    /** For rest_invalid_param: which parameter and why ({@code data.params}). */
    private static String parameterDetails(JsonNode error) {
        JsonNode params = error.path("data").path("params");
        if (!params.isObject() || params.isEmpty()) return "";
        List<String> details = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            details.add(printable(p.getKey() + ": " + p.getValue().asText()));
        }
        return " (" + String.join("; ", details) + ")";
    }

    /** The answer to a 2xx that should have been JSON. */
    static WpException notJson(String method, WpSite.Response response) {
        String contentType = response.header("Content-Type");
        boolean html = looksLikeHtml(response.body()) || contentType != null && contentType.contains("html");
        String phpNote = new String(response.body(), 0, Math.min(response.body().length, 2000), StandardCharsets.UTF_8)
                .matches("(?s)\\s*(<br\\s*/?>\\s*)?<b>(Warning|Notice|Deprecated|Fatal error)</b>.*")
                ? " PHP printed a warning before the JSON: fix it or turn off display_errors on the site." : "";
        return new WpException(method + " " + Urls.withoutUserInfo(response.uri()) + ": the answer is "
                + (html ? "HTML" : "not JSON") + " (" + snippet(response.body()) + "), not WordPress REST API JSON."
                + phpNote + " Is the address a WordPress site's, and its REST API reachable?",
                response.uri(), response.status(), null);
    }

    /** Null when the answer is a REST root with wp/v2; else what it is instead, for the "tried" list. */
    static String rootVerdict(WpSite.Response response) {
        if (response.status() < 200 || response.status() > 299) return "HTTP " + response.status();
        if (!isJson(response.body())) return looksLikeHtml(response.body()) ? "HTML, not JSON" : "not JSON";
        JsonNode root = parse(response.body());
        if (root == null || !root.isObject()) return "JSON, but not a REST root";
        List<String> namespaces = WpSite.namespaces(root);
        if (namespaces.isEmpty()) return "JSON without \"namespaces\"";
        if (!namespaces.contains("wp/v2")) return "a REST API without wp/v2 (namespaces " + namespaces + ")";
        return null;
    }

    /** The body starts (after whitespace and a byte order mark) as a JSON object or array does. */
    static boolean isJson(byte[] body) {
        int i = skipSpace(body);
        return i < body.length && (body[i] == '{' || body[i] == '[');
    }

    private static boolean looksLikeHtml(byte[] body) {
        int i = skipSpace(body);
        return i < body.length && body[i] == '<';
    }

    private static int skipSpace(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) i = 3;
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) i++;
        return i;
    }

    static JsonNode parse(byte[] body) {
        if (!isJson(body)) return null;
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The start of a body, tags and control characters out, for a message. */
    static String snippet(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 4000), StandardCharsets.UTF_8);
        String shown = text.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        if (shown.isEmpty()) shown = text.strip();
        shown = printable(shown);
        return "\"" + (shown.length() > SNIPPET ? shown.substring(0, SNIPPET) + "…" : shown) + "\"";
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) out.append(' ');
            else out.appendCodePoint(c);
        });
        return out.toString();
    }
}
