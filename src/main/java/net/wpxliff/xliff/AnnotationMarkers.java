package net.wpxliff.xliff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * XLIFF 2's {@code <sm/>} and {@code <em/>} in one unit's sources or in its targets: the spec requires each
 * {@code <sm id>} to be ended by an {@code <em startRef>} in the same unit (the pair may span segments), and each
 * {@code <em>} to end an {@code <sm>}. They carry no content, but a file that breaks the pairing is not one a CAT tool
 * wrote correctly, so it is refused rather than guessed at.
 */
final class AnnotationMarkers {
    private final String side;
    private String unitId;
    /** The open markers' ids and lines, in order. */
    private final Map<String, Integer> open = new LinkedHashMap<>();

    /** @param side "source" or "target", for messages */
    AnnotationMarkers(String side) {
        this.side = side;
    }

    String side() {
        return side;
    }

    /** A new unit starts. */
    void clear(String unitId) {
        this.unitId = unitId;
        open.clear();
    }

    void start(String id, int line) throws XliffException {
        if (id == null || open.putIfAbsent(id, line) != null) {
            throw new XliffException(line, unit() + "<sm id=\"" + Untrusted.shown(id) + "\"/> "
                    + (id == null ? "has no id" : "is opened twice") + " in the " + side + "; " + FIX);
        }
    }

    void end(String startRef, int line) throws XliffException {
        if (startRef == null || open.remove(startRef) == null) {
            throw new XliffException(line, unit() + "<em startRef=\"" + Untrusted.shown(startRef) + "\"/> ends no <sm/>"
                    + " opened before it in the unit's " + side + "; " + FIX);
        }
    }

    /** At the unit's end: every {@code <sm/>} must have been ended. */
    void checkClosed() throws XliffException {
        if (open.isEmpty()) return;
        Map.Entry<String, Integer> first = open.entrySet().iterator().next();
        throw new XliffException(first.getValue(), unit() + "<sm id=\"" + Untrusted.shown(first.getKey()) + "\"/> has no"
                + " <em startRef=\"" + Untrusted.shown(first.getKey()) + "\"/> in the unit's " + side + "; " + FIX);
    }

    private String unit() {
        return "unit " + Untrusted.shown(unitId) + ": ";
    }

    private static final String FIX = "each annotation start marker needs its end marker in the same unit (XLIFF 2.1):"
            + " remove the annotation (comment, term) in your CAT tool, or export the file again";
}
