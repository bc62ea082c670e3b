package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.MenuFormat;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.LoneSurrogates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What push needs to make a translated classic menu ({@code menu-main.ko.menu.json}): the source site, the menu
 * ({@code id}, {@code name}, {@code slug}, {@code description}, {@code locations}, {@code auto_add}) and, per item in
 * order, what WordPress takes for a menu item: its translated {@code title}, {@code attr_title} and
 * {@code description}, what it links to ({@code type}, {@code object}, the source's {@code object_id} and the object's
 * slug, or for a custom link its {@code url}, moved to the target locale as links in posts are), its {@code parent}
 * (a source item id), {@code menu_order}, {@code target}, {@code classes} and {@code xfn}. UTF-8, indented.
 */
public final class MenuBody {
    /** What the body's file name ends with after the target suffix: {@code menu-main.ko.menu.json}. */
    public static final String SUFFIX = ".menu.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MENU = {"id", "name", "slug", "description", "locations", "auto_add"};
    private static final String[] ITEM = {"id", "type", "object", "object_id", MenuFormat.OBJECT_SLUG, "parent", "menu_order",
            "url", "target", "classes", "xfn"};

    private MenuBody() {
    }

    public static byte[] write(OutputContext context) {
        SourceDocument menu = context.document();
        LocaleUrls urls = context.options().locale().urlsFor(menu, context.sourceLanguage(), context.targetLanguage());
        try {
            JsonNode file = JSON.readTree(menu.text());
            ObjectNode body = JSON.createObjectNode();
            body.put("source", file.path("source").asText(""));
            ObjectNode target = body.putObject("menu");
            for (String member : MENU) if (file.path("menu").has(member)) target.set(member, file.path("menu").get(member));
            ArrayNode items = body.putArray("items");
            for (JsonNode item : file.path("items")) {
                ObjectNode out = items.addObject();
                for (String member : ITEM) if (item.has(member)) out.set(member, item.get(member));
                String key = MenuFormat.KEY_PREFIX + item.path("id").asText() + "/";
                String label = item.path("title").path("raw").asText("");
                // no label of its own (the linked title as label): the target shows its translation's title
                if (label.equals(item.path(MenuFormat.OBJECT_TITLE).asText(null))) label = "";
                out.put("title", text(context, key + "title", label));
                out.put("attr_title", text(context, key + "attr_title", item.path("attr_title").asText("")));
                out.put("description", text(context, key + "description", item.path("description").asText("")));
                if (item.path("type").asText("").equals("custom") && item.path("url").isTextual()) {
                    String localized = urls.localize(item.path("url").asText());
                    if (localized != null) out.put("url", localized);
                }
            }
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(menu.origin() + ": the menu file was read before and is JSON", e);
        }
    }

    /** The merged text of a field, or the source's when it is no field (empty, or not translated). */
    private static String text(OutputContext context, String key, String source) {
        return LoneSurrogates.replaced(context.merged().getOrDefault(key, source));
    }
}
