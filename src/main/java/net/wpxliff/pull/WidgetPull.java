package net.wpxliff.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SiteJsonFormat;
import net.wpxliff.input.WidgetsFormat;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code pull --type widgets}: the widgets of the sidebars a classic theme shows ({@code GET /wp/v2/sidebars} and
 * {@code /wp/v2/widgets}, an administrator's) into {@code DIR/widgets.json}: {@code {"wpxliff":"widgets","source":REST
 * root,"home":…,"sidebars":[{"id","name","widgets":[ids]}],"widgets":[{"id","id_base","sidebar","instance":{"raw":{…}}}]}}.
 * Only active sidebars (not the inactive widgets WordPress keeps aside, which no page shows); of each widget only its
 * settings ({@code instance.raw}), not their serialized form or what WordPress renders of them. A file there that
 * holds something else is never replaced: the next free name is used.
 */
public final class WidgetPull {
    /** The REST route, and what {@code --type widgets} names. */
    public static final String ROUTE = "/wp/v2/widgets";
    private static final String SIDEBARS = "/wp/v2/sidebars";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where the widgets went, whether they were written, how many there are and how many of them the site gives no
     * settings of (a plugin's widget that keeps them from the REST API: not translated, not pushed). No file (null) when
     * the sidebars show no widget.
     */
    public record Pulled(Path file, NamedFile.State state, int widgets, int withoutSettings) {
    }

    private WidgetPull() {
    }

    /** Asks the site for its sidebars and widgets and writes them (unless the folder holds them as they are). */
    public static Pulled pull(WpSite site, Map<String, String> parameters, Path dir) throws WpException, IOException {
        JsonNode sidebars, widgets;
        try {
            sidebars = list(site, SIDEBARS, parameters);
            widgets = list(site, ROUTE, parameters);
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the sidebars and their widgets",
                    "pull them with an administrator's Application Password, or leave widgets out of --type");
        }
        ObjectNode file = JSON.createObjectNode();
        file.put(SiteJsonFormat.MARK_KEY, WidgetsFormat.MARK_VALUE);
        file.put("source", site.root().toString());
        if (site.home() != null) file.put("home", site.home());
        ArrayNode active = file.putArray("sidebars");
        Set<String> shown = new HashSet<>();
        for (JsonNode sidebar : sidebars) {
            // the inactive widgets, and a sidebar of a theme no longer active: no page shows them
            if (!"active".equals(sidebar.path("status").asText()) || !sidebar.path("id").isTextual()) continue;
            ObjectNode kept = active.addObject();
            kept.set("id", sidebar.get("id"));
            kept.set("name", sidebar.path("name"));
            kept.set("widgets", sidebar.path("widgets").isArray() ? sidebar.get("widgets") : JSON.createArrayNode());
            kept.path("widgets").forEach(id -> shown.add(id.asText()));
        }
        ArrayNode list = file.putArray("widgets");
        int withoutSettings = 0;
        for (JsonNode widget : widgets) {
            if (!shown.contains(widget.path("id").asText())) continue;
            ObjectNode kept = list.addObject();
            for (String member : new String[]{"id", "id_base", "sidebar"}) kept.set(member, widget.path(member));
            JsonNode raw = widget.path("instance").path("raw");
            if (raw.isObject()) kept.putObject("instance").set("raw", raw);
            else withoutSettings++;
        }
        if (list.isEmpty()) return new Pulled(null, null, 0, 0); // nothing to translate: no file
        byte[] bytes = (JSON.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
        NamedFile.Written written = NamedFile.write(dir, WidgetsFormat.NAME, bytes, WidgetPull::isWidgetsFile);
        return new Pulled(written.file(), written.state(), list.size(), withoutSettings);
    }

    private static JsonNode list(WpSite site, String route, Map<String, String> parameters) throws WpException {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("context", "edit");
        WpSite.Response response = site.get(route, query);
        JsonNode list = response.json();
        if (!list.isArray()) {
            throw new WpException("GET " + response.uri() + ": the answer is not a list", response.uri(), response.status(), null);
        }
        return list;
    }

    /** Whether the bytes are a widgets file pull wrote. */
    private static boolean isWidgetsFile(byte[] bytes) {
        try {
            JsonNode file = JSON.readTree(bytes);
            return file != null && WidgetsFormat.MARK_VALUE.equals(file.path(SiteJsonFormat.MARK_KEY).asText());
        } catch (IOException e) {
            return false;
        }
    }
}
