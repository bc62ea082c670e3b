package net.wpxliff.merge;

import net.wpxliff.xliff.Untrusted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reason a returned file cannot be merged.
 *
 * @param unitId the unit concerned, or null for the whole file
 * @param line   line in the XLIFF file, or -1
 * @param message what is wrong, what was expected, and what to do
 */
public record Problem(String unitId, int line, String message) {
    /**
     * The problems with each repeated one (same unit, line and message) kept once, first place first, its message
     * saying how many times it occurred: a hostile file that repeats one code 60,000 times gets one line, not 60,000.
     */
    public static List<Problem> collapsed(List<Problem> problems) {
        Map<Problem, Integer> counts = new LinkedHashMap<>();
        for (Problem p : problems) counts.merge(p, 1, Integer::sum);
        if (counts.size() == problems.size()) return problems;
        List<Problem> kept = new ArrayList<>(counts.size());
        counts.forEach((p, n) -> kept.add(n == 1 ? p : new Problem(p.unitId, p.line, p.message + " (" + n + " times)")));
        return kept;
    }

    public String format(Object file) {
        return file + (line > 0 ? ":" + line : "") + ": " + (unitId == null ? "" : "unit " + Untrusted.shown(unitId) + ": ") + message;
    }
}
