package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.merge.MenuBody;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A translated classic menu as merge wrote it ({@code menu-main.ko.menu.json}, {@link MenuBody}): the source site, the
 * menu and its items in order.
 *
 * @param sourceRoot the source site's REST root, as pull found it
 */
public record MergedMenu(Path bodyFile, String sourceRoot, ObjectNode menu, List<ObjectNode> items) {
    public MergedMenu {
        items = List.copyOf(items);
    }

    /** Whether the file is named as merge names a menu body. */
    public static boolean isBody(Path file) {
        return file.getFileName().toString().endsWith(MenuBody.SUFFIX);
    }

    public static MergedMenu read(Path bodyFile) throws PushException {
        if (!isBody(bodyFile)) {
            throw new PushException(bodyFile + ": not a merged menu body (merge writes menu-<slug>.ko" + MenuBody.SUFFIX + ")");
        }
        ObjectNode body = MergedPost.object(bodyFile);
        if (MergedPost.origin(body.path("source").asText("")) == null || !(body.path("menu") instanceof ObjectNode menu) || !body.path("items").isArray()
                || !menu.path("id").canConvertToLong() || !menu.path("slug").isTextual() || !menu.path("name").isTextual()) {
            throw new PushException(bodyFile + ": not a menu body merge wrote (a source site, a menu with id, name and"
                    + " slug, a list of items); merge the XLIFF again");
        }
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            if (!(item instanceof ObjectNode object) || !object.path("id").canConvertToLong()
                    || !object.path("type").isTextual() || !object.path("title").isTextual()) {
                throw new PushException(bodyFile + ": an item without an id, a type or a title: merge the XLIFF again");
            }
            items.add(object);
        }
        return new MergedMenu(bodyFile, body.path("source").asText(), menu, items);
    }

    /** The source site's origin ({@code https://site.example}), as the push record names it. */
    public String sourceSite() {
        return MergedPost.origin(sourceRoot);
    }

    public long sourceId() {
        return menu.path("id").asLong();
    }

    public String slug() {
        return menu.path("slug").asText();
    }
}
