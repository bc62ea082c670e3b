package net.wpxliff.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.sf.okapi.steps.wordcount.common.GMX;
import net.wpxliff.unit.Fragment;

/**
 * Word counts as Okapi counts them (its word counter, by source language), for quotes and planning. For most
 * languages the count is made here with Okapi's own break rules, compiled at build time ({@link OkapiWordBreaks}):
 * Okapi's pipeline would compile them in every run. Where Okapi counts otherwise, its counter is asked: languages
 * written with logographic scripts (counted by characters), French and Italian (words split at apostrophes), and
 * text holding the private-use characters Okapi marks its inline codes with. Thread-safe (each thread counts with
 * an iterator of its own: one counter serves a whole run's workers, as the analysis's does).
 */
public final class WordCount {
    private final LocaleId language;
    /** Whether the compiled breaks count for this language (else Okapi's counter is asked). */
    private final boolean compiled;
    /** A break iterator holds the text it walks: one per thread, the same rules for every language. */
    private static final ThreadLocal<RuleBasedBreakIterator> BREAKS = ThreadLocal.withInitial(OkapiWordBreaks::iterator);

    public WordCount(String language) {
        this.language = LocaleId.fromBCP47(language);
        boolean okapiCounts = GMX.isLogographicScript(this.language) || LocaleId.FRENCH.sameLanguageAs(this.language)
                || LocaleId.ITALIAN.sameLanguageAs(this.language);
        this.compiled = !okapiCounts;
    }

    /** Words in a unit's text, codes left out. */
    public long of(Fragment fragment) {
        return of(fragment.plainText());
    }

    /** Words in a text. */
    long of(String text) {
        if (!compiled || hasCodeMarkers(text)) return WordCounter.count(text, language);
        if (text.isEmpty()) return 0;
        RuleBasedBreakIterator breaks = BREAKS.get();
        breaks.setText(text);
        long words = 0;
        breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (OkapiWordBreaks.counted(breaks.getRuleStatus())) words++;
        }
        return words;
    }

    /** Okapi's inline-code markers (U+E101–U+E103), which its text model would read as codes. */
    private static boolean hasCodeMarkers(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE101' && c <= '\uE103') return true;
        }
        return false;
    }
}
