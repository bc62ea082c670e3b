package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The names of a post's terms in the taxonomies a configuration translates ({@code <taxonomies><taxonomy
 * translate="1">category</taxonomy>}), as fields of their own: the {@code name} of each term the REST API embedded
 * ({@code _embedded["wp:term"]}, which pull asks for) becomes the field {@code term/category/news}, HTML text (WordPress
 * escapes {@code &} in names) with the span of its JSON string token. Merge then writes the translated name into
 * the post JSON in place, where push reads it to create a term the target site lacks under its translated name.
 * <p>
 * Like {@link MetaFields}, they depend on the configuration: extraction adds them ({@link #add}) to the document it
 * extracts, and merge finds them in that document again.
 */
public final class TermFields {
    /** What every term field's key starts with. */
    public static final String KEY_PREFIX = "term/";

    /** A term field's taxonomy and slug, from its key; null when the field is not a term's. */
    public record Key(String taxonomy, String slug) {
        public static Key of(String fieldKey) {
            if (!fieldKey.startsWith(KEY_PREFIX)) return null;
            int slash = fieldKey.indexOf('/', KEY_PREFIX.length());
            return slash < 0 ? null : new Key(fieldKey.substring(KEY_PREFIX.length(), slash), fieldKey.substring(slash + 1));
        }

        String fieldKey() {
            return KEY_PREFIX + taxonomy + "/" + slug;
        }
    }

    private TermFields() {
    }

    /**
     * The document with a field for the name of each of its embedded terms in {@code taxonomies}, after its own
     * fields (each term once, in the order WordPress embedded them); the document itself when there is none.
     */
    public static SourceDocument add(SourceDocument document, List<String> taxonomies) {
        if (taxonomies.isEmpty() || !document.format().hasPostMeta()) return document;
        List<Field> terms;
        try {
            terms = find(document.text(), Set.copyOf(taxonomies));
        } catch (IOException e) {
            // the text was read as a post object before: it is JSON
            throw new UncheckedIOException(document.origin() + ": the post's terms cannot be read again", e);
        }
        return terms.isEmpty() ? document : document.withMoreFields(terms);
    }

    /** What a term field's units are, for the translator's notes. */
    public static String note(Key key) {
        return "name of the " + kind(key.taxonomy()) + " " + key.slug() + " (the same in every post filed under it)";
    }

    /** What a term of the taxonomy is called in messages: {@code category}, {@code tag}, {@code genre term}. */
    public static String kind(String taxonomy) {
        return switch (taxonomy) {
            case "category" -> "category";
            case "post_tag" -> "tag";
            default -> taxonomy + " term";
        };
    }

    /** The names of the embedded terms of these taxonomies in the post object {@code json}, in text order. */
    private static List<Field> find(String json, Set<String> taxonomies) throws IOException {
        // a list per taxonomy, each a list of term objects (an error object where a taxonomy is not shown)
        return EmbeddedArrays.read(json, "wp:term", (parser, fields) -> {
            for (JsonToken list = parser.nextToken(); list != JsonToken.END_ARRAY; list = parser.nextToken()) {
                if (list != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                for (JsonToken term = parser.nextToken(); term != JsonToken.END_ARRAY; term = parser.nextToken()) {
                    if (term == JsonToken.START_OBJECT) term(parser, taxonomies, fields);
                    else parser.skipChildren();
                }
            }
        });
    }

    /** One term object: its name's field when its taxonomy is translated and it has a slug and a string name. */
    private static void term(JsonParser parser, Set<String> taxonomies, List<Field> fields) throws IOException {
        String taxonomy = null, slug = null, name = null;
        int nameStart = -1, nameEnd = -1;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                parser.skipChildren();
                continue;
            }
            switch (member) {
                case "taxonomy" -> taxonomy = parser.getText();
                case "slug" -> slug = parser.getText();
                case "name" -> {
                    name = parser.getText();
                    nameStart = (int) parser.currentTokenLocation().getCharOffset();
                    nameEnd = (int) parser.currentLocation().getCharOffset();
                }
                default -> {
                }
            }
        }
        if (taxonomy == null || slug == null || slug.isEmpty() || name == null || !taxonomies.contains(taxonomy)
                || taxonomy.indexOf('/') >= 0 || slug.indexOf('/') >= 0) {
            return;
        }
        String key = new Key(taxonomy, slug).fieldKey();
        if (fields.stream().noneMatch(f -> f.key().equals(key))) {
            fields.add(new Field(key, name, nameStart, nameEnd, Field.Markup.HTML));
        }
    }
}
