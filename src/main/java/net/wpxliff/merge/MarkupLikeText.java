package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translations that hold text looking like markup where their source has none: a tag typed as text ({@code <b>},
 * {@code </a>}) or a character reference ({@code &nbsp;}, {@code &#8217;}). Merge publishes such text as it reads
 * (escaped, so it never becomes markup: the page shows {@code <b>} and {@code &nbsp;} literally), which is safe but
 * almost never what the translator meant: formatting belongs in the source's codes, characters are typed as
 * characters. Merge warns, one line per file, and merges; a source that shows such text itself (a post about HTML)
 * may keep it in its translation without a warning.
 */
final class MarkupLikeText {
    /** How many units a warning lists before "…". */
    private static final int LISTED = 5;
    private static final Pattern MARKUP_LIKE = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    /** Unit id to the first markup-like text its translation adds, in document order. */
    private final Map<String, String> found = new LinkedHashMap<>();

    /** Notes the unit when its translation holds markup-like text its source does not (each occurrence counted). */
    void check(String unitId, Fragment source, Fragment target) {
        String targetText = target.plainText();
        if (targetText.indexOf('<') < 0 && targetText.indexOf('&') < 0) return; // nearly every unit
        Map<String, Integer> inSource = occurrences(source.plainText());
        Matcher m = MARKUP_LIKE.matcher(targetText);
        while (m.find()) {
            String text = m.group();
            if (inSource.merge(text, -1, Integer::sum) < 0) {
                found.putIfAbsent(unitId, text);
                return;
            }
        }
    }

    private static Map<String, Integer> occurrences(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = MARKUP_LIKE.matcher(text);
        while (m.find()) counts.merge(m.group(), 1, Integer::sum);
        return counts;
    }

    /** The warning line, or null when no unit was noted. */
    String warning() {
        if (found.isEmpty()) return null;
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, String> e : found.entrySet()) {
            if (listed.size() == LISTED) break;
            listed.add(e.getKey() + " (" + shortened(e.getValue()) + ")");
        }
        return found.size() + (found.size() == 1 ? " unit's translation holds" : " units' translations hold")
                + " text that looks like markup where the source has none: " + String.join(", ", listed)
                + (found.size() > LISTED ? ", … (" + (found.size() - LISTED) + " more)" : "")
                + "; the page shows it as typed, not as formatting: use the source's codes (tags) for formatting"
                + " and type characters, not entities";
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
