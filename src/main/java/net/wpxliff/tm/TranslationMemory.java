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
 * order it was added in. Adding what is already there changes nothing (dates included), except that a pair whose
 * sentence split was guessed becomes confirmed when it is added from a translator's segment ({@link TmEntry#splitGuessed})
 * (a guess that would only pair a sentence with the wrong Korean is not added: {@link #wrongPairing}),
 * and that the pairs one merge gives a place (post and unit key) are dated that merge's date there ({@link Unit#changed})
 * when they were not alike and the newest ({@link #addAll}): an older translation merged again is the place's newest
 * translation, and the newest wins between a unit's whole translation and its sentences' ({@link ExportLeverage#wholeMatch}).
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
     * @param created      TMX date ({@code 20261130T175000Z}) of the first time the pair was added
     * @param contexts     every place the pair was seen in
     * @param changed      per context, the TMX date of the last merge that dated the place's pairs again ({@link #addAll});
     *                     contexts never dated again are not in it
     * @param splitGuessed every time the pair was added, its translation's sentence split was guessed
     */
    public record Unit(TmText source, TmText target, String sourceLanguage, String targetLanguage, String created,
                       TreeSet<Context> contexts, TreeMap<Context, String> changed, boolean splitGuessed) {
        /** When the pair was last made the translation of this context: its {@link #changed} date, else {@link #created}. */
        public String made(Context context) {
            return changed.getOrDefault(context, created);
        }

        /** The latest {@link #made} of the contexts in a post and unit key, or null when none is dated. */
        String madeAt(String postId, String unitKey) {
            String latest = null;
            for (Context c : contexts.subSet(new Context(postId, unitKey, "", ""), true,
                    new Context(postId, unitKey + "\u0000", "", ""), false)) {
                if (newer(made(c), latest)) latest = made(c);
            }
            return latest;
        }

        /** The latest of {@link #changed}'s dates (the {@code <tu>}'s {@code changedate}), or null. */
        public String lastChanged() {
            String latest = null;
            for (String date : changed.values()) if (newer(date, latest)) latest = date;
            return latest;
        }
    }

    private final TreeMap<String, Unit> units = new TreeMap<>();
    /** Additions that dated a pair again or confirmed it, without a new place ({@link #updated()}). */
    private int updated;
    /** Guessed pairs not added ({@link #guessesLeftOut()}). */
    private int guessesLeftOut;
    /** See {@link #places()}; null until first needed. */
    private Map<String, List<String>> places;
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
     * Adds one pair in one context, as a merge of that pair alone ({@link #addAll}).
     *
     * @return true when the memory changed (a new pair, a new context for a pair it had, a pair confirmed or dated again)
     */
    public boolean add(TmEntry entry) {
        return addAll(List.of(entry)) > 0;
    }

    /**
     * Adds the pairs one merge gives, each in its context. A place (post id and unit key) whose pairs from this merge do
     * not all carry one date, or where another pair was made after one of them, gets them all dated this merge's date
     * there ({@link Unit#changed}): the place's newest translation is the one merged last, and its pairs are alike (a
     * unit's whole translation and its sentences tie, and the whole one wins: {@link ExportLeverage#wholeMatch}).
     * Merging the same again changes nothing: its pairs are then alike and the newest.
     *
     * @return how many of the entries changed the memory (a new pair, a new place, a pair confirmed or dated again)
     */
    public int addAll(List<TmEntry> entries) {
        boolean[] changed = new boolean[entries.size()];
        String[] keys = new String[entries.size()]; // made once: a key holds the pair's texts
        Map<String, List<Integer>> byPlace = new java.util.LinkedHashMap<>();
        Map<String, List<TmEntry>> wholes = new java.util.HashMap<>(); // a place's units kept whole by this merge
        for (TmEntry entry : entries) {
            if (entry.splitGuessed() || entry.postId() == null || entry.postId().isEmpty()) continue;
            if (entry.previousHash().isEmpty() && entry.nextHash().isEmpty()) {
                wholes.computeIfAbsent(place(context(entry)), p -> new ArrayList<>(1)).add(entry);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            TmEntry entry = entries.get(i);
            Context context = context(entry);
            String place = context.postId().isEmpty() ? null : place(context);
            if (entry.splitGuessed() && place != null && wrongPairing(place, entry, wholes.get(place))) {
                guessesLeftOut++;
                continue;
            }
            String key = keys[i] = key(entry);
            changed[i] = add(key, entry, null);
            if (place == null || entry.created() == null) continue;
            List<String> atPlace = places().computeIfAbsent(place, p -> new ArrayList<>(1));
            if (!atPlace.contains(key)) atPlace.add(key);
            byPlace.computeIfAbsent(place, p -> new ArrayList<>(2)).add(i);
        }
        for (Map.Entry<String, List<Integer>> place : byPlace.entrySet()) {
            datePlace(entries, keys, place.getKey(), place.getValue(), changed);
        }
        int count = 0;
        for (boolean c : changed) if (c) count++;
        return count;
    }

    /**
     * Whether a guessed pair would only pair a sentence with the wrong Korean, so it is left out: it gives the sentence
     * the Korean of another sentence's translator's segment in the place; or the unit's whole translation from the same
     * merge still holds, as a sentence of its own, the translator's segment of this sentence (the translator reordered
     * the unit's sentences: the count split pairs each with another's Korean). Otherwise (the whole says something else
     * there: an editor or translator rewrote the sentence; or no whole came with it: a {@code tm align --no-record}
     * pair) the guess is kept, the place's newer translation: {@link Matcher} offers it before an older segment, neither
     * pre-filled.
     *
     * @param wholes the units this merge kept whole in the place (null: none)
     */
    private boolean wrongPairing(String place, TmEntry entry, List<TmEntry> wholes) {
        List<String> keys = places().get(place);
        if (keys == null) return false;
        String korean = TmEntry.collapse(entry.target().plainText());
        String sentence = TmEntry.collapse(entry.source().plainText());
        TmEntry whole = null;
        for (TmEntry candidate : wholes == null ? List.<TmEntry>of() : wholes) {
            if (TmEntry.collapse(candidate.source().plainText()).contains(sentence)) whole = candidate;
        }
        String wholeTarget = whole == null ? null : TmEntry.collapse(whole.target().plainText());
        for (String key : keys) {
            Unit unit = units.get(key);
            if (unit.splitGuessed() || !unit.sourceLanguage().equals(entry.sourceLanguage())
                    || !unit.targetLanguage().equals(entry.targetLanguage())) {
                continue;
            }
            String target = TmEntry.collapse(unit.target().plainText());
            if (target.equals(korean)) {
                if (!unit.source().equals(entry.source())) return true; // another sentence's Korean
                continue; // the same pair: nothing new either way
            }
            if (unit.source().equals(entry.source()) && wholeTarget != null && sentenceAt(wholeTarget, target)) {
                return true; // the translator's segment of this sentence is still there, elsewhere in the whole
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds {@code sentence} as a sentence of its own: at its start or after white space that
     * follows punctuation, and at its end or before white space (not the end of a longer sentence that holds it).
     */
    static boolean sentenceAt(String text, String sentence) {
        for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
            int end = at + sentence.length();
            boolean starts = at == 0 || at >= 2 && text.charAt(at - 1) == ' ' && !Character.isLetterOrDigit(text.charAt(at - 2));
            if (starts && (end == text.length() || text.charAt(end) == ' ')) return true;
        }
        return false;
    }

    /** Dates a place's pairs from one merge alike and newest when they are not (see {@link #addAll}). */
    private void datePlace(List<TmEntry> entries, String[] entryKeys, String place, List<Integer> members, boolean[] changed) {
        String date = null, oldest = null, newest = null;
        boolean first = true;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i : members) {
            TmEntry entry = entries.get(i);
            String key = entryKeys[i];
            keys.add(key);
            String entryDate = tmxDates.computeIfAbsent(entry.created(), TmxDates::toTmx);
            if (newer(entryDate, date)) date = entryDate;
            String made = units.get(key).made(context(entry));
            if (first || newer(oldest, made)) oldest = made; // null (undated) is the oldest
            if (first || newer(made, newest)) newest = made;
            first = false;
        }
        if (date == null) return;
        Context sample = context(entries.get(members.get(0)));
        String others = null;
        for (String other : places().get(place)) {
            if (keys.contains(other)) continue;
            String made = units.get(other).madeAt(sample.postId(), sample.unitKey());
            if (newer(made, others)) others = made;
        }
        if (java.util.Objects.equals(oldest, newest) && !newer(others, oldest)) return; // alike and the newest already
        for (int i : members) {
            TmEntry entry = entries.get(i);
            Unit unit = units.get(entryKeys[i]);
            Context context = context(entry);
            if (date.equals(unit.made(context))) continue;
            unit.changed().put(context, date);
            if (!changed[i]) {
                changed[i] = true;
                updated++;
            }
        }
    }

    /**
     * As {@link #add(TmEntry)}, for a pair read from a memory file, with the date it was last made the translation of
     * this context if it was dated again ({@link Unit#changed}; TMX form, or null).
     */
    void addAsRead(TmEntry entry, String changedDate) {
        add(key(entry), entry, changedDate);
    }

    private boolean add(String key, TmEntry entry, String changedDate) {
        Unit unit = units.get(key);
        boolean created = unit == null;
        boolean confirmed = false;
        if (created) {
            unit = new Unit(entry.source(), entry.target(), entry.sourceLanguage(), entry.targetLanguage(),
                    entry.created() == null ? null : tmxDates.computeIfAbsent(entry.created(), TmxDates::toTmx),
                    new TreeSet<>(), new TreeMap<>(), entry.splitGuessed());
            units.put(key, unit);
        } else if (unit.splitGuessed() && !entry.splitGuessed()) { // a translator's segment confirms the pair
            unit = new Unit(unit.source(), unit.target(), unit.sourceLanguage(), unit.targetLanguage(), unit.created(),
                    unit.contexts(), unit.changed(), false);
            units.put(key, unit);
            confirmed = true;
        }
        Context context = context(entry);
        if (changedDate != null && !context.isEmpty()) unit.changed().put(context, changedDate);
        boolean newPlace = !context.isEmpty() && unit.contexts().add(context);
        if (confirmed && !newPlace) updated++;
        return newPlace || created || confirmed;
    }

    /** How many additions so far dated a pair again or confirmed it without giving it a new place. */
    int updated() {
        return updated;
    }

    /** How many guessed pairs so far were not added, as they would pair a sentence with another's Korean. */
    int guessesLeftOut() {
        return guessesLeftOut;
    }

    /**
     * The latest date of the memory not after {@code ceiling} (a pair's creation or a place's {@link Unit#changed}), TMX
     * form; null for none.
     */
    String latestDate(String ceiling) {
        String latest = null;
        for (Unit unit : units.values()) {
            if (newer(unit.created(), latest) && !newer(unit.created(), ceiling) && TmxDates.valid(unit.created())) {
                latest = unit.created();
            }
            for (String changed : unit.changed().values()) {
                if (newer(changed, latest) && !newer(changed, ceiling)) latest = changed;
            }
        }
        return latest;
    }

    private static Context context(TmEntry entry) {
        return new Context(entry.postId(), entry.unitKey(), entry.previousHash(), entry.nextHash());
    }

    /** Whether TMX date {@code a} is later than {@code b} (null: no date, the oldest). */
    static boolean newer(String a, String b) {
        return a != null && (b == null || a.compareTo(b) > 0);
    }

    /**
     * The pairs (by key) seen in each place (post id and unit key), made when a pair is first added from outside the
     * memory file: reading a memory does not need it.
     */
    private Map<String, List<String>> places() {
        if (places == null) {
            places = new java.util.HashMap<>();
            for (Map.Entry<String, Unit> e : units.entrySet()) {
                for (Context c : e.getValue().contexts()) {
                    if (c.postId().isEmpty()) continue;
                    List<String> keys = places.computeIfAbsent(place(c), p -> new ArrayList<>(1));
                    if (!keys.contains(e.getKey())) keys.add(e.getKey());
                }
            }
        }
        return places;
    }

    private static String place(Context c) {
        return c.postId() + "\u0000" + c.unitKey();
    }

    /** Every pair in every context it was seen in, one entry per context (one with no context when it has none). */
    public List<TmEntry> entries() {
        List<TmEntry> entries = new ArrayList<>();
        Map<String, String> isoDates = new java.util.HashMap<>();
        for (Unit unit : units.values()) {
            List<Context> contexts = unit.contexts().isEmpty() ? List.of(new Context("", "", "", "")) : List.copyOf(unit.contexts());
            for (Context c : contexts) {
                // the entry's date is when the pair was last made this place's translation: what the ranking compares
                String made = unit.made(c);
                entries.add(new TmEntry(unit.source(), unit.target(), unit.sourceLanguage(), unit.targetLanguage(),
                        c.postId(), c.unitKey(), c.previousHash(), c.nextHash(),
                        made == null ? null : isoDates.computeIfAbsent(made, TmxDates::toIso), unit.splitGuessed()));
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
}
