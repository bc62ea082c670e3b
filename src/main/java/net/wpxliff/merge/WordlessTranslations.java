package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.VisibleText;

import java.util.ArrayList;
import java.util.List;

/**
 * Translations with no words where their source has some: only the source's codes, punctuation or symbols (a CAT
 * tool's "copy tags" left without text). Merge would publish the codes with the text gone (QA: a paragraph of links
 * and bold became empty {@code <a>} and {@code <strong>} elements without a word), so it warns, one line per file, and
 * merges; a target with nothing visible at all is no translation ({@link VisibleText#isBlank}).
 */
final class WordlessTranslations {
    /** How many units a warning lists before "…". */
    private static final int LISTED = 5;
    private final List<String> found = new ArrayList<>();

    /** Notes the unit when its source has a letter and its translation neither a letter nor a digit. */
    void check(String unitId, Fragment source, Fragment target) {
        String translated = target.plainText();
        if (VisibleText.hasWordCharacter(translated)) return; // nearly every unit
        if (VisibleText.hasLetter(source.plainText())) found.add(unitId);
    }

    /** The warning line, or null when no unit was noted. */
    String warning() {
        if (found.isEmpty()) return null;
        List<String> listed = found.size() > LISTED ? found.subList(0, LISTED) : found;
        return found.size() + (found.size() == 1 ? " unit's translation has" : " units' translations have")
                + " no words where the source has some (only codes, spaces or punctuation): " + String.join(", ", listed)
                + (found.size() > LISTED ? ", … (" + (found.size() - LISTED) + " more)" : "")
                + "; the page loses that text: translate it, or empty the target to keep the English (merge with"
                + " --allow-missing)";
    }
}
