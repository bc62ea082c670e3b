package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.merge.DeliveryChecks;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.SourceTrust;
import net.wpxliff.merge.Problem;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
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

    /** Work on one input with one step of it taken in input order ({@link Turn}). */
    interface TurnJob<T, R> {
        R run(T input, Turn turn) throws Exception;
    }

    /**
     * One job's turn: a step that runs only after every earlier input's job took its turn or ended, so that
     * what the step decides (output names, say) is the same whatever the number of threads. At most once per job.
     */
    interface Turn {
        <X> X take(Callable<X> step) throws Exception;
    }

    /** One input's result, or the exception its job threw. */
    record Done<T, R>(T input, R result, Exception failure) {
    }

    private InOrder() {
    }

    static <T, R> void run(List<T> inputs, int threads, Job<T, R> job, Consumer<Done<T, R>> consumer) {
        run(inputs, threads, (TurnJob<T, R>) (input, turn) -> job.run(input), consumer);
    }

    /**
     * As above, each job able to take its {@link Turn}. No job waits forever: jobs start in input order, so every
     * earlier job has started, and none waits for a later one.
     */
    static <T, R> void run(List<T> inputs, int threads, TurnJob<T, R> job, Consumer<Done<T, R>> consumer) {
        Turns turns = new Turns();
        if (threads <= 1 || inputs.size() <= 1) {
            int index = 0;
            for (T input : inputs) consumer.accept(attempt(job, input, turns.of(index++)));
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
            int submitted = 0;
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < threads * 4) {
                    T input = next.next();
                    JobTurn turn = turns.of(submitted++);
                    ahead.add(pool.submit(() -> attempt(job, input, turn)));
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

    private static <T, R> Done<T, R> attempt(TurnJob<T, R> job, T input, JobTurn turn) {
        try {
            return new Done<>(input, job.run(input, turn), null);
        } catch (Exception e) {
            return new Done<>(input, null, e);
        } catch (OutOfMemoryError e) { // a file too big for the heap: that file's failure (its work is dropped now)
            return new Done<>(input, null, new OutOfMemory());
        } catch (StackOverflowError e) { // a pathologically deep input: that file's failure, not the run's
            return new Done<>(input, null, new IllegalStateException("stack overflow (input nested too deeply)", e));
        } catch (InternalError e) { // export's mapped memory index changed on disk: that file's failure, explained
            if (!MappedIndexFault.is(e)) throw e;
            return new Done<>(input, null, MappedIndexFault.explained(input, e));
        } finally {
            turn.pass(); // a job that ended without its turn lets the later ones go on
        }
    }

    /** Whose turn it is: the first input whose job has neither taken its turn nor ended. */
    private static final class Turns {
        private final BitSet passed = new BitSet();
        private int next;

        JobTurn of(int index) {
            return new JobTurn(this, index);
        }

        synchronized void await(int index) throws InterruptedException {
            while (next < index) wait();
        }

        synchronized void pass(int index) {
            passed.set(index);
            while (passed.get(next)) next++;
            notifyAll();
        }
    }

    /** One input's turn. */
    private static final class JobTurn implements Turn {
        private final Turns turns;
        private final int index;
        private boolean taken;

        JobTurn(Turns turns, int index) {
            this.turns = turns;
            this.index = index;
        }

        @Override
        public <X> X take(Callable<X> step) throws Exception {
            if (taken) throw new IllegalStateException("a job takes its turn once");
            taken = true;
            turns.await(index);
            try {
                return step.call();
            } finally {
                pass();
            }
        }

        void pass() {
            turns.pass(index);
        }
    }
}
