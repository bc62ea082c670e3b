package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A memory in TMX terms: one unit per distinct source and target (and language pair), each with every context it
 * was seen in. Units and contexts are kept sorted, so the same content always writes the same bytes whatever
 * order it was added in. Adding what is already there changes nothing (dates included).
 */
public final class TranslationMemory {

    /** Where a unit was seen: post, unit key and the neighbouring sentences' hashes ({@link TmEntry#hash}). */
    public record Context(String postId, String unitKey, String previousHash, String nextHash) implements Comparable<Context> {
        private static final Comparator<Context> ORDER = Comparator.comparing(Context::postId)
                .thenComparing(Context::unitKey).thenComparing(Context::previousHash).thenComparing(Context::nextHash);

        public Context {
            postId = postId == null ? "" : postId;
            unitKey = unitKey == null ? "" : unitKey;
            previousHash = previousHash == null ? "" : previousHash;
            nextHash = nextHash == null ? "" : nextHash;
        }

        boolean isEmpty() {
            return postId.isEmpty() && unitKey.isEmpty() && previousHash.isEmpty() && nextHash.isEmpty();
        }

        @Override
        public int compareTo(Context o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * One {@code <tu>}.
     *
     * @param created TMX date ({@code 20261130T175000Z}) of the first time the pair was added
     */
    public record Unit(TmText source, TmText target, String sourceLanguage, String targetLanguage, String created,
                       TreeSet<Context> contexts) {
    }

    private final TreeMap<String, Unit> units = new TreeMap<>();
    /** ISO dates of added entries as TMX dates: a memory holds few distinct dates, each converted once. */
    private final Map<String, String> tmxDates = new java.util.HashMap<>();
    private String creationTool = "wpxliff";
    private String created;

    /** The tool that made the memory (its header's {@code creationtool}). */
    public String creationTool() {
        return creationTool;
    }

    void creationTool(String tool) {
        this.creationTool = tool;
    }

    /** The header's creation date (TMX form), or null for a memory never written. */
    public String created() {
        return created;
    }

    void created(String tmxDate) {
        this.created = tmxDate;
    }

    public int size() {
        return units.size();
    }

    /** The units, sorted (source language, source text, source codes, target language, target). */
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    /**
     * Adds one pair in one context.
     *
     * @return true when the memory changed (a new pair, or a new context for a pair it had)
     */
    public boolean add(TmEntry entry) {
        String key = key(entry);
        Unit unit = units.get(key);
        boolean created = unit == null;
        if (created) {
            unit = new Unit(entry.source(), entry.target(), entry.sourceLanguage(), entry.targetLanguage(),
                    entry.created() == null ? null : tmxDates.computeIfAbsent(entry.created(), TmxDates::toTmx),
                    new TreeSet<>());
            units.put(key, unit);
        }
        Context context = new Context(entry.postId(), entry.unitKey(), entry.previousHash(), entry.nextHash());
        return (!context.isEmpty() && unit.contexts().add(context)) || created;
    }

    /** Every pair in every context it was seen in, one entry per context (one with no context when it has none). */
    public List<TmEntry> entries() {
        List<TmEntry> entries = new ArrayList<>();
        Map<String, String> isoDates = new java.util.HashMap<>();
        for (Unit unit : units.values()) {
            String created = unit.created() == null ? null : isoDates.computeIfAbsent(unit.created(), TmxDates::toIso);
            List<Context> contexts = unit.contexts().isEmpty() ? List.of(new Context("", "", "", "")) : List.copyOf(unit.contexts());
            for (Context c : contexts) {
                entries.add(new TmEntry(unit.source(), unit.target(), unit.sourceLanguage(), unit.targetLanguage(),
                        c.postId(), c.unitKey(), c.previousHash(), c.nextHash(), created));
            }
        }
        return entries;
    }

    /** The source languages of the units (the header's {@code srclang}: one, or {@code *all*}). */
    String sourceLanguage() {
        TreeSet<String> languages = new TreeSet<>();
        for (Unit unit : units.values()) languages.add(unit.sourceLanguage());
        return languages.size() == 1 ? languages.first() : languages.isEmpty() ? "en" : "*all*";
    }

    /** Sort key: languages and the texts with their codes, so that the order never depends on insertion. */
    private static String key(TmEntry entry) {
        return String.join("\u0000", entry.sourceLanguage(), entry.source().plainText(), canonical(entry.source()),
                entry.targetLanguage(), canonical(entry.target()));
    }

    static String canonical(TmText text) {
        StringBuilder sb = new StringBuilder();
        for (TmText.Part part : text.parts()) {
            if (part instanceof TmText.Plain p) sb.append('\u0001').append(p.text());
            else if (part instanceof TmText.Tag t) {
                sb.append('\u0002').append(t.kind()).append('\u0003').append(t.id()).append('\u0003').append(t.type())
                        .append('\u0003').append(t.markup());
            }
        }
        return sb.toString();
    }

    /** For tests and messages: units per language pair. */
    public Map<String, Integer> countsByLanguages() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Unit unit : units.values()) counts.merge(unit.sourceLanguage() + "->" + unit.targetLanguage(), 1, Integer::sum);
        return counts;
    }
}
