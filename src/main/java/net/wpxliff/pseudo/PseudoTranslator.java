package net.wpxliff.pseudo;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a pseudo-translation that looks like Korean: every letter (of any script but Hangul) becomes a Hangul syllable, each
 * word grows by a third (Korean layouts must survive longer text), and each sentence is framed by
 * ⟦ ⟧ so truncation shows. Codes stay exactly where they are. Deterministic.
 */
public final class PseudoTranslator {
    private static final char HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_COUNT = 11172;

    public List<Segment> translate(TextUnit unit) {
        List<Segment> segments = new ArrayList<>(unit.segments().size());
        for (Segment segment : unit.segments()) {
            segments.add(new Segment(segment.id(), translate(segment.content()), segment.gapAfter()));
        }
        return segments;
    }

    public Fragment translate(Fragment fragment) {
        List<Part> parts = new ArrayList<>(fragment.parts().size() + 2);
        parts.add(new Text("⟦"));
        for (Part part : fragment.parts()) parts.add(part instanceof Text t ? new Text(hangul(t.value())) : part);
        parts.add(new Text("⟧"));
        return Fragment.of(parts);
    }

    static String hangul(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4 / 3 + 2);
        int wordLength = 0;
        int wordHash = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) && !isHangul(c)) {
                // any script, so that no source word survives (Latin, Greek, Cyrillic, kana, ...)
                out.append((char) (HANGUL_FIRST + Math.floorMod(c * 431 + (Character.isUpperCase(c) ? 97 : 0), HANGUL_COUNT)));
                wordLength++;
                wordHash = wordHash * 31 + c;
                continue;
            }
            lengthen(out, wordLength, wordHash);
            wordLength = 0;
            wordHash = 0;
            out.appendCodePoint(c);
        }
        lengthen(out, wordLength, wordHash);
        return out.toString();
    }

    /** A third more syllables after each word, as Korean text often runs longer than English. */
    private static void lengthen(StringBuilder out, int wordLength, int wordHash) {
        for (int extra = 0; extra < (wordLength + 2) / 3; extra++) {
            out.append((char) (HANGUL_FIRST + Math.floorMod(wordHash + extra * 7919, HANGUL_COUNT)));
        }
    }

    private static boolean isHangul(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
