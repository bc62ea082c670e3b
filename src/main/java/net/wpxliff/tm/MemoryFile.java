package net.wpxliff.tm;

import net.wpxliff.output.AtomicFiles;
import net.wpxliff.output.WriteFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A TMX memory on disk, updated in one step: read (when it exists), the new pairs added, written back atomically
 * (a failure leaves the previous file as it was). Only a memory wpxliff wrote is rewritten: another tool's file
 * would lose what wpxliff does not model (its notes and properties), so it is refused; give a new file instead
 * (export reads several memories).
 */
public final class MemoryFile {

    /**
     * @param added    pairs or contexts the memory did not have
     * @param newUnits of those, the units (a source with its translation) the memory did not have; the rest are new
     *                 places (post, key, neighbours) for units it had or that came earlier in the same update
     * @param total    units in the memory after the update
     * @param updated  of the added, pairs the memory had that were dated again in a place or confirmed (their split no
     *                 longer a guess), without a new place
     * @param guessesLeftOut guessed pairs not added: they would pair a sentence with another's Korean
     *                 ({@link TranslationMemory#addAll})
     */
    public record Update(int added, int newUnits, int total, int updated, int guessesLeftOut) {
        /** The places added to units beyond each new unit's first. */
        public int newPlaces() {
            return added - newUnits - updated;
        }
    }

    private MemoryFile() {
    }

    /** The memory at {@code path}, or an empty one when there is no file yet. */
    public static TranslationMemory load(Path path) throws TmxException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return new TranslationMemory();
        if (!Files.isRegularFile(path)) throw new TmxException(path + ": not a regular file; give a .tmx file for --tm");
        return TmxReader.read(path);
    }

    /** Adds the entries to the memory at {@code path} (created if needed) and writes it back atomically. */
    public static Update add(Path path, List<TmEntry> entries, Instant now) throws TmxException {
        TranslationMemory memory = load(path);
        boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        if (exists && !"wpxliff".equals(memory.creationTool())) {
            throw new TmxException(path + ": this memory was made by " + (memory.creationTool().isEmpty() ? "another tool"
                    : "\"" + memory.creationTool() + "\"") + "; wpxliff only adds to memories it wrote (another tool's"
                    + " notes and properties would be lost): give a new file to --tm");
        }
        entries = afterEverythingIn(memory, entries);
        int before = memory.size();
        int updatedBefore = memory.updated();
        int leftOutBefore = memory.guessesLeftOut();
        int added = memory.addAll(entries);
        int leftOut = memory.guessesLeftOut() - leftOutBefore;
        if (exists && added == 0) return new Update(0, 0, memory.size(), 0, leftOut); // nothing new: the file stays as it is
        String created = memory.created() != null && TmxDates.valid(memory.created()) ? memory.created() : TmxDates.tmx(now);
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            AtomicFiles.write(path, TmxWriter.write(memory, created));
        } catch (IOException e) {
            throw new TmxException(path + ": cannot write the memory (" + WriteFailure.reason(e) + "); it is unchanged", e);
        }
        return new Update(added, memory.size() - before, memory.size(), memory.updated() - updatedBefore, leftOut);
    }

    /**
     * The entries, dated one second after the memory's latest date when that is not before theirs: TMX dates have
     * seconds, and two merges in one second (a script) must still be told apart, the later one the newer translation
     * ({@link TranslationMemory#add}, {@link ExportLeverage#wholeMatch}).
     */
    private static List<TmEntry> afterEverythingIn(TranslationMemory memory, List<TmEntry> entries) {
        Instant ours;
        try {
            if (entries.isEmpty() || entries.get(0).created() == null) return entries;
            ours = Instant.parse(entries.get(0).created()); // one merge's entries share its date
        } catch (java.time.format.DateTimeParseException e) {
            return entries; // not a date this tool wrote: nothing to follow
        }
        // dates more than a day ahead of the entries' are another clock's or a damaged file's: never followed
        String latest = memory.latestDate(TmxDates.tmx(ours.plus(java.time.Duration.ofDays(1))));
        if (latest == null || latest.compareTo(TmxDates.tmx(ours)) < 0) return entries;
        String later = TmxDates.iso(Instant.parse(TmxDates.toIso(latest)).plusSeconds(1));
        List<TmEntry> dated = new java.util.ArrayList<>(entries.size());
        for (TmEntry e : entries) {
            dated.add(e.created() == null ? e : new TmEntry(e.source(), e.target(), e.sourceLanguage(), e.targetLanguage(),
                    e.postId(), e.unitKey(), e.previousHash(), e.nextHash(), later, e.splitGuessed()));
        }
        return dated;
    }

    /** The ISO date-time entries made now carry. */
    public static String created(Instant now) {
        return TmxDates.iso(now);
    }
}
