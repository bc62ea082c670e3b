package net.wpxliff.segment;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.wpxliff.unit.Fragment;

/** Word counts as Okapi counts them (its word counter, by source language), for quotes and planning. */
public final class WordCount {
    private final LocaleId language;

    public WordCount(String language) {
        this.language = LocaleId.fromBCP47(language);
    }

    /** Words in a unit's text, codes left out. */
    public long of(Fragment fragment) {
        return WordCounter.count(fragment.plainText(), language);
    }
}
