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
 * Export's leverage with the lookups moved to where the work is parallel: the worker that extracted a document asks
 * the memories about all its units ({@link #prepare}), and the XLIFF writer, which runs on the one thread that writes
 * the files in order, only takes the answers. The memories may still be loading when the run starts (a background
 * thread reads them while the first files are read and extracted): the first lookup waits for them. A unit not
 * prepared (a renamed output, a second writing) is looked up when written. Thread-safe.
 */
public final class PreparedLeverage implements Leverage {
    private final Supplier<ExportLeverage> memories;
    private final Map<TextUnit, Unit> prepared = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each prepared unit's lookups, kept for the analysis ({@link #lookups}) when it runs. */
    private final Map<TextUnit, MatchResult[]> lookups;

    /**
     * @param memories the leverage of the loaded memories; may block until they are loaded
     * @param analysis whether the analysis will take the lookups ({@link #lookups})
     */
    public PreparedLeverage(Supplier<ExportLeverage> memories, boolean analysis) {
        this.memories = memories;
        this.lookups = analysis ? Collections.synchronizedMap(new IdentityHashMap<>()) : null;
    }

    /** Looks up every unit of the extraction now, for the writer to take later. */
    public void prepare(Extraction extraction) {
        ExportLeverage leverage = memories.get();
        for (TextUnit unit : extraction.units()) {
            MatchResult[] results = lookups == null ? null
                    : new MatchResult[Math.max(1, unit.segments().size())];
            prepared.put(unit, leverage.of(extraction.document(), unit, results));
            if (lookups != null) lookups.put(unit, results);
        }
    }

    /** A prepared unit's lookups, one per sentence (null where none was made), handed over once; null if none. */
    public MatchResult[] lookups(TextUnit unit) {
        return lookups == null ? null : lookups.remove(unit);
    }

    @Override
    public Unit of(SourceDocument document, TextUnit unit) {
        Unit ready = prepared.remove(unit);
        return ready != null ? ready : memories.get().of(document, unit);
    }
}
