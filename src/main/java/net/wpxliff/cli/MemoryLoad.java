package net.wpxliff.cli;

import net.wpxliff.input.InputException;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The {@code --tm} memories loading on a thread of their own ({@link ExtractionInputs#memories}), so that export reads
 * and extracts its first files meanwhile: a memory is needed only when units are looked up.
 */
final class MemoryLoad {
    private final CompletableFuture<Memories> memories = new CompletableFuture<>();

    private MemoryLoad() {
    }

    /** Starts loading; null without memories. */
    static MemoryLoad start(List<Path> files, String sourceLanguage, String targetLanguage, boolean cache) {
        if (files == null || files.isEmpty()) return null;
        MemoryLoad load = new MemoryLoad();
        Thread thread = new Thread(() -> {
            try {
                load.memories.complete(ExtractionInputs.memories(files, sourceLanguage, targetLanguage, cache));
            } catch (Throwable e) {
                load.memories.completeExceptionally(e);
            }
        }, "wpxliff-memory-load");
        thread.setDaemon(true);
        thread.start();
        return load;
    }

    /** The memories once loaded, or the problem that stopped them (as export reports it). */
    Memories await() throws InputException {
        InputException failure = failure();
        if (failure != null) throw failure;
        return memories.join();
    }

    /** The memories once loaded; an unchecked exception when they failed (callers check {@link #failure} first). */
    Memories get() {
        return memories.join();
    }

    /** Waits for the load; the problem when it failed, else null. An unexpected error is rethrown. */
    InputException failure() {
        try {
            memories.join();
            return null;
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException input) return input;
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }
}
