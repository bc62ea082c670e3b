package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.trust.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of each text field (a post's raw title, content and excerpt, a term's name…) of a target as WordPress stored it when push last
 * wrote it or found it unchanged: kept in the push record, so that the next push can tell a field an editor changed on
 * the site since (its digest differs) from one push wrote, and refuse to overwrite that edit unless told to. Digests of
 * what WordPress stored, not of the body sent: a site that filters what a user may post (no {@code unfiltered_html})
 * stores other bytes, and those are what a later push finds.
 *
 * @param digests each field's SHA-256 in lower-case hex, by field name
 */
public record PushedText(Map<String, String> digests) {
    private static final HexFormat HEX = HexFormat.of();

    public PushedText {
        digests = Map.copyOf(digests);
    }

    /** The digests of these field values (a term's name and description, as WordPress stored them). */
    static PushedText of(Map<String, String> values) {
        Map<String, String> digests = new TreeMap<>();
        values.forEach((field, value) -> digests.put(field, digest(value)));
        return new PushedText(digests);
    }

    /** As the record holds them ({@code {"title": "<64 hex digits>", …}}); null when that is not what it holds. */
    static PushedText read(JsonNode node) {
        if (node == null || !node.isObject()) return null;
        Map<String, String> digests = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String value = field.getValue().asText("");
            if (!field.getValue().isTextual() || !value.matches("[0-9a-f]{64}")) return null;
            digests.put(field.getKey(), value);
        }
        return new PushedText(digests);
    }

    void write(ObjectNode into) {
        new TreeMap<>(digests).forEach(into::put); // sorted: the record's bytes are the same for the same entries
    }

    /**
     * The fields push would write ({@code wanted}, in its order) that an editor changed on the site since: a digest is
     * recorded for the field, its value there now ({@code now}) no longer has it, and it differs from the one wanted (an
     * edit the new translation already holds is no conflict).
     */
    List<String> editedOnSite(Map<String, String> wanted, Map<String, String> now) {
        List<String> edited = new ArrayList<>();
        wanted.forEach((field, value) -> {
            String recorded = digests.get(field);
            String there = now.get(field);
            if (recorded != null && there != null && !digest(there).equals(recorded) && !there.equals(value)) edited.add(field);
        });
        return edited;
    }

    private static String digest(String text) {
        return HEX.formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
