package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every request push makes shares: its query (with the {@code --param}s), writing its JSON body and reading the
 * answer as JSON.
 */
final class SiteRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteRequests() {
    }

    /** The request's own parameters, then each {@code --param} the request does not set itself. */
    static Map<String, String> query(Map<String, String> own, Map<String, String> params) {
        Map<String, String> query = new LinkedHashMap<>(own);
        params.forEach(query::putIfAbsent);
        return query;
    }

    /** A request's JSON body. */
    static byte[] bytes(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always writes
        }
    }

    /** The answer as JSON; a PushException naming the URL when it is empty or not JSON. */
    static JsonNode json(WpSite.Response response) throws PushException {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null) throw new PushException(response.uri() + ": empty answer");
            return node;
        } catch (IOException e) {
            throw new PushException(response.uri() + ": the answer is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
