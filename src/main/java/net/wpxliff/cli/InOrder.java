package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.merge.DeliveryChecks;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.SourceTrust;
import net.wpxliff.merge.Problem;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one job per input on several threads and hands the results back in input order, so that output
 * names, messages and exit codes are the same whatever the number of threads. At most a few jobs per
 * thread are ahead of the consumer, which bounds the memory a whole site can take.
 */
final class InOrder {
    /** Work on one input; may throw, the failure is handed back with the input. */
    interface Job<T, R> {
        R run(T input) throws Exception;
    }

    /** One input's result, or the exception its job threw. */
    record Done<T, R>(T input, R result, Exception failure) {
    }

    private InOrder() {
    }

    static <T, R> void run(List<T> inputs, int threads, Job<T, R> job, Consumer<Done<T, R>> consumer) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (T input : inputs) consumer.accept(attempt(job, input));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "wpxliff-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Done<T, R>>> ahead = new ArrayDeque<>();
            Iterator<T> next = inputs.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < threads * 4) {
                    T input = next.next();
                    ahead.add(pool.submit(() -> attempt(job, input)));
                }
                consumer.accept(ahead.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // attempt() catches everything but errors
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every returned XLIFF file checked as merge checks it (one {@link Merger} per worker thread), outcomes
     * handed over in input order: what {@code merge} and {@code validate} share.
     */
    static void checkEach(List<Path> files, int threads, DocumentMerger.Options options, SourceTrust trust,
                          Unexpected unexpected,
                          Consumer<Merger.FileOutcome> consumer) {
        checkEach(files, threads, options, trust, DeliveryChecks.NONE, unexpected, consumer);
    }

    /** As above, with what to tell beyond mergeability ({@code --current}, {@code --require-translated}). */
    static void checkEach(List<Path> files, int threads, DocumentMerger.Options options, SourceTrust trust,
                          DeliveryChecks checks, Unexpected unexpected,
                          Consumer<Merger.FileOutcome> consumer) {
        checkEach(files, threads, options, trust, checks, false, unexpected, consumer);
    }

    /** @param keepMerged outcomes carry what was read and extracted, for a memory's harvest ({@link MemoryOutput}) */
    static void checkEach(List<Path> files, int threads, DocumentMerger.Options options, SourceTrust trust,
                          DeliveryChecks checks, boolean keepMerged, Unexpected unexpected,
                          Consumer<Merger.FileOutcome> consumer) {
        ThreadLocal<Merger> mergers = ThreadLocal.withInitial(() -> new Merger(options, trust, checks, keepMerged));
        run(files, threads, file -> mergers.get().check(file), done -> {
            // check() reports problems in its outcome; a thrown exception is a bug: that file's error, the rest go on
            if (done.failure() != null) {
                consumer.accept(new Merger.FileOutcome(done.input(), List.of(),
                        List.of(new Problem(null, -1, unexpected.report(done.failure())))));
                return;
            }
            consumer.accept(done.result());
        });
    }

    private static <T, R> Done<T, R> attempt(Job<T, R> job, T input) {
        try {
            return new Done<>(input, job.run(input), null);
        } catch (Exception e) {
            return new Done<>(input, null, e);
        } catch (StackOverflowError e) { // a pathologically deep input: that file's failure, not the run's
            return new Done<>(input, null, new IllegalStateException("stack overflow (input nested too deeply)", e));
        }
    }
}
