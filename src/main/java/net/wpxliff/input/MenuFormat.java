package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.merge.MenuBody;
import net.wpxliff.merge.OutputContext;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A classic navigation menu as {@code pull --type menus} writes it ({@code menu-<slug>.json}: the menu and its items
 * as the REST API gives them to an administrator). Its fields are what visitors read of each item: the label
 * ({@code title.raw}, when the item has one of its own: an item without one shows the title of the post or term it
 * links to, which on the target site is that post's translation: the REST API gives that title as its label, and pull
 * records the linked title to tell them apart), the title attribute ({@code attr_title}, a
 * tooltip) and the description some themes show, each HTML text keyed {@code menu-item/ID/title},
 * {@code …/attr_title}, {@code …/description}. Merge writes the menu file with those strings translated and the
 * body push sends ({@link MenuBody}).
 */
public final class MenuFormat extends SiteJsonFormat {
    public static final MenuFormat INSTANCE = new MenuFormat();
    /** The value of the mark a menu file starts with ({@code "wpxliff":"menu"}): how a menu file is told from a post. */
    public static final String MARK_VALUE = "menu";
    /** The slug of the post or term an item links to, which pull adds to the item. */
    public static final String OBJECT_SLUG = "wpxliff_object_slug";
    /** The title (a term's name) of the post or term an item links to, which pull adds to the item. */
    public static final String OBJECT_TITLE = "wpxliff_object_title";
    /** What every menu field's key starts with. */
    public static final String KEY_PREFIX = "menu-item/";
    private static final List<String> TEXTS = List.of("title", "attr_title", "description");
    private static final JsonFactory JSON = new JsonFactory();

    private MenuFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_MENU;
    }

    @Override
    String markValue() {
        return MARK_VALUE;
    }

    /** The menu of a menu file's text. */
    @Override
    public SourceDocument read(Path file, String text, Charset charset, boolean bom) throws InputException {
        String slug = null, home = null;
        List<Field> fields = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw notAMenu(file);
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("home") && value == JsonToken.VALUE_STRING) {
                    home = parser.getText();
                } else if (name.equals("menu") && value == JsonToken.START_OBJECT) {
                    for (JsonToken m = parser.nextToken(); m == JsonToken.FIELD_NAME; m = parser.nextToken()) {
                        String member = parser.currentName();
                        JsonToken v = parser.nextToken();
                        if (member.equals("slug") && v == JsonToken.VALUE_STRING) slug = parser.getText();
                        else parser.skipChildren();
                    }
                } else if (name.equals("items") && value == JsonToken.START_ARRAY) {
                    for (JsonToken item = parser.nextToken(); item == JsonToken.START_OBJECT; item = parser.nextToken()) {
                        item(parser, fields);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not a menu file pull wrote (" + e.getOriginalMessage() + "); pull the menus again", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + ReadFailure.reason(e) + ")", e);
        }
        if (slug == null) throw notAMenu(file);
        String name = "menu-" + decoded(slug);
        return new SourceDocument(file.toString(), kind(), name.replaceAll("[^\\p{L}\\p{N}._-]+", "-"), text, charset, bom,
                null, home, null, fields);
    }

    /** WordPress keeps a non-ASCII slug percent-encoded; the name gets the letters (a malformed one stays as it is). */
    private static String decoded(String slug) {
        try {
            return java.net.URLDecoder.decode(slug.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    /** One item's texts, the parser on its START_OBJECT; leaves it on its END_OBJECT. */
    private static void item(JsonParser parser, List<Field> fields) throws IOException {
        String id = null, objectTitle = null;
        List<ItemText> texts = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id") && value.isNumeric()) {
                id = parser.getText();
            } else if (name.equals("title") && value == JsonToken.START_OBJECT) {
                for (JsonToken m = parser.nextToken(); m == JsonToken.FIELD_NAME; m = parser.nextToken()) {
                    boolean raw = parser.currentName().equals("raw");
                    JsonToken v = parser.nextToken();
                    if (raw && v == JsonToken.VALUE_STRING) texts.add(text("title", parser));
                    else parser.skipChildren();
                }
            } else if (TEXTS.contains(name) && value == JsonToken.VALUE_STRING) {
                texts.add(text(name, parser));
            } else if (name.equals(OBJECT_TITLE) && value == JsonToken.VALUE_STRING) {
                objectTitle = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        if (id == null) return;
        for (ItemText text : texts) {
            if (text.value().isBlank()) continue;
            // the linked post's or term's title, as the REST API gives an item without a label of its own
            if (text.key().equals("title") && text.value().equals(objectTitle)) continue;
            fields.add(new Field(KEY_PREFIX + id + "/" + text.key(), text.value(), text.start(), text.end()));
        }
    }

    /** One text of an item and the span of its string token in the file's text. */
    private record ItemText(String key, String value, int start, int end) {
    }

    private static ItemText text(String key, JsonParser parser) throws IOException {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        String value = parser.getText();
        return new ItemText(key, value, start, (int) parser.currentLocation().getCharOffset());
    }

    private static InputException notAMenu(Path file) {
        return new InputException(file + ": not a menu file pull wrote (no menu with a slug); pull the menus again"
                + " (wpxliff pull SITE --type menus)");
    }

    @Override
    public String fieldNote(Field field) {
        String key = field.key();
        if (key.endsWith("/attr_title")) return "title attribute (tooltip) of a navigation menu item";
        if (key.endsWith("/description")) return "description of a navigation menu item";
        return "label of a navigation menu item";
    }

    /** Whether a field key is one of these files' (its unit ids are the key with dots: {@link FieldIds}). */
    static boolean is(String fieldKey) {
        return fieldKey.startsWith(KEY_PREFIX);
    }

    @Override
    public String category() {
        return "wordpress-menu";
    }

    @Override
    public String describe(SourceDocument document) {
        return "WordPress navigation menu " + document.name().substring("menu-".length());
    }

    @Override
    String bodySuffix() {
        return MenuBody.SUFFIX;
    }

    @Override
    byte[] body(OutputContext context) {
        return MenuBody.write(context);
    }
}
