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
 * <p>A field of block markup (a post's content) also keeps the digest of each of its blocks, inner ones apart from
 * the group or columns holding them, and classic content of each paragraph ({@code pushed_block_tree},
 * {@link SiteEdits#blocks}), so that an edit made there is told apart from a change of the English post: when both changed
 * (the edits carried into the translation through the memory, the English change translated beside them), the new
 * translation is no conflict as long as it holds every block the editors changed or added, leaves out every block they
 * removed, and keeps the blocks they moved in their order ({@link SiteEdits}).
 *
 * @param digests each field's SHA-256 in lower-case hex, by field name
 * @param blocks  for fields of block markup, the digests of their blocks in order ({@link SiteEdits#blocks})
 */
public record PushedText(Map<String, String> digests, Map<String, List<String>> blocks) {
    private static final HexFormat HEX = HexFormat.of();

    public PushedText {
        digests = Map.copyOf(digests);
        Map<String, List<String>> copied = new TreeMap<>();
        blocks.forEach((field, list) -> copied.put(field, List.copyOf(list)));
        blocks = java.util.Collections.unmodifiableMap(copied);
    }

    public PushedText(Map<String, String> digests) {
        this(digests, Map.of());
    }

    /** The digests of these field values (a term's name and description, as WordPress stored them). */
    public static PushedText of(Map<String, String> values) {
        Map<String, String> digests = new TreeMap<>();
        Map<String, List<String>> blocks = new TreeMap<>();
        values.forEach((field, value) -> {
            digests.put(field, digest(value));
            if (SiteEdits.hasPieces(value)) blocks.put(field, SiteEdits.blocks(value));
        });
        return new PushedText(digests, blocks);
    }

    /**
     * These digests with the block digests the record holds ({@link #BLOCKS_KEY}: absent in an older record); null
     * when it holds something else (a record edited by hand or damaged: refused, as a damaged {@code pushed_text} is).
     */
    PushedText withBlocks(JsonNode node) {
        if (node == null) return this;
        if (!node.isObject()) return null;
        Map<String, List<String>> read = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isArray()) return null;
            List<String> list = new ArrayList<>();
            for (JsonNode d : field.getValue()) {
                if (!d.isTextual() || !SiteEdits.DIGEST.matcher(d.asText()).matches()) return null;
                list.add(d.asText());
            }
            read.put(field.getKey(), list);
        }
        return new PushedText(digests, read);
    }

    /**
     * The record's key for the block digests. The builds of 2026-12-03 wrote {@code pushed_blocks}, of top-level
     * blocks only: not read (such a record's fields are compared whole until the next push writes this key).
     */
    static final String BLOCKS_KEY = "pushed_block_tree";

    /** Writes the block digests ({@link #BLOCKS_KEY}), when there are any, into {@code post}. */
    void writeBlocks(ObjectNode post) {
        if (blocks.isEmpty()) return;
        ObjectNode into = post.putObject(BLOCKS_KEY);
        blocks.forEach((field, list) -> list.forEach(into.putArray(field)::add));
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
        return List.copyOf(overwrittenEdits(wanted, now).keySet());
    }

    /**
     * As {@link #editedOnSite}, each field with why when it holds blocks ({@code block 3 there, a wp:quote changed or
     * added there, is not in the translation}), else "" (compared whole), in {@code wanted}'s order.
     */
    Map<String, String> overwrittenEdits(Map<String, String> wanted, Map<String, String> now) {
        Map<String, String> edited = new java.util.LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            String recorded = digests.get(field);
            String there = now.get(field);
            if (recorded == null || there == null || digest(there).equals(recorded) || there.equals(value)) return;
            List<String> pushedBlocks = blocks.get(field);
            String conflict = pushedBlocks == null ? "" : SiteEdits.conflict(pushedBlocks, there, value);
            if (conflict != null) edited.put(field, conflict); // null: the edits are in the translation
        });
        return edited;
    }

    /**
     * Whether editors moved blocks of a field of block markup since push wrote it ({@code now}: the field there now), as
     * far as the recorded block digests tell; false when none are recorded.
     */
    public boolean blocksMovedThere(String field, String now) {
        List<String> pushedBlocks = blocks.get(field);
        return pushedBlocks != null && now != null && SiteEdits.moved(pushedBlocks, now);
    }

    /** Whether the field's recorded digest is that of {@code value} (false when none is recorded). */
    public boolean holds(String field, String value) {
        return value != null && digest(value).equals(digests.get(field));
    }

    static String digest(String text) {
        return HEX.formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
