package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.merge.MergeException;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.tm.MemoryFile;
import net.wpxliff.tm.MemoryHarvest;
import net.wpxliff.tm.SentencePairs;
import net.wpxliff.tm.TmEntry;
import net.wpxliff.tm.TmxException;
import net.wpxliff.tm.TranslationMemory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code merge --tm} and {@code tm import} share: the sentence pairs of each accepted file collected, then
 * added to the memory in one atomic write at the end, with one summary line.
 */
final class MemoryOutput {
    private final Path path;
    private final MemoryHarvest harvest;
    private final String created;
    private final List<TmEntry> entries = new ArrayList<>();
    private int files;
    private int skipped;

    MemoryOutput(Path path, Merger merger, Instant now) {
        this.path = path;
        this.harvest = new MemoryHarvest(merger);
        this.created = MemoryFile.created(now);
    }

    /** Checks before any work that the memory can be read and added to; prints why not and returns false. */
    static boolean usable(Path path, PrintWriter err) {
        try {
            TranslationMemory memory = MemoryFile.load(path);
            if (memory.size() > 0 || memory.created() != null) {
                if (!"wpxliff".equals(memory.creationTool())) {
                    err.println("error: " + path + ": this memory was made by \"" + memory.creationTool() + "\"; wpxliff only"
                            + " adds to memories it wrote (another tool's notes and properties would be lost): give a new file");
                    return false;
                }
            }
            return true;
        } catch (TmxException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }

    /** Collects the pairs of one file that merged (or would merge); false after printing why it could not. */
    boolean collect(Path xliff, PrintWriter err, Unexpected unexpected) {
        try {
            SentencePairs.Pairs pairs = harvest.pairs(xliff, created);
            entries.addAll(pairs.entries());
            skipped += pairs.skipped();
            files++;
            if (pairs.skipped() > 0) {
                err.println("warning: " + xliff + ": " + pairs.skipped() + " sentence(s) not added to the memory: their"
                        + " translation does not split into the source's sentences with the same codes");
            }
            return true;
        } catch (XliffException | MergeException e) { // merge accepted the file: only a change since then gets here
            err.println("error: " + xliff + ": no sentence added to the memory (" + Unexpected.printable(e.getMessage()) + ")");
            return false;
        } catch (RuntimeException e) {
            err.println("error: " + xliff + ": no sentence added to the memory (" + unexpected.report(e) + ")");
            return false;
        }
    }

    /** Writes the memory; false after printing why it could not. */
    boolean write(Instant now, PrintWriter out, PrintWriter err) {
        try {
            MemoryFile.Update update = MemoryFile.add(path, entries, now);
            out.printf("memory %s: %d sentence pairs from %d files, %d new, %d units in all%s%n", path, entries.size(), files,
                    update.added(), update.total(), skipped > 0 ? ", " + skipped + " sentences skipped (not split one to one)" : "");
            return true;
        } catch (TmxException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }
}
