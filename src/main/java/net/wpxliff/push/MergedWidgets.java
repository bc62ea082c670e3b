package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.merge.WidgetsBody;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translated sidebar widgets as merge wrote them ({@code widgets.ko.widgets.json}, {@link WidgetsBody}): the source
 * site, each active sidebar with its widget ids in order, and the widgets by id.
 *
 * @param sourceRoot the source site's REST root, as pull found it
 * @param sidebars   sidebar id to the ids of its widgets, in the source's order
 * @param widgets    widget id to the widget ({@code id}, {@code id_base}, {@code sidebar}, and {@code raw} when the
 *                   source gave its settings)
 */
public record MergedWidgets(Path bodyFile, String sourceRoot, Map<String, List<String>> sidebars, Map<String, ObjectNode> widgets) {
    public MergedWidgets {
        sidebars = Collections.unmodifiableMap(new LinkedHashMap<>(sidebars)); // in the source's order
        widgets = Collections.unmodifiableMap(new LinkedHashMap<>(widgets));
    }

    /** Whether the file is named as merge names a widgets body. */
    public static boolean isBody(Path file) {
        return file.getFileName().toString().endsWith(WidgetsBody.SUFFIX);
    }

    public static MergedWidgets read(Path bodyFile) throws PushException {
        if (!isBody(bodyFile)) {
            throw new PushException(bodyFile + ": not a merged widgets body (merge writes widgets.ko" + WidgetsBody.SUFFIX + ")");
        }
        ObjectNode body = MergedPost.object(bodyFile);
        String problem = "merge the XLIFF again";
        if (MergedPost.origin(body.path("source").asText("")) == null || !body.path("sidebars").isArray()
                || !body.path("widgets").isArray()) {
            throw new PushException(bodyFile + ": not a widgets body merge wrote (a source site, sidebars, widgets); " + problem);
        }
        Map<String, List<String>> sidebars = new LinkedHashMap<>();
        for (JsonNode sidebar : body.path("sidebars")) {
            if (!sidebar.path("id").isTextual() || !sidebar.path("widgets").isArray()) {
                throw new PushException(bodyFile + ": a sidebar without an id or a list of widgets; " + problem);
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode id : sidebar.path("widgets")) ids.add(id.asText());
            sidebars.put(sidebar.path("id").asText(), ids);
        }
        Map<String, ObjectNode> widgets = new LinkedHashMap<>();
        for (JsonNode widget : body.path("widgets")) {
            if (!(widget instanceof ObjectNode object) || !object.path("id").isTextual() || !object.path("id_base").isTextual()
                    || !object.path("id").asText().startsWith(object.path("id_base").asText() + "-")
                    || (object.has("raw") && !object.path("raw").isObject())) {
                throw new PushException(bodyFile + ": a widget without an id, its kind (id_base) or settings as an"
                        + " object; " + problem);
            }
            widgets.put(object.path("id").asText(), object);
        }
        return new MergedWidgets(bodyFile, body.path("source").asText(), sidebars, widgets);
    }

    /** The source site's origin ({@code https://site.example}), as the push record names it. */
    public String sourceSite() {
        return MergedPost.origin(sourceRoot);
    }
}
