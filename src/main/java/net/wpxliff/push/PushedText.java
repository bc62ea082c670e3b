package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.trust.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of each text field (raw title, content, excerpt) of a target post as WordPress stored it when push last
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

    /** The digests of the post's raw text fields (those it shows: {@code context=edit}), or null when it shows none. */
    static PushedText of(JsonNode post, List<String> fields) {
        Map<String, String> values = raw(post, fields);
        return values.isEmpty() ? null : of(values);
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
     * The fields the body would write that an editor changed on the site since: a digest is recorded for the field,
     * the target's raw value no longer has it, and the body's value differs from that raw value (an edit the new
     * translation already holds is no conflict). In the order of {@code fields}.
     */
    List<String> editedOnSite(JsonNode body, JsonNode target, List<String> fields) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String field : fields) if (body.has(field)) wanted.put(field, body.get(field).asText());
        return editedOnSite(wanted, raw(target, fields));
    }

    /**
     * As {@link #editedOnSite(JsonNode, JsonNode, List)} for plain values: of the fields push would write
     * ({@code wanted}, in its order), those whose value on the site now ({@code now}) lost its recorded digest and
     * differs from the one wanted.
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

    /** The post's raw text fields it shows, by name. */
    private static Map<String, String> raw(JsonNode post, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            JsonNode raw = post.path(field).path("raw");
            if (raw.isTextual()) values.put(field, raw.asText());
        }
        return values;
    }

    private static String digest(String text) {
        return HEX.formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
