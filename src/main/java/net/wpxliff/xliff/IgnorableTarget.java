package net.wpxliff.xliff;

import net.wpxliff.unit.VisibleText;

import java.util.ArrayList;
import java.util.List;

/**
 * The target of an XLIFF 2 {@code <ignorable>}. Export writes the space between sentences there, and merge takes that
 * space from the source, so a target may differ from its source only in space (white space or a Unicode space such as
 * U+00A0): text or codes a translator put in an ignorable's target would be lost without a word, and are refused
 * instead, with the unit.
 */
final class IgnorableTarget {
    private IgnorableTarget() {
    }

    static void check(String unitId, String ignorableId, List<InlineToken> source, List<InlineToken> target, int line)
            throws XliffException {
        if (ReturnedUnit.sameJoined(withoutSpace(source), withoutSpace(target))) return;
        throw new XliffException(line, "unit " + Untrusted.shown(unitId) + ": the target of <ignorable id=\""
                + Untrusted.shown(ignorableId) + "\"> holds text or codes its source does not; an ignorable is the space"
                + " between sentences, taken from the source, so they would be lost: move them into a segment's target"
                + " in your CAT tool");
    }

    /** The tokens less space-only text (a CAT tool may write a no-break space there: QA, it was refused as text). */
    private static List<InlineToken> withoutSpace(List<InlineToken> tokens) {
        List<InlineToken> kept = new ArrayList<>(tokens.size());
        for (InlineToken t : tokens) {
            if (t.kind() != InlineToken.Kind.TEXT || !VisibleText.isSpace(t.value())) kept.add(t);
        }
        return kept;
    }
}
