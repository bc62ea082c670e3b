package net.wpxliff.push;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.output.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which target post each merged post became: {@code .wpxliff-push.json} in the folder of the merged files, one
 * entry per source site + type + source id + target (REST root and {@code --param}s) with the target post's id and,
 * for a post, the SHA-256 of each text field as WordPress stored it when push last wrote or checked it
 * ({@code pushed_text}), so that the next push sees what editors changed on the site since ({@link PushedText}); for a
 * menu item, widget or term also the values of its fields that are not text ({@code pushed_structure},
 * {@link PushedStructure}), so that the next push keeps an editor's link, order or parent there.
 * Written atomically, sorted, in the same bytes for the same entries; never holds credentials.
 */
public final class PushRecord {
    public static final String FILE_NAME = ".wpxliff-push.json";
    /** An entry's key for the source post's {@code modified_gmt} its pushed translation was made from. */
    static final String SOURCE_VERSION_KEY = "pushed_source_modified";
    private static final int VERSION = 1;
    /** What a record push cannot read calls for (without it, posts are found by slug: push refuses to replace them). */
    private static final String MOVE_AWAY = "push finds the posts again by slug (--replace-unrecorded where their text"
            + " differs)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** What an entry is found by. */
    public record Key(String sourceSite, String type, String sourceId, String target, Map<String, String> params) {
        public Key {
            params = Map.copyOf(params);
        }

