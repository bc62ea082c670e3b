package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.WidgetsBody;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The widgets a classic theme shows in its sidebars and footers, as {@code pull --type widgets} writes them
 * ({@code widgets.json}: the active sidebars with their widgets in order, each widget's settings as the REST API gives
 * them to an administrator, {@code instance.raw}). Its fields are what visitors read: a block widget's blocks
 * ({@code content}, read as a post's {@code content.raw}), a Text widget's title and text (the text as WordPress's
 * editor writes it: it adds paragraphs by blank lines), a Custom HTML widget's title and HTML, and every other widget's
 * title but a media widget's (push leaves those out: they name their file by the source's media id), keyed {@code widget/ID/title}, {@code widget/ID/text}, {@code widget/ID/content}. Merge writes the widgets file
 * with those strings translated and the body push sends ({@link WidgetsBody}).
 */
public final class WidgetsFormat extends SiteJsonFormat {
    public static final WidgetsFormat INSTANCE = new WidgetsFormat();
    /** The mark's value ({@code "wpxliff":"widgets"}, the file's first member): how a widgets file is told from a post. */
    public static final String MARK_VALUE = "widgets";
    /** The document's name, so its outputs are {@code widgets.ko.json} and {@code widgets.ko.widgets.json}. */
    public static final String NAME = "widgets";
    /** What every widget field's key starts with. */
    public static final String KEY_PREFIX = "widget/";
    /**
     * The settings of each kind of widget that visitors read, and how each is written. Every widget's {@code title}
     * is HTML text (WordPress prints it as it is); kinds not named here have only their title.
     */
    private static final Map<String, Map<String, Field.Markup>> TEXTS = Map.of(
            "block", Map.of("content", Field.Markup.EDITOR),
            "text", Map.of("title", Field.Markup.HTML, "text", Field.Markup.EDITOR),
            "custom_html", Map.of("title", Field.Markup.HTML, "content", Field.Markup.HTML));
    private static final Map<String, Field.Markup> TITLE_ONLY = Map.of("title", Field.Markup.HTML);
    private static final JsonFactory JSON = new JsonFactory();

    private WidgetsFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_WIDGETS;
    }

    @Override
    String markValue() {
        return MARK_VALUE;
    }

    /** The settings of a widget kind that are text to translate, with how each is written. */
    public static Map<String, Field.Markup> texts(String idBase) {
        // a media widget names its file by the source's media id: push leaves it out, so it has nothing to translate
        if (idBase.startsWith("media_")) return Map.of();
        return TEXTS.getOrDefault(idBase, TITLE_ONLY);
    }

    /** The widgets of a widgets file's text. */
    @Override
    public SourceDocument read(Path file, String text, Charset charset, boolean bom) throws InputException {
        String home = null;
        boolean widgets = false;
        List<Field> fields = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw notWidgets(file);
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("home") && value == JsonToken.VALUE_STRING) {
                    home = parser.getText();
                } else if (name.equals("widgets") && value == JsonToken.START_ARRAY) {
                    widgets = true;
                    for (JsonToken w = parser.nextToken(); w == JsonToken.START_OBJECT; w = parser.nextToken()) {
                        widget(parser, fields);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not a widgets file pull wrote (" + e.getOriginalMessage() + "); pull the"
                    + " widgets again (wpxliff pull SITE --type widgets)", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + ReadFailure.reason(e) + ")", e);
        }
        if (!widgets) throw notWidgets(file);
        return new SourceDocument(file.toString(), kind(), NAME, text, charset, bom, null, home, null, fields);
    }

    /** One widget's texts, the parser on its START_OBJECT; leaves it on its END_OBJECT. */
    private static void widget(JsonParser parser, List<Field> fields) throws IOException {
        String id = null, idBase = null;
        List<Field> raw = new ArrayList<>(); // keyed by the setting's name until the widget's id is known
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                id = parser.getText();
            } else if (name.equals("id_base") && value == JsonToken.VALUE_STRING) {
                idBase = parser.getText();
            } else if (name.equals("instance") && value == JsonToken.START_OBJECT) {
                for (JsonToken m = parser.nextToken(); m == JsonToken.FIELD_NAME; m = parser.nextToken()) {
                    boolean isRaw = parser.currentName().equals("raw");
                    JsonToken v = parser.nextToken();
                    if (isRaw && v == JsonToken.START_OBJECT) settings(parser, raw);
                    else parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
        }
        if (id == null || idBase == null) return;
        Map<String, Field.Markup> texts = texts(idBase);
        for (Field setting : raw) {
            Field.Markup markup = texts.get(setting.key());
            if (markup == null || setting.html().isBlank()) continue;
            fields.add(new Field(KEY_PREFIX + id + "/" + setting.key(), setting.html(), setting.tokenStart(),
                    setting.tokenEnd(), markup));
        }
    }

    /** The string settings of {@code instance.raw}, the parser on its START_OBJECT; leaves it on its END_OBJECT. */
    private static void settings(JsonParser parser, List<Field> raw) throws IOException {
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                String value = parser.getText();
                raw.add(new Field(name, value, start, (int) parser.currentLocation().getCharOffset()));
            } else {
                parser.skipChildren();
            }
        }
    }

    private static InputException notWidgets(Path file) {
        return new InputException(file + ": not a widgets file pull wrote (no list of widgets); pull the widgets again"
                + " (wpxliff pull SITE --type widgets)");
    }

    @Override
    public String fieldNote(Field field) {
        String key = field.key();
        if (key.endsWith("/title")) return "title of a sidebar widget";
        if (key.endsWith("/text")) return "text of a sidebar widget";
        return "content of a sidebar widget";
    }

    /** Whether a field key is one of these files' (its unit ids are the key with dots: {@link FieldIds}). */
    static boolean is(String fieldKey) {
        return fieldKey.startsWith(KEY_PREFIX);
    }

    @Override
    public String category() {
        return "wordpress-widgets";
    }

    @Override
    public String describe(SourceDocument document) {
        return "WordPress sidebar widgets";
    }

    @Override
    String bodySuffix() {
        return WidgetsBody.SUFFIX;
    }

    @Override
    byte[] body(OutputContext context) {
        return WidgetsBody.write(context);
    }
}
