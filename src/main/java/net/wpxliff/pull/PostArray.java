package net.wpxliff.pull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import net.wpxliff.input.JsonErrors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a REST collection answer ({@code [{…},{…}]}) into its posts, each with the exact bytes of its
 * object as served (Jackson's byte offsets, as the input reader uses character offsets), and the few
 * fields pull needs to name and compare it.
 */
final class PostArray {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(64 * 1024 * 1024).build())
            .build();

    private static final java.util.Set<String> EMBEDDED_LINKS = java.util.Set.of(PostFetcher.EMBED.split(","));

    /** Not a list of post objects; the message says what it is instead. */
    static final class NotPosts extends Exception {
        NotPosts(String message) {
            super(message);
        }
    }

    private PostArray() {
    }

    static List<PulledPost> split(byte[] body) throws NotPosts {
        List<PulledPost> posts = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) throw new NotPosts("the answer is not a JSON list of posts");
            int index = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
                if (t != JsonToken.START_OBJECT) throw new NotPosts("item " + index + " of the list is not a post object");
                PulledPost post = readObject(parser, body);
                if (post == null) throw new NotPosts("item " + index + " of the list has no numeric \"id\": not a post");
                posts.add(post);
            }
            if (parser.nextToken() != null) throw new NotPosts("unexpected content after the JSON list");
        } catch (JsonProcessingException e) {
            throw new NotPosts("invalid JSON (" + JsonErrors.what(e) + ")");
        } catch (IOException e) {
            throw new NotPosts("unreadable JSON (" + e.getMessage() + ")");
        }
        return posts;
    }

    /** A file pull wrote before (one post object), or null when it holds no post. */
    static PulledPost readFile(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            return readObject(parser, bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The id and type at the head of a post file, read only as far as both (WordPress writes them first), or null when
     * the file is not a post object. For a scan of a whole folder, without reading every post through.
     */
    static PulledPost head(java.io.InputStream in) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            Long id = null;
            String type = null;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("id") && value == JsonToken.VALUE_NUMBER_INT) id = parser.getLongValue();
                else if (key.equals("type") && value == JsonToken.VALUE_STRING) type = parser.getText();
                else parser.skipChildren();
                if (id != null && type != null) break;
            }
            return id == null ? null : new PulledPost(id, type == null ? "" : type, "", null, false, new byte[0], true);
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads the object whose START_OBJECT the parser is on; null without a numeric id. */
    private static PulledPost readObject(JsonParser parser, byte[] body) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        Long id = null;
        String type = "", slug = "", modified = null;
        boolean raw = false, hasEmbedded = false, linksEmbeddable = false;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "id" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT) id = parser.getLongValue();
                }
                case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getText() : type;
                case "slug" -> slug = value == JsonToken.VALUE_STRING ? parser.getText() : slug;
                case "modified_gmt" -> modified = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "title", "content", "excerpt" -> {
                    if (value == JsonToken.START_OBJECT) raw |= hasRaw(parser);
                    else parser.skipChildren();
                }
                case "_links" -> {
                    if (value == JsonToken.START_OBJECT) linksEmbeddable = hasEmbeddableLink(parser);
                    else parser.skipChildren();
                }
                case "_embedded" -> {
                    hasEmbedded = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        long end = parser.currentLocation().getByteOffset();
        if (id == null) return null;
        if (start < 0 || end > body.length || body[(int) start] != '{' || body[(int) end - 1] != '}') {
            throw new IllegalStateException("post object bytes not found at " + start + ".." + end);
        }
        return new PulledPost(id, type, slug, modified, raw, Arrays.copyOfRange(body, (int) start, (int) end),
                hasEmbedded || !linksEmbeddable);
    }

    /** Whether the {@code _links} object the parser is on links terms or a featured image, which pull embeds. */
    private static boolean hasEmbeddableLink(JsonParser parser) throws IOException {
        boolean embeddable = false;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            embeddable |= EMBEDDED_LINKS.contains(name);
            parser.nextToken();
            parser.skipChildren();
        }
        return embeddable;
    }

    private static boolean hasRaw(JsonParser parser) throws IOException {
        boolean raw = false, hasEmbedded = false, linksEmbeddable = false;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if ("raw".equals(parser.currentName())) raw = true;
            parser.nextToken();
            parser.skipChildren();
        }
        return raw;
    }
}
