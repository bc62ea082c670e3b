package net.wpxliff.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * What merge writes as a post's {@code .ko.json} when no field changed (issue 8, point 5): the source post
 * object with its top-level {@code "id"} key renamed {@code "translation_of"}, every other byte as it was.
 */
public final class TranslationOf {
    private static final JsonFactory JSON = new JsonFactory();

    private TranslationOf() {
    }

    /** The post object's text with its top-level {@code "id"} key (written exactly so) renamed. */
    public static String renamed(String post) {
        try (JsonParser parser = JSON.createParser(post)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new AssertionError("not a post object: " + post);
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                if (parser.currentName().equals("id")) {
                    int at = (int) parser.currentTokenLocation().getCharOffset();
                    if (!post.startsWith("\"id\"", at)) throw new AssertionError("the id key is not written \"id\"");
                    return post.substring(0, at) + "\"translation_of\"" + post.substring(at + 4);
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return post;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post file's bytes in {@code charset} (after its byte order mark, if any), its id key renamed. */
    public static byte[] renamed(byte[] file, Charset charset) {
        // by bytes: some decoders (UTF-32LE/BE) drop a leading mark, others keep it
        byte[] mark = "\uFEFF".getBytes(charset);
        boolean marked = file.length >= mark.length && java.util.Arrays.equals(file, 0, mark.length, mark, 0, mark.length);
        int start = marked ? mark.length : 0;
        byte[] body = renamed(new String(file, start, file.length - start, charset)).getBytes(charset);
        byte[] out = new byte[start + body.length];
        System.arraycopy(file, 0, out, 0, start);
        System.arraycopy(body, 0, out, start, body.length);
        return out;
    }

    /** A UTF-8 post file's bytes, its id key renamed. */
    public static byte[] renamed(byte[] file) {
        return renamed(file, java.nio.charset.StandardCharsets.UTF_8);
    }
}
