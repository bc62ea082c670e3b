package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.output.WriteFailure;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * What {@code merge --tm} and {@code tm import} share: the sentence pairs of each accepted file collected (on
 * worker threads, one {@link Merger} each, while merge goes on), then added to the memory in one atomic write at
 * the end, with the messages in input order and one summary line.
 */
final class MemoryOutput {
    /**
     * @param failedFiles files whose pairs could not be had (reported)
     * @param written     whether the memory was written (or, with no file merged, rightly left as it was)
     */
    record Outcome(int failedFiles, boolean written) {
        boolean ok() {
            return failedFiles == 0 && written;
        }
    }

    /** One file's pairs, or the message saying why it has none. */
    private record Collected(Path file, SentencePairs.Pairs pairs, String error) {
    }

    private final Path path;
    private final String created;
    private final ExecutorService pool;
    private final ThreadLocal<MemoryHarvest> harvests;
    private final List<Future<Collected>> pending = new ArrayList<>();

    MemoryOutput(Path path, Supplier<Merger> mergers, Instant now, int threads) {
        this.path = path;
        this.created = MemoryFile.created(now);
        this.harvests = ThreadLocal.withInitial(() -> new MemoryHarvest(mergers.get()));
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "wpxliff-memory");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Checks before any work that the memory can be read and added to; prints why not and returns false.
     *
     * @param option the option that names the memory ({@code --tm}, {@code -o}), for the message
     */
    static boolean usable(Path path, String option, PrintWriter err) {
        // checked before anything is merged: outputs written and the memory not would be half a job
        String unwritable = WriteFailure.folderProblem(path.toAbsolutePath().getParent());
        if (unwritable != null) {
            err.println("error: " + option + ": " + path + ": " + unwritable + ": give " + option + " a file in a folder you"
                    + " can write");
            return false;
        }
        try {
            TranslationMemory memory = MemoryFile.load(path);
            if ((memory.size() > 0 || memory.created() != null) && !"wpxliff".equals(memory.creationTool())) {
                err.println("error: " + path + ": this memory was made by \"" + memory.creationTool() + "\"; wpxliff only"
                        + " adds to memories it wrote (another tool's notes and properties would be lost): give a new file");
                return false;
            }
            return true;
        } catch (TmxException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }

    /** Starts collecting the pairs of one file from what merge read and extracted of it (nothing read again). */
    void collect(Merger.FileOutcome outcome, Unexpected unexpected) {
        Path xliff = outcome.path();
        List<Merger.Merged> merged = outcome.merged();
        pending.add(pool.submit(() -> {
            try {
                return new Collected(xliff, harvests.get().pairs(merged, created), null);
            } catch (RuntimeException e) {
                return new Collected(xliff, null, unexpected.report(e));
            }
        }));
    }

    /**
     * Waits for every file's pairs, reports them in input order and writes the memory.
     *
     * @return how many files' pairs could not be had, and whether the memory was written
     */
    Outcome write(Instant now, PrintWriter out, PrintWriter err) {
        List<TmEntry> entries = new ArrayList<>();
        int files = 0, skipped = 0, whole = 0, guessed = 0, failed = 0;
        try {
            for (Future<Collected> future : pending) {
                Collected c = future.get();
                if (c.error() != null) {
                    err.println("error: " + c.file() + ": no sentence added to the memory (" + c.error() + ")");
                    failed++;
                    continue;
                }
                entries.addAll(c.pairs().entries());
                skipped += c.pairs().skipped();
                whole += c.pairs().whole();
                guessed += c.pairs().guessed();
                files++;
                if (c.pairs().skipped() > 0) {
                    err.println("warning: " + c.file() + ": " + c.pairs().skipped() + " sentence(s) not added to the memory:"
                            + " their translation does not split into the source's sentences with the same codes");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // the job catches everything but errors
        } finally {
            pool.shutdownNow();
        }
        if (files == 0) { // every file failed (each named): an empty memory made now would only mislead
            err.println("memory " + path + ": nothing added, no file was merged" + (java.nio.file.Files.exists(path)
                    ? "; it is unchanged" : "; not created"));
            return new Outcome(failed, true);
        }
        return new Outcome(failed, add(path, new SentencePairs.Pairs(entries, skipped, whole, guessed), now,
                files + " files", out, err));
    }

    /**
     * Adds the pairs to the memory (one atomic write) and says what grew; false (and why, on {@code err}) when it could
     * not be written.
     *
     * @param pairs what to add, with the counts of sentences skipped, units kept whole and splits guessed
     * @param from  where the pairs came from, for the summary ({@code 3 files}, {@code 2 post(s)})
     */
    static boolean add(Path path, SentencePairs.Pairs pairs, Instant now, String from, PrintWriter out, PrintWriter err) {
        try {
            List<TmEntry> entries = pairs.entries();
            MemoryFile.Update update = MemoryFile.add(path, entries, now);
            // a unit is a source with its translation, kept with every place it was seen: say which of the two grew
            out.printf("memory %s: %d sentence pairs from %s: %d new units, %d more places where a unit was seen%s;"
                            + " %d units in all%s%n", path, entries.size(), from, update.newUnits(), update.newPlaces(),
                    update.updated() > 0 ? ", " + update.updated() + " units dated again as their place's newest"
                            + " translation or confirmed" : "",
                    update.total(), (pairs.whole() > 0 ? "; " + pairs.whole() + " unit(s) kept whole (a translation not"
                            + " given sentence by sentence: one pair)" : "")
                            + (pairs.guessed() > 0 ? "; " + pairs.guessed() + " of the sentence pairs split by the sentence"
                            + " rules only (offered at 99 on export, never pre-filled, until a translator's segment confirms"
                            + " them" + (update.guessesLeftOut() > 0 ? "; " + update.guessesLeftOut() + " of them not added:"
                            + " they would pair a sentence with another's Korean (a unit whose sentences the translator"
                            + " reordered)" : "") + ")" : "")
                            + (pairs.skipped() > 0 ? "; " + pairs.skipped() + " sentences skipped (not split one to one)" : ""));
            return true;
        } catch (TmxException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }
}
