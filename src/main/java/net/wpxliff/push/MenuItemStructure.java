package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A classic menu item's fields that are not text, as {@link PushedStructure} records and compares them: what it links
 * to ({@code link}: its type, object and object id, or a custom link's address), its place ({@code order}, {@code
 * parent}) and {@code target}. Read alike from the body push sends and from the item WordPress gives back, so that what
 * push wrote, what the translation has now and what an editor set there compare as equals.
 */
final class MenuItemStructure {
    static final String LINK = "link", ORDER = "order", TARGET = "target", PARENT = "parent";

    private MenuItemStructure() {
    }

    /** The item's fields that are not text, by their name in the record (a body's or WordPress's item). */
    static Map<String, String> of(JsonNode item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LINK, link(item));
        values.put(ORDER, Long.toString(item.path("menu_order").asLong(0)));
        values.put(TARGET, item.path("target").asText(""));
        values.put(PARENT, Long.toString(item.path("parent").asLong(0)));
        return values;
    }

    /**
     * Sets in the body the values the item has there ({@code now}) for these fields: those an editor set, which the
     * update keeps.
     */
    static void keep(ObjectNode body, JsonNode now, Collection<String> fields) {
        for (String field : fields) {
            switch (field) {
                case LINK -> {
                    String type = now.path("type").asText();
                    body.put("type", type);
                    body.remove(java.util.List.of("object", "object_id", "url"));
                    if (type.equals("custom")) {
                        body.put("url", now.path("url").asText(""));
                        continue;
                    }
                    body.put("object", now.path("object").asText(""));
                    if (!type.equals("post_type_archive")) body.put("object_id", now.path("object_id").asLong(0));
                }
                case ORDER -> body.put("menu_order", now.path("menu_order").asLong(0));
                case TARGET -> body.put("target", now.path("target").asText(""));
                case PARENT -> body.put("parent", now.path("parent").asLong(0));
                default -> throw new IllegalArgumentException(field);
            }
        }
    }

    /**
     * What an item links to: a custom link's address, a post type's archive by its type, a post or term by its type and
     * id there (the address WordPress gives such an item is its permalink, which its slug changes).
     */
    private static String link(JsonNode item) {
        String type = item.path("type").asText("");
        if (type.equals("custom")) return "custom " + item.path("url").asText("");
        String object = type + " " + item.path("object").asText("");
        return type.equals("post_type_archive") ? object : object + " " + item.path("object_id").asLong(0);
    }
}
