package net.wpxliff.tm;

import net.wpxliff.extract.Extraction;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.Leverage;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Export's leverage with every lookup made on a worker thread: the XLIFF writer looks a small document's units up
 * while the worker that extracted it writes its XLIFF; a large document's XLIFF is streamed later by the one thread
 * that writes the files in order, so its worker looks its units up beforehand ({@link #prepare}) and the writer takes
 * each prepared answer, once. Nothing else is kept: export writes every file once. The memories may still be loading
 * when the run starts (a background thread reads them while the first files are read and extracted): the first lookup
 * waits for them. With the analysis on, each unit's lookups are kept for it ({@link #lookups}), so it does not ask
 * again. Thread-safe.
 */
public final class PreparedLeverage implements Leverage {
    private final Supplier<ExportLeverage> memories;
    /** The leverage once the supplier gave it: asked for once, not once per unit. */
    private volatile ExportLeverage leverage;
    /** The answers {@link #prepare} made, each until the writer takes it. */
    private final Map<TextUnit, Unit> prepared = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each unit's lookups, kept for the analysis ({@link #lookups}) when it runs. */
    private final Map<TextUnit, MatchResult[]> lookups;

    /**
     * @param memories the leverage of the loaded memories; may block until they are loaded
     * @param analysis whether the analysis will take the lookups ({@link #lookups})
     */
    public PreparedLeverage(Supplier<ExportLeverage> memories, boolean analysis) {
        this.memories = memories;
        this.lookups = analysis ? Collections.synchronizedMap(new IdentityHashMap<>()) : null;
    }

    /**
     * Looks up, now, every unit of the extraction, for the writer to take later (a document whose XLIFF is streamed
     * by another thread).
     */
    public void prepare(Extraction extraction) {
        for (TextUnit unit : extraction.units()) prepared.put(unit, lookUp(extraction.document(), unit));
    }

    /** Drops what the writer did not take of the extraction's prepared answers: its streaming failed midway. */
    public void discard(Extraction extraction) {
        for (TextUnit unit : extraction.units()) prepared.remove(unit);
    }

    /** How many prepared answers wait to be taken (none once every file is written). */
    int waiting() {
        return prepared.size();
    }

    /** A unit's lookups, one per sentence (null where none was made), handed over once; null if none. */
    public MatchResult[] lookups(TextUnit unit) {
        return lookups == null ? null : lookups.remove(unit);
    }

    /** The prepared answer, taken (a second call looks the unit up again); else a lookup made now. */
    @Override
    public Unit of(SourceDocument document, TextUnit unit) {
        Unit ready = prepared.remove(unit);
        return ready != null ? ready : lookUp(document, unit);
    }

    private Unit lookUp(SourceDocument document, TextUnit unit) {
        MatchResult[] results = lookups == null ? null : new MatchResult[Math.max(1, unit.segments().size())];
        ExportLeverage memory = leverage;
        if (memory == null) {
            memory = memories.get(); // two threads may both ask: the supplier gives equal leverages
            leverage = memory;
        }
        Unit answer = memory.of(document, unit, results);
        if (lookups != null) lookups.put(unit, results);
        return answer;
    }
}
