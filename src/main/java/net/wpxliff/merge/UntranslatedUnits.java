package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The units of one document whose target came back identical to their source although the source has text a
 * translator would translate: a copy-source export returned untranslated, or a CAT tool that copied the source.
 * Merge still accepts such a target (a translator may keep a unit as it is); this is what it warns about, and
 * what {@code --require-translated} refuses.
 * <p>
 * A unit has text when its source, codes left out and URLs and e-mail addresses removed, holds two letters in
 * a row (any script): numbers, single letters, symbols, URLs and e-mail addresses alone never count.
 *
 * @param textUnits the units with text
 * @param ids       the ids of those among them whose target equals the source, in document order
 */
public record UntranslatedUnits(int textUnits, List<String> ids) {
    /** How many ids a message lists before "…". */
    private static final int LISTED = 8;
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}\\p{M}*\\p{L}");

    public static final UntranslatedUnits NONE = new UntranslatedUnits(0, List.of());

    public UntranslatedUnits {
        ids = List.copyOf(ids);
    }

    /** Whether a unit's source holds text a translator would translate (the rule above). */
    public static boolean hasText(Fragment source) {
        String text = ADDRESS.matcher(source.plainText()).replaceAll(" ");
        return WORD.matcher(text).find();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The warning line: the count, and the first ids. */
    public String message() {
        String listed = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())))
                + (ids.size() > LISTED ? ", … (" + (ids.size() - LISTED) + " more)" : "");
        return ids.size() + " of " + textUnits + " units with text are still identical to their source (untranslated?): "
                + listed + "; translate them, or pass --require-translated to refuse such files";
    }
}
