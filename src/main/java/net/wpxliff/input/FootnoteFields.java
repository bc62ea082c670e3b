package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The texts of a post's footnotes (WordPress 6.3's Footnotes block) as fields of their own. The block is dynamic: the
 * post's content holds only the numbered references ({@code <sup data-fn="ID" class="fn"><a href="#ID"
 * id="ID-link">1</a></sup>}) and the block's place ({@code <!-- wp:footnotes /-->}); the texts are in the post meta
 * {@code footnotes}, a JSON text ({@code [{"id":"ID","content":"A note"}]}) that the REST API gives as the string
 * {@code meta.footnotes} and a WordPress export as a {@code wp:postmeta}. Left out, the Korean page listed English
 * footnotes. Each footnote's content (rich text: HTML) becomes the field {@code footnotes/ID}, with the span of the
 * whole meta string: merge rewrites the JSON text inside it, each content string and nothing else.
 * <p>
 * Only a post read from its raw fields ({@code context=edit}, or an export file): its rendered content has the list
 * rendered into it already, and is translated there. A configuration that translates the custom field
 * {@code footnotes} as a whole ({@link MetaFields}) keeps it that way.
 */
public final class FootnoteFields {
    /** The post meta the Footnotes block keeps its texts in. */
    public static final String META_KEY = "footnotes";
    /** What every footnote field's key starts with. */
    public static final String KEY_PREFIX = "footnotes/";
    /** The ids the editor gives (UUIDs) are used as keys when they are this plain; others go by their number. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One footnote.
     *
     * @param key          its field key ({@code footnotes/ID}, or {@code footnotes/#N} for the Nth with an id that is
     *                     not plain or not unique)
     * @param content      its text (HTML)
     * @param contentStart where the content's string token starts in the footnotes' JSON text
     * @param contentEnd   just after that token
     */
    public record Footnote(String key, String content, int contentStart, int contentEnd) {
    }

    /**
     * A post's footnotes.
     *
     * @param json       the JSON text of the meta (decoded from the post's string)
     * @param tokenStart where that string's token starts in the post's JSON text
     * @param tokenEnd   just after it
     * @param notes      the footnotes with text, in order
     */
    public record Footnotes(String json, int tokenStart, int tokenEnd, List<Footnote> notes) {
    }

    private FootnoteFields() {
    }

    /** The document with a field for each footnote's text, after its own fields; else the document itself. */
    public static SourceDocument add(SourceDocument document) {
        if (document.kind() != SourceDocument.Kind.WP_POST_RAW) return document;
        if (document.field(MetaFields.KEY_PREFIX + META_KEY) != null) return document;
        Footnotes found = find(document.text());
        if (found == null || found.notes().isEmpty()) return document;
        List<Field> fields = new ArrayList<>();
        for (Footnote note : found.notes()) {
            fields.add(new Field(note.key(), note.content(), found.tokenStart(), found.tokenEnd(), Field.Markup.HTML));
        }
        return document.withMoreFields(fields);
    }

    /** Whether the field is a footnote's text. */
    public static boolean is(String fieldKey) {
        return fieldKey.startsWith(KEY_PREFIX);
    }

    /** What a footnote's units are, for the translator's notes. */
    public static String note() {
        return "footnote of the post (listed where its Footnotes block is)";
    }

    /** The start of a footnote's unit ids: {@code footnote.} and its id (or {@code #N}). */
    static String unitIdPrefix(String fieldKey) {
        return "footnote." + fieldKey.substring(KEY_PREFIX.length()).replace("#", "n");
    }

    /**
     * The footnotes of a post's JSON text: null when its {@code meta} has no {@code footnotes} string, or the string is
     * not the JSON WordPress writes there (an array of objects with string {@code id} and {@code content}).
     */
    public static Footnotes find(String postJson) {
        // most posts have none: their text is not parsed again
        if (!postJson.contains("\"" + META_KEY + "\"")) return null;
        try {
            List<MetaFieldSpans.Span> spans = MetaFieldSpans.find(postJson, Set.of(META_KEY));
            if (spans.size() != 1 || spans.get(0).index() >= 0) return null;
            MetaFieldSpans.Span meta = spans.get(0);
            List<Footnote> notes = notes(meta.value());
            return notes == null ? null : new Footnotes(meta.value(), meta.tokenStart(), meta.tokenEnd(), notes);
        } catch (IOException e) {
            return null; // the post was read as JSON before; only the meta's own text can be malformed
        }
    }

    private static List<Footnote> notes(String json) throws IOException {
        List<Footnote> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) return null;
            int number = 0;
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                if (item != JsonToken.START_OBJECT) return null;
                number++;
                String id = null, content = null;
                int start = -1, end = -1;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                        id = parser.getText();
                    } else if (name.equals("content") && value == JsonToken.VALUE_STRING) {
                        start = (int) parser.currentTokenLocation().getCharOffset();
                        content = parser.getText();
                        end = (int) parser.currentLocation().getCharOffset();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (content == null || content.isBlank()) continue;
                boolean plain = id != null && PLAIN_ID.matcher(id).matches() && ids.add(id);
                notes.add(new Footnote(KEY_PREFIX + (plain ? id : "#" + number), content, start, end));
            }
            if (parser.nextToken() != null) return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
        return notes;
    }
}
