package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import net.wpxliff.input.Field;
import net.wpxliff.input.MetaFields;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.LoneSurrogates;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translated post as the body of {@code POST /wp/v2/posts} (or {@code /pages}): {@code title},
 * {@code content}, {@code excerpt} (when the source has one an author wrote), {@code meta} (the custom fields the
 * configuration translates, and only those: WordPress takes registered meta in the body), {@code slug} and
 * {@code status} ({@code draft}), nothing WordPress would reject or take from the source post (no id, link, guid, dates). The
 * fields are the document's: the raw ones of a {@code context=edit} post (what editors and the REST API
 * write), else the translated rendered HTML. UTF-8, written by Jackson, the same bytes for the same post.
 */
public final class PostBody {
    /** Issue 9's push publishes drafts by default: a person looks at the post before it goes live. */
    static final String STATUS = "draft";
    /** Indented, with "\n" line ends on every system. */
    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** Reads the post again for a meta array: no limit on its strings' length (the post was read within the input limit). */
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

    private PostBody() {
    }

    /** @param merged field key to merged text */
    public static byte[] write(SourceDocument post, Map<String, String> merged) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String key : new String[]{"title", "content", "excerpt"}) {
            Field field = post.field(key);
            if (field == null) continue;
            String value = merged.getOrDefault(key, field.html());
            // an empty excerpt is one WordPress generates from the content
            if (key.equals("excerpt") && value.isEmpty()) continue;
            // WordPress refuses JSON holding half a surrogate pair: U+FFFD, as in the .html
            body.put(key, LoneSurrogates.replaced(value));
        }
        Map<String, Object> meta = meta(post, merged);
        if (!meta.isEmpty()) body.put("meta", meta);
        TopLevelMembers.Member slug = TopLevelMembers.of(post.text()).get("slug");
        if (slug != null && slug.string() != null && !slug.string().isEmpty()) body.put("slug", slug.string());
        body.put("status", STATUS);
        try {
            return (JSON.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The translated meta fields by name: a string, or the field's whole array (WordPress replaces all its values)
     * with its translated strings and the rest as in the source.
     */
    private static Map<String, Object> meta(SourceDocument post, Map<String, String> merged) {
        Map<String, Object> meta = new LinkedHashMap<>();
        JsonNode source = null;
        for (Field field : post.fields()) {
            MetaFields.Key key = MetaFields.Key.of(field.key());
            if (key == null) continue;
            String value = LoneSurrogates.replaced(merged.getOrDefault(field.key(), field.html()));
            if (key.index() < 0) {
                meta.put(key.name(), value);
                continue;
            }
            if (source == null) source = tree(post.text()).path("meta");
            JsonNode array = source.path(key.name());
            ArrayNode values = (ArrayNode) meta.computeIfAbsent(key.name(), n -> array.deepCopy());
            values.set(key.index(), value);
        }
        return meta;
    }

    private static JsonNode tree(String json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            // the text was read as a post object before: it is JSON
            throw new UncheckedIOException(e);
        }
    }
}
