package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of the fields of a target that are not text (a menu item's link, order, target and parent, a Navigation
 * Menu widget's menu, a category's parent) as push last wrote them there, kept in the push record beside the text's
 * digests ({@code pushed_structure}; {@link PushedText} is the text's). The values themselves, not digests: they are ids,
 * numbers and addresses, and a message can then say what push had set.
 *
 * <p>A field whose value there differs both from this one and from the translation's was set by an editor since: a
 * Korean menu re-ordered, an item pointed to a Korean-only page, a category moved under another. Such a choice is the
 * Korean site's own, which no translation can carry back (the XLIFF holds text only), so push keeps it and still writes
 * the translated text, rather than holding the whole item back as an edited text is ({@link #editedOnSite}). The
 * record then goes on holding push's own value for that field ({@link #keeping}), so the next push keeps it too.
 *
 * @param values each field's value as push wrote it (or found it, the same as the translation's), by field name
 */
public record PushedStructure(Map<String, String> values) {
    /** The record's key for these values; a record written before them has none (nothing is kept for its entries). */
    static final String KEY = "pushed_structure";

    public PushedStructure {
        values = Map.copyOf(values);
    }

    /**
     * The fields an editor set there since push wrote them: a value is recorded, the one there now ({@code now}) differs
     * from it and from the one push would write ({@code wanted}); each with whether the source changed it too (the
     * wanted value is not the one push wrote last), in {@code wanted}'s order.
     */
    Map<String, Boolean> editedOnSite(Map<String, String> wanted, Map<String, String> now) {
        Map<String, Boolean> edited = new LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            String recorded = values.get(field), there = now.get(field);
            if (recorded == null || there == null || there.equals(recorded) || there.equals(value)) return;
            edited.put(field, !recorded.equals(value));
        });
        return edited;
    }

    /**
     * What the record holds after a push that kept these fields as an editor set them: the values there now ({@code
     * now}, as WordPress stored them), but push's own for the kept fields, since push did not write those.
     */
    PushedStructure keeping(Collection<String> kept, Map<String, String> now) {
        Map<String, String> next = new TreeMap<>(now);
        for (String field : kept) {
            if (values.containsKey(field)) next.put(field, values.get(field));
        }
        return new PushedStructure(next);
    }

    /**
     * What the record holds after a push that kept {@code kept} as an editor set them, from what it held ({@code
     * recorded}, null: nothing, an entry of an older record) and the values there now.
     */
    static PushedStructure after(PushedStructure recorded, Collection<String> kept, Map<String, String> now) {
        return recorded == null ? new PushedStructure(now) : recorded.keeping(kept, now);
    }

    /**
     * The kept fields said for a message: {@code order, parent kept} and, for those the English changed too, {@code
     * (the English changed order too: the editor's choice kept)}.
     */
    static String describe(Map<String, Boolean> kept) {
        List<String> both = kept.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        return String.join(", ", kept.keySet()) + " kept" + (both.isEmpty() ? ""
                : " (the English changed " + String.join(", ", both) + " too: the editor's choice kept)");
    }

    /** As the record holds them ({@code {"order": "3", …}}); null when that is not what it holds. */
    static PushedStructure read(JsonNode node) {
        if (node == null || !node.isObject()) return null;
        Map<String, String> values = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isTextual()) return null;
            values.put(field.getKey(), field.getValue().asText());
        }
        return new PushedStructure(values);
    }

    /** Writes the values ({@link #KEY}) into an entry of the record, sorted. */
    void write(ObjectNode entry) {
        ObjectNode into = entry.putObject(KEY);
        new TreeMap<>(values).forEach(into::put);
    }
}
