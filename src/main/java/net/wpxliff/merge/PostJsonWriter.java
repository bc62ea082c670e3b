package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the target-locale post JSON: the source post text with the rendered fields (and {@code link})
 * replaced, everything else byte for byte. New strings are encoded in the style of the string they
 * replace (WordPress escapes {@code /} and non-ASCII characters).
 */
public final class PostJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private PostJsonWriter() {
    }

    /**
     * @param merged  field key to merged HTML
     * @param newLink the post's target-locale link, or null to keep it
     */
    public static String write(SourceDocument post, Map<String, String> merged, String newLink) {
        String text = post.text();
        // One style for the whole post: WordPress escapes '/' and, by default, every non-ASCII character.
        boolean escapeSlash = text.contains("\\/");
        boolean asciiOnly = text.chars().allMatch(c -> c < 0x80) && text.contains("\\u");
        List<Edit> edits = new ArrayList<>();
        for (Field field : post.fields()) {
            String html = merged.get(field.key());
            if (html == null || html.equals(field.html())) continue;
            edits.add(new Edit.Replace(field.tokenStart(), field.tokenEnd(), encode(html, escapeSlash, asciiOnly)));
        }
        if (newLink != null) {
            int[] span = topLevelStringSpan(text, "link");
            if (span != null) {
                String raw = text.substring(span[0], span[1]);
                String encoded = encode(newLink, escapeSlash, asciiOnly);
                if (!encoded.equals(raw)) edits.add(new Edit.Replace(span[0], span[1], encoded));
            }
        }
        edits.sort(java.util.Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
        int cursor = 0;
        for (Edit edit : edits) {
            out.append(text, cursor, edit.start()).append(((Edit.Replace) edit).text());
            cursor = edit.end();
        }
        return out.append(text, cursor, text.length()).toString();
    }

    /** JSON string for {@code value}, escaping '/' and non-ASCII characters as asked. */
    static String encode(String value, boolean escapeSlash, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        JsonStrings.quote(value, out, escapeSlash, c -> asciiOnly && c >= 0x80, false);
        return out.toString();
    }

    private static int[] topLevelStringSpan(String text, String name) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals(name) && value == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.getText();
                    return new int[]{start, (int) parser.currentLocation().getCharOffset()};
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
