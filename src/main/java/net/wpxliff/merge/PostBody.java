package net.wpxliff.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import net.wpxliff.input.Field;
import net.wpxliff.input.FootnoteFields;
import net.wpxliff.input.MetaFields;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.LoneSurrogates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translated post as the body of {@code POST /wp/v2/posts} (or {@code /pages}): {@code title},
 * {@code content}, {@code excerpt} (when the source has one an author wrote), {@code meta} (the custom fields the
 * configuration translates and the footnotes, and only those: WordPress takes registered meta in the body), {@code slug} and
 * {@code status} ({@code draft}), nothing WordPress would reject or take from the source post (no id, link, guid, dates). The
 * fields are the document's: the raw ones of a {@code context=edit} post (what editors and the REST API
 * write), else the translated rendered HTML. UTF-8, written by Jackson, the same bytes for the same post.
 */
public final class PostBody {
    /** Issue 9's push publishes drafts by default: a person looks at the post before it goes live. */
    static final String STATUS = "draft";
    /** Indented, with "\n" line ends on every system. */
    private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    /**
     * A body of strings (the usual one) is written with the streaming generator: data binding costs a fresh JVM's
     * merge ~0.2 s of class loading. Only a meta array (a tree read from the post) takes the data-binding path.
     */
    private static final JsonFactory STREAMING = new JsonFactory();

    /** Data binding, set up on the first post with a translated meta array only. */
    private static final class DataBinding {
        static final ObjectWriter JSON = new ObjectMapper().writer(INDENTED);

        /** Reads the post again for a meta array: no limit on its strings' length (the post was read within the input limit). */
        static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());
    }

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
            String json = onlyStrings(body) ? streamed(body) : DataBinding.JSON.writeValueAsString(body);
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every value is a string or a map of strings (no meta array). */
    static boolean onlyStrings(Map<String, Object> body) {
        for (Object value : body.values()) {
            if (value instanceof String) continue;
            if (!(value instanceof Map<?, ?> map)) return false;
            for (Object inner : map.values()) if (!(inner instanceof String)) return false;
        }
        return true;
    }

    /** The body as data binding writes it (PostBodyJsonTest compares the two), through the streaming generator. */
    static String streamed(Map<String, Object> body) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = STREAMING.createGenerator(out)) {
            json.setPrettyPrinter(INDENTED.createInstance());
            writeObject(json, body);
        }
        return out.toString();
    }

    private static void writeObject(JsonGenerator json, Map<?, ?> members) throws IOException {
        json.writeStartObject();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            json.writeFieldName((String) member.getKey());
            if (member.getValue() instanceof Map<?, ?> inner) writeObject(json, inner);
            else json.writeString((String) member.getValue());
        }
        json.writeEndObject();
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
        // a new Korean post needs them even untranslated: its content's references point into them
        FootnoteJson.Written footnotes = FootnoteJson.write(post, merged);
        if (footnotes != null) meta.put(FootnoteFields.META_KEY, LoneSurrogates.replaced(footnotes.json()));
        return meta;
    }

    private static JsonNode tree(String json) {
        try {
            return DataBinding.READER.readTree(json);
        } catch (JsonProcessingException e) {
            // the text was read as a post object before: it is JSON
            throw new UncheckedIOException(e);
        }
    }
}
