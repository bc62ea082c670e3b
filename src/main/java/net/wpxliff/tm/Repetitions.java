package net.wpxliff.tm;

import java.util.HashSet;
import java.util.Set;

/**
 * Repetitions within a job: a source sentence (text and codes, whitespace collapsed: {@link Similarity#canonical})
 * met earlier in the same job. Ask in the job's order (files, then units, then sentences) so the first occurrence
 * counts in its own band and every later one as a repetition.
 */
final class Repetitions {
    private final Set<String> seen = new HashSet<>();

    /** True when this source was met before; remembers it either way. */
    public boolean repeated(TmText source) {
        return !seen.add(Similarity.canonical(source));
    }
}
