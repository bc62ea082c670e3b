package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses WordPress REST post JSON (a post object, or an array of them) into documents in one pass, keeping
 * each post's exact text and the offsets of the rendered strings, so that merge can replace just those.
 */
final class PostJsonReader {
    private static final String[] POST_FIELDS = {"title", "excerpt", "content"};

    private final JsonFactory jsonFactory;

    PostJsonReader() {
        jsonFactory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(200)
                        .maxStringLength((int) DocumentReader.MAX_INPUT_BYTES)
                        .build())
                .build();
    }

    /**
     * Parses posts from a JSON text that was read in {@code charset} (after a byte order mark when {@code bom}),
     * which is how merge writes each post back.
     */
    List<SourceDocument> read(Path file, String text, Charset charset, boolean bom) throws InputException {
        List<SourceDocument> posts = new ArrayList<>();
        try (JsonParser parser = jsonFactory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                posts.add(readPost(file, text, parser, -1, charset, bom));
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t != JsonToken.START_OBJECT) {
                        throw new InputException(file + ": item " + index + " of the array is not a post object");
                    }
                    posts.add(readPost(file, text, parser, index++, charset, bom));
                }
            } else {
                throw new InputException(file + ": JSON must be a post object or an array of posts");
            }
            if (parser.nextToken() != null) {
                throw new InputException(file + ": " + where(parser) + ": unexpected content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": " + where(e.getLocation()) + ": invalid JSON ("
                    + e.getOriginalMessage() + "); fix or re-download the file", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return posts;
    }

    /**
     * Reads the object whose START_OBJECT the parser is on in one pass: the spans of the rendered fields
     * and the few top-level values naming the post.
     */
    private SourceDocument readPost(Path file, String text, JsonParser parser, int index, Charset charset, boolean bom)
            throws IOException, InputException {
        String origin = index < 0 ? file.toString() : file + "[" + index + "]";
        int objectStart = (int) parser.currentTokenLocation().getCharOffset();
        int[][] spans = new int[POST_FIELDS.length][];
        String[] values = new String[POST_FIELDS.length];
        String id = "", slug = "", link = null, guid = null;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            int fieldIndex = indexOf(key);
            if (fieldIndex >= 0 && value == JsonToken.START_OBJECT) {
                readRendered(parser, text, fieldIndex, spans, values);
            } else if (key.equals("guid") && value == JsonToken.START_OBJECT) {
                String[] rendered = new String[1];
                readRendered(parser, text, 0, new int[1][], rendered);
                guid = rendered[0];
            } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL
                    && (key.equals("id") || key.equals("slug") || key.equals("link"))) {
                switch (key) {
                    case "id" -> id = parser.getText();
                    case "slug" -> slug = parser.getText();
                    default -> link = parser.getText();
                }
            } else {
                parser.skipChildren();
            }
        }
        int objectEnd = (int) parser.currentLocation().getCharOffset();
        String postText = text.substring(objectStart, objectEnd);
        if (values[2] == null && values[0] == null) {
            throw new InputException(origin + ": no title.rendered or content.rendered: not a WordPress REST"
                    + " post or page (GET /wp/v2/posts/ID or /wp/v2/pages/ID)");
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < POST_FIELDS.length; i++) {
            if (values[i] != null) {
                fields.add(new Field(POST_FIELDS[i], values[i], spans[i][0] - objectStart, spans[i][1] - objectStart));
            }
        }
        slug = decodeSlug(slug);
        String name = !slug.isBlank() ? slug : !id.isBlank() ? "post-" + id : baseName(file, index);
        // a post from an array is written back on its own: with the file's encoding, and its mark only at the start
        return new SourceDocument(origin, SourceDocument.Kind.WP_POST, safeName(name), postText,
                charset, bom, id.isBlank() ? null : id, link != null ? link : guid, guid, fields);
    }

    /** Reads a {@code {"rendered": "..."}} object, recording the string token's span in the text. */
    private static void readRendered(JsonParser parser, String text, int fieldIndex, int[][] spans, String[] values)
            throws IOException {
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("rendered".equals(key) && value == JsonToken.VALUE_STRING) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                values[fieldIndex] = parser.getText();
                int end = (int) parser.currentLocation().getCharOffset();
                if (text.charAt(start) != '"' || text.charAt(end - 1) != '"') {
                    throw new IllegalStateException("JSON string span not found at " + start);
                }
                spans[fieldIndex] = new int[]{start, end};
            } else {
                parser.skipChildren();
            }
        }
    }

    private static int indexOf(String key) {
        for (int i = 0; i < POST_FIELDS.length; i++) if (POST_FIELDS[i].equals(key)) return i;
        return -1;
    }

    /** WordPress stores non-ASCII slugs percent-encoded ({@code %ce%b5...}); file names can hold the letters. */
    private static String decodeSlug(String slug) {
        try {
            return java.net.URLDecoder.decode(slug, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    private static String baseName(Path file, int index) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return index < 0 ? name : name + "-" + index;
    }

    /** Slugs are URL-safe already; this keeps any other name usable as a file name. */
    private static String safeName(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return safe.isEmpty() ? "post" : safe;
    }

    private static String where(JsonParser parser) {
        return where(parser.currentLocation());
    }

    private static String where(com.fasterxml.jackson.core.JsonLocation location) {
        return location == null ? "?" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