        private String sortKey() {
            String id = sourceId.matches("[0-9]{1,18}") ? String.format("%019d", Long.parseLong(sourceId)) : "~" + sourceId;
            return String.join("\u0000", sourceSite, type, id, target, new TreeMap<>(params).toString());
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    /**
     * @param sourceVersion the {@code modified_gmt} of the source post the pushed translation was made from (for a
     *                      post; null when not known): which English a published translation translates, whatever
     *                      merge wrote since ({@code tm align})
     */
    private record Entry(Key key, long targetId, PushedText text, String sourceVersion, PushedStructure structure) {
    }

    private PushRecord(Path file) {
        this.file = file;
    }

    /** The record of a folder; empty when it has none yet. A file that is not a record is refused, never overwritten. */
    public static PushRecord load(Path folder) throws PushException {
        PushRecord record = new PushRecord(folder.resolve(FILE_NAME));
        if (!Files.exists(record.file)) return record;
        try {
            JsonNode root = JSON.readTree(record.file.toFile());
            if (root == null || root.path("wpxliff_push_record").asInt() != VERSION || !root.path("posts").isArray()) {
                throw new PushException(record.file + ": not a wpxliff push record (version " + VERSION
                        + "): move it away, and " + MOVE_AWAY);
            }
            for (JsonNode post : root.path("posts")) {
                Map<String, String> params = new TreeMap<>();
                post.path("target_params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                Key key = new Key(post.path("source_site").asText(), post.path("type").asText(),
                        post.path("source_id").asText(), post.path("target_site").asText(), params);
                if (!post.path("target_id").canConvertToLong() || post.path("target_id").asLong() <= 0) {
                    throw new PushException(record.file + ": an entry without a target_id: move the file away, and "
                            + MOVE_AWAY);
                }
                PushedText text = null;
                if (post.has("pushed_text")) {
                    text = PushedText.read(post.get("pushed_text"));
                    if (text == null) {
                        throw new PushException(record.file + ": the entry of target post " + post.path("target_id").asText()
                                + " has a pushed_text that is not an object of SHA-256 digests: move the file away, and "
                                + MOVE_AWAY);
                    }
                    text = text.withBlocks(post.get(PushedText.BLOCKS_KEY)); // an older record has none: fields compared whole
                    if (text == null) {
                        throw new PushException(record.file + ": the entry of target post " + post.path("target_id").asText()
                                + " has a " + PushedText.BLOCKS_KEY + " that is not an object of lists of block digests: delete"
                                + " that key from the entry (its fields are then compared whole, edits there still refused;"
                                + " moving the file away would let push overwrite them)");
                    }
                }
                JsonNode version = post.get(SOURCE_VERSION_KEY);
                if (version != null && !version.isTextual()) {
                    throw new PushException(record.file + ": the entry of target post " + post.path("target_id").asText()
                            + " has a " + SOURCE_VERSION_KEY + " that is not a date: delete that key from the entry (tm"
                            + " align then reads the version from the merged folder)");
                }
                PushedStructure structure = null; // an older record has none: nothing is kept as an editor set it
                if (post.has(PushedStructure.KEY)) {
                    structure = PushedStructure.read(post.get(PushedStructure.KEY));
                    if (structure == null) {
                        throw new PushException(record.file + ": the entry of target " + post.path("target_id").asText()
                                + " has a " + PushedStructure.KEY + " that is not an object of strings: delete that key"
                                + " from the entry (the next push then writes the translation's links, order and parents"
                                + " there, as before it was recorded)");
                    }
                }
                record.entries.put(key.sortKey(), new Entry(key, post.path("target_id").asLong(), text,
                        version == null ? null : version.asText(), structure));
            }
        } catch (IOException e) {
            throw new PushException(record.file + ": cannot read it (" + e.getMessage().lines().findFirst().orElse("")
                    + "): move it away, and " + MOVE_AWAY);
        }
        return record;
    }

    public Path file() {
        return file;
    }

    /** The target post id recorded for the key, or null. */
    public synchronized Long targetId(Key key) {
        Entry entry = entries.get(key.sortKey());
        return entry == null ? null : entry.targetId();
    }

    /** Records the target id, keeping the digests, values and source version recorded for it (if the same target). */
    public synchronized void put(Key key, long targetId) {
        Entry old = entries.get(key.sortKey());
        boolean same = old != null && old.targetId() == targetId;
        entries.put(key.sortKey(), same ? old : new Entry(key, targetId, null, null, null));
    }

    /** Records the target id and the digests of its text fields as WordPress stored them when push wrote or checked them. */
    public synchronized void put(Key key, long targetId, PushedText text) {
        put(key, targetId, text, (String) null);
    }

    /**
     * As {@link #put(Key, long, PushedText)}, with the {@code modified_gmt} of the source post the translation pushed
     * was made from (null: not known).
     */
    public synchronized void put(Key key, long targetId, PushedText text, String sourceVersion) {
        entries.put(key.sortKey(), new Entry(key, targetId, text, sourceVersion, null));
    }

    /**
     * As {@link #put(Key, long, PushedText)}, with the values of the fields that are not text as push wrote them
     * ({@link PushedStructure}; null: none).
     */
    public synchronized void put(Key key, long targetId, PushedText text, PushedStructure structure) {
        entries.put(key.sortKey(), new Entry(key, targetId, text, null, structure));
    }

    /**
     * The values of the fields that are not text push last wrote to this target, or null (none recorded: an entry of a
     * record written before they were, or of another target).
     */
    public synchronized PushedStructure pushedStructure(Key key, long targetId) {
        Entry entry = entries.get(key.sortKey());
        return entry == null || entry.targetId() != targetId ? null : entry.structure();
    }

    /** The digests of the text push last wrote to (or found unchanged in) the recorded target, or null. */
    public synchronized PushedText pushedText(Key key) {
        Entry entry = entries.get(key.sortKey());
        return entry == null ? null : entry.text();
    }

    /**
     * The digests recorded for the key when they are those of this target (found again by id, slug or place), else
     * null: digests of another post say nothing of this one.
     */
    public synchronized PushedText pushedText(Key key, long targetId) {
        Entry entry = entries.get(key.sortKey());
        return entry == null || entry.targetId() != targetId ? null : entry.text();
    }

    public synchronized void remove(Key key) {
        entries.remove(key.sortKey());
    }

    /** The target ids recorded for this source site, type and target, by source id. */
    public synchronized Map<String, Long> targetIds(String sourceSite, String type, String target, Map<String, String> params) {
        Map<String, Long> found = new TreeMap<>();
        for (Entry entry : entries.values()) {
            Key key = entry.key();
            if (key.sourceSite().equals(sourceSite) && key.type().equals(type) && key.target().equals(target)
                    && key.params().equals(params)) {
                found.put(key.sourceId(), entry.targetId());
            }
        }
        return found;
    }

    /** Every target id recorded for this source id, whatever the type and target (WordPress numbers all post types alike). */
    public synchronized Set<Long> targetsOf(String sourceId) {
        Set<Long> targets = new TreeSet<>();
        for (Entry entry : entries.values()) if (entry.key().sourceId().equals(sourceId)) targets.add(entry.targetId());
        return targets;
    }

    /** The digests push recorded for this source id and target id, whatever the type and site, or null (none, or several). */
    public synchronized PushedText pushedTextOf(String sourceId, long targetId) {
        Entry entry = only(sourceId, targetId, e -> e.text() != null);
        return entry == null ? null : entry.text();
    }

    /**
     * The {@code modified_gmt} of the source post whose translation push last wrote to (or found unchanged in) this
     * target, whatever the type and site, or null (not recorded, or several entries).
     */
    public synchronized String pushedSourceVersion(String sourceId, long targetId) {
        Entry entry = only(sourceId, targetId, e -> true);
        return entry == null ? null : entry.sourceVersion();
    }

    /** The one entry of this source id and target id that {@code counted} takes, or null (none, or several). */
    private Entry only(String sourceId, long targetId, java.util.function.Predicate<Entry> counted) {
        Entry found = null;
        for (Entry entry : entries.values()) {
            if (!entry.key().sourceId().equals(sourceId) || entry.targetId() != targetId || !counted.test(entry)) continue;
            if (found != null) return null;
            found = entry;
        }
        return found;
    }

    /** Every source id recorded as having become this target id with this type ({@code term:category}, …). */
    public synchronized Set<String> sourcesOf(String type, long targetId) {
        Set<String> sources = new TreeSet<>();
        for (Entry entry : entries.values()) {
            if (entry.key().type().equals(type) && entry.targetId() == targetId) sources.add(entry.key().sourceId());
        }
        return sources;
    }

    /** Writes the record (atomically: a reader sees the old or the new one). */
    public synchronized void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("wpxliff_push_record", VERSION);
        ArrayNode posts = root.putArray("posts");
        entries.values().stream().sorted(Comparator.comparing(e -> e.key().sortKey())).forEach(entry -> {
            ObjectNode post = posts.addObject();
            Key key = entry.key();
            post.put("source_site", key.sourceSite());
            post.put("type", key.type());
            if (key.sourceId().matches("[0-9]{1,18}")) post.put("source_id", Long.parseLong(key.sourceId()));
            else post.put("source_id", key.sourceId());
            post.put("target_site", key.target());
            if (!key.params().isEmpty()) {
                ObjectNode params = post.putObject("target_params");
                new TreeMap<>(key.params()).forEach(params::put);
            }
            post.put("target_id", entry.targetId());
            if (entry.text() != null) {
                entry.text().write(post.putObject("pushed_text"));
                entry.text().writeBlocks(post);
            }
            if (entry.sourceVersion() != null) post.put(SOURCE_VERSION_KEY, entry.sourceVersion());
            if (entry.structure() != null) entry.structure().write(post);
        });
        AtomicFiles.write(file, (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
