package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bidirectional control characters a translation adds to its source: they change the order in which the text around
 * them is shown, so a page can read other than its text ("Trojan Source"). Korean is written left to right and needs
 * none, but a Korean sentence quoting an Arabic or Hebrew name may rightly use the marks (U+200E, U+200F, U+061C) or
 * the isolates Unicode recommends for it (U+2066 to U+2069), and older tools write embeddings (U+202A, U+202B, U+202C):
 * those merge with a warning naming the units and characters, to be checked on the page. An override (U+202D, U+202E)
 * shows the text after it in the order it forces whatever its letters, reversing a Korean or English sentence; no
 * translation needs one its source does not have, so it is refused. A character the source holds as often is the
 * source's and passes.
 */
final class BidiControls {
    /** How many units a warning lists before "…". */
    private static final int LISTED = 5;
    /** Unit id to the bidirectional controls its translation adds, in document order. */
    private final Map<String, TreeSet<Character>> found = new LinkedHashMap<>();

    /**
     * Notes the controls the translation adds to its source.
     *
     * @return the problem when it adds an override, else null
     */
    Problem check(String unitId, int line, Fragment source, Fragment target) {
        String translated = target.plainText();
        if (!hasControl(translated)) return null; // nearly every unit
        String original = source.plainText();
        TreeSet<Character> added = new TreeSet<>();
        for (int i = 0; i < translated.length(); i++) {
            char c = translated.charAt(i);
            if (isControl(c) && !added.contains(c) && count(translated, c) > count(original, c)) added.add(c);
        }
        if (added.isEmpty()) return null;
        for (char c : added) {
            if (c == '\u202D' || c == '\u202E') {
                return new Problem(unitId, line, String.format("the translation holds the bidirectional override U+%04X"
                        + " (%s), which its source does not: it shows the text after it in reverse order, so the page"
                        + " would read other than its text; remove it (an Arabic or Hebrew name needs none, or at most the"
                        + " isolates U+2067 and U+2069 around it)", (int) c, Character.getName(c)));
            }
        }
        found.put(unitId, added);
        return null;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) if (isControl(text.charAt(i))) return true;
        return false;
    }

    private static boolean isControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
        return n;
    }

    /** The warning line, or null when no unit was noted. */
    String warning() {
        if (found.isEmpty()) return null;
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Character>> e : found.entrySet()) {
            if (listed.size() == LISTED) break;
            listed.add(e.getKey() + " (" + String.join(", ", e.getValue().stream()
                    .map(c -> String.format("U+%04X", (int) c)).toList()) + ")");
        }
        return found.size() + (found.size() == 1 ? " unit's translation adds bidirectional control characters to its"
                + " source: " : " units' translations add bidirectional control characters to their sources: ")
                + String.join(", ", listed)
                + (found.size() > LISTED ? ", … (" + (found.size() - LISTED) + " more)" : "")
                + "; they change the order in which the text around them is shown: check that the page reads as its text"
                + " (an Arabic or Hebrew name may need them; Korean and English text does not)";
    }
}
