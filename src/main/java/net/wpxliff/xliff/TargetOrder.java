package net.wpxliff.xliff;

import java.util.HashMap;
import java.util.Map;

/**
 * The places of one XLIFF 2 unit's targets: each target's {@code order}, or, without one, its segment's or ignorable's
 * own place. XLIFF 2.1 requires them distinct and from 1 to the number of segments and ignorables in the unit; merge
 * follows them (a translator's reordering), so a place beyond the unit or taken twice is refused, never guessed at
 * ({@code order="999"} moved a sentence to the end).
 */
final class TargetOrder {
    private final String unitId;
    /** Each place taken, with the line of the target that took it. */
    private final Map<Integer, Integer> taken = new HashMap<>();
    private int highest;
    private int highestLine;

    TargetOrder(String unitId) {
        this.unitId = unitId;
    }

    /**
     * The place of the target at the line: its {@code order}, else {@code position}. A value the schema does not allow
     * ("0", "x") is left to the schema's message, and the target keeps its own place.
     */
    int place(String order, int position, int line) throws XliffException {
        int place = position;
        if (order != null && order.matches("0*[1-9][0-9]*")) { // the schema's positiveInteger, as written
            String digits = order.replaceFirst("^0+", "");
            place = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }
        Integer other = taken.putIfAbsent(place, line);
        if (other != null) {
            throw new XliffException(line, "unit " + Untrusted.shown(unitId) + ": two targets take place " + place
                    + " among the unit's segments and ignorables (this one and line " + other + "; a target without"
                    + " order keeps its own place); " + FIX);
        }
        if (place > highest) {
            highest = place;
            highestLine = line;
        }
        return place;
    }

    /** At the unit's end: no place beyond its segments and ignorables. */
    void checkRange(int segmentsAndIgnorables) throws XliffException {
        if (highest <= segmentsAndIgnorables) return;
        throw new XliffException(highestLine, "unit " + Untrusted.shown(unitId) + ": a target's order"
                + (highest == Integer.MAX_VALUE ? "" : " " + highest) + " is beyond the unit's " + segmentsAndIgnorables
                + " segments and ignorables; " + FIX);
    }

    private static final String FIX = "give each target its own order from 1 to the number of segments and ignorables"
            + " (XLIFF 2.1), or none to keep the source's order, in your CAT tool";
}
