package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The featured image's alt text and caption, as fields of their own, when a configuration translates media texts the
 * way WPML's media translation configures them ({@code <custom-field action="translate">_wp_attachment_image_alt}:
 * the alt text is that custom field of the media item). They live in the media library, not in the post, so themes
 * show the English ones on a Korean page (the {@code alt} of the featured image, a caption under it). The REST API
 * embeds the featured image with the post ({@code _embedded["wp:featuredmedia"][0]}, which pull asks for): its
 * {@code alt_text} becomes the field {@code media/featured/alt_text} and its {@code caption.rendered} the field
 * {@code media/featured/caption}, HTML text with the span of its JSON string token. Merge writes the translations into
 * the post JSON in place, where push reads them for the Korean media item.
 * <p>
 * Like {@link MetaFields}, they depend on the configuration: extraction adds them ({@link #add}), and merge finds them
 * in that document again.
 */
public final class FeaturedImageFields {
    /** The custom field whose translation WPML's configurations ask for to translate media texts. */
    public static final String ALT_TEXT_FIELD = "_wp_attachment_image_alt";
    /** What every featured image field's key starts with. */
    public static final String KEY_PREFIX = "media/featured/";
    public static final String ALT_TEXT = KEY_PREFIX + "alt_text";
    public static final String CAPTION = KEY_PREFIX + "caption";

    private FeaturedImageFields() {
    }

    /**
     * The document with a field for the featured image's alt text and caption (when not empty), after its own fields,
     * when {@code customFields} (those the configuration translates) has {@link #ALT_TEXT_FIELD}; else the document.
     */
    public static SourceDocument add(SourceDocument document, List<String> customFields) {
        if (!customFields.contains(ALT_TEXT_FIELD) || !document.format().hasPostMeta()) return document;
        List<Field> fields;
        try {
            fields = find(document.text());
        } catch (IOException e) {
            // the text was read as a post object before: it is JSON
            throw new UncheckedIOException(document.origin() + ": the featured image cannot be read again", e);
        }
        return fields.isEmpty() ? document : document.withMoreFields(fields);
    }

    /** Whether the field is one of these. */
    public static boolean is(String fieldKey) {
        return fieldKey.startsWith(KEY_PREFIX);
    }

    /** What a featured image field's units are, for the translator's notes. */
    public static String note(String fieldKey) {
        return (fieldKey.equals(ALT_TEXT) ? "alt text" : "caption") + " of the post's featured image (kept in the media"
                + " library: the same wherever the image is used)";
    }

    /** The unit id prefix: {@code media.featured.alt_text}. */
    static String unitIdPrefix(String fieldKey) {
        return fieldKey.replace('/', '.');
    }

    private static List<Field> find(String json) throws IOException {
        return EmbeddedArrays.read(json, "wp:featuredmedia", (parser, fields) -> {
            boolean first = true;
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                if (first && item == JsonToken.START_OBJECT) media(parser, fields); // the post's one featured image
                else parser.skipChildren();
                first = false;
            }
        });
    }

    private static void media(JsonParser parser, List<Field> fields) throws IOException {
        Field alt = null, caption = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            if (member.equals("alt_text") && value == JsonToken.VALUE_STRING) {
                alt = field(parser, ALT_TEXT);
            } else if (member.equals("caption") && value == JsonToken.START_OBJECT) {
                caption = null;
                for (JsonToken c = parser.nextToken(); c == JsonToken.FIELD_NAME; c = parser.nextToken()) {
                    boolean rendered = parser.currentName().equals("rendered");
                    if (parser.nextToken() == JsonToken.VALUE_STRING && rendered) caption = field(parser, CAPTION);
                    else parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
        }
        if (alt != null && !alt.html().isBlank()) fields.add(alt);
        if (caption != null && !caption.html().isBlank()) fields.add(caption);
    }

    private static Field field(JsonParser parser, String key) throws IOException {
        String text = parser.getText();
        return new Field(key, text, (int) parser.currentTokenLocation().getCharOffset(),
                (int) parser.currentLocation().getCharOffset(), Field.Markup.HTML);
    }
}
