package net.wpxliff.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Post meta fields a configuration translates ({@code <custom-fields><custom-field action="translate">subtitle}),
 * as fields of their own: the post's {@code meta.subtitle} string becomes the field {@code meta/subtitle} (each
 * string of a {@code meta.<name>} array, meta registered with {@code single => false}, the field
 * {@code meta/<name>[n]}, from 1), HTML text with the span of its JSON string token, so that its units are
 * keyed {@code meta/subtitle} and merge replaces just that token. WordPress keeps meta the same in
 * {@code context=view} and {@code context=edit}, so both post formats get them the same way.
 * <p>
 * The fields depend on the configuration, which a format does not know when it reads a file: extraction adds them
 * ({@link #add}) to the document it extracts, and merge finds them in that document again.
 */
public final class MetaFields {
    /** What every meta field's key starts with. */
    public static final String KEY_PREFIX = "meta/";

    /**
     * Where a meta field's value lies in the post's {@code meta}.
     *
     * @param name  the meta field's name ({@code subtitle})
     * @param index the string's index (from 0) in the field's array, or -1 when the field is one string
     */
    public record Key(String name, int index) {
        /** The key of a field, or null when the field is not a meta field. */
        public static Key of(String fieldKey) {
            if (!fieldKey.startsWith(KEY_PREFIX)) return null;
            String rest = fieldKey.substring(KEY_PREFIX.length());
            int open = rest.lastIndexOf('[');
            // names holding brackets are never made fields (see add), so a bracket is an array index
            if (open < 0 || !rest.endsWith("]")) return new Key(rest, -1);
            return new Key(rest.substring(0, open), Integer.parseInt(rest.substring(open + 1, rest.length() - 1)) - 1);
        }

        String fieldKey() {
            return KEY_PREFIX + name + (index < 0 ? "" : "[" + (index + 1) + "]");
        }
    }

    private MetaFields() {
    }

    /**
     * The document with a field for each string of its post's {@code meta} named in {@code names}, after its own
     * fields; the document itself when there is none, or when its format has no post meta.
     */
    public static SourceDocument add(SourceDocument document, List<String> names) {
        if (names.isEmpty() || !document.format().hasPostMeta()) return document;
        List<MetaFieldSpans.Span> spans;
        try {
            // a name with brackets could not be told from an array index in the field key: WordPress has none such
            spans = MetaFieldSpans.find(document.text(), Set.copyOf(names.stream()
                    .filter(n -> n.indexOf('[') < 0 && n.indexOf(']') < 0).toList()));
        } catch (IOException e) {
            // the text was read as a post object before: it is JSON
            throw new UncheckedIOException(document.origin() + ": post meta cannot be read again", e);
        }
        if (spans.isEmpty()) return document;
        List<Field> fields = new ArrayList<>();
        for (MetaFieldSpans.Span span : spans) {
            fields.add(new Field(new Key(span.name(), span.index()).fieldKey(), span.value(), span.tokenStart(),
                    span.tokenEnd(), Field.Markup.HTML));
        }
        return document.withMoreFields(fields);
    }

    /** What a meta field's units are part of, for the translator's notes. */
    public static String note(Key key) {
        return "post custom field " + key.name() + (key.index() < 0 ? "" : ", value " + (key.index() + 1));
    }
}
