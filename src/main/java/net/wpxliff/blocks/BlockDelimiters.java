package net.wpxliff.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the block comment delimiters of a text are, by WordPress's grammar alone (openers, closers and
 * self-closing ones, stray ones included): what extraction must keep out of every unit.
 */
public final class BlockDelimiters {
    private BlockDelimiters() {
    }

    /** The source range of every delimiter, in text order. */
    public static List<SourceRange> in(String text) {
        List<SourceRange> ranges = new ArrayList<>();
        if (!text.contains("wp:")) return ranges;
        BlockDelimiterScanner scanner = new BlockDelimiterScanner(text);
        for (BlockDelimiter d = scanner.next(0); d != null; d = scanner.next(d.range().end())) {
            ranges.add(d.range());
        }
        return ranges;
    }
}
