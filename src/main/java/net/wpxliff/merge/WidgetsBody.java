package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.input.WidgetsFormat;
import net.wpxliff.unit.LoneSurrogates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * What push needs to put translated widgets on the target site ({@code widgets.ko.widgets.json}): the source site, the
 * active sidebars with their widget ids in order, and each widget's {@code id}, {@code id_base}, {@code sidebar} and
 * settings ({@code raw}, as {@code instance.raw} is sent to WordPress) with the texts translated (and the source's,
 * {@code source_raw}, when they differ: push takes a copy of the source widget on the target for it). A widget the site
 * gave no settings of (a plugin's widget that keeps them hidden from the REST API) has no {@code raw}: push leaves it
 * out and names it. UTF-8, indented.
 */
public final class WidgetsBody {
    /** What the body's file name ends with after the target suffix: {@code widgets.ko.widgets.json}. */
    public static final String SUFFIX = ".widgets.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WidgetsBody() {
    }

    public static byte[] write(OutputContext context) {
        SourceDocument widgets = context.document();
        try {
            JsonNode file = JSON.readTree(widgets.text());
            ObjectNode body = JSON.createObjectNode();
            body.put("source", file.path("source").asText(""));
            ArrayNode sidebars = body.putArray("sidebars");
            for (JsonNode sidebar : file.path("sidebars")) {
                ObjectNode out = sidebars.addObject();
                out.set("id", sidebar.path("id"));
                out.set("widgets", sidebar.path("widgets"));
            }
            ArrayNode list = body.putArray("widgets");
            for (JsonNode widget : file.path("widgets")) {
                ObjectNode out = list.addObject();
                for (String member : new String[]{"id", "id_base", "sidebar"}) out.set(member, widget.path(member));
                JsonNode raw = widget.path("instance").path("raw");
                if (!raw.isObject()) continue;
                ObjectNode translated = translated((ObjectNode) raw.deepCopy(), widget.path("id").asText(), context.merged());
                out.set("raw", translated);
                if (!translated.equals(raw)) out.set("source_raw", raw); // push finds an untranslated copy there by it
            }
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(widgets.origin() + ": the widgets file was read before and is JSON", e);
        }
    }

    /** The settings with each translated text in place (WordPress refuses half a surrogate pair: U+FFFD there). */
    private static ObjectNode translated(ObjectNode raw, String id, Map<String, String> merged) {
        for (Iterator<String> names = raw.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String text = merged.get(WidgetsFormat.KEY_PREFIX + id + "/" + name);
            if (text != null) raw.put(name, LoneSurrogates.replaced(text));
        }
        return raw;
    }
}
