package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link EntryStore#canonicalOrder} stands for the texts' canonical forms: equal places exactly for equal forms, and
 * places ordered as {@link String#compareTo} orders the forms; the ranking relies on both (MatchRanking).
 */
class CanonicalOrderTest {
    @Test
    void placesCompareAsTheCanonicalFormsDo() {
        EntryStore store = MemoryIndexFormatTest.matcher().state().store();
        int texts = store.textStart.length - 1;
        String[] forms = new String[texts];
        for (int t = 0; t < texts; t++) forms[t] = Similarity.canonical(store.text(t));
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            int a = random.nextInt(texts);
            int b = i % 4 == 0 ? a : random.nextInt(texts);
            assertEquals(Integer.signum(forms[a].compareTo(forms[b])), store.compareCanonical(a, b),
                    forms[a] + " / " + forms[b]);
            assertEquals(forms[a].equals(forms[b]), store.sameCanonical(a, b), forms[a] + " / " + forms[b]);
        }
    }

    @Test
    void textsDifferingOnlyInSpacingShareAPlace() {
        TmText spaced = new TmText(List.of(new TmText.Plain("  Read   more ")));
        TmText plain = new TmText(List.of(new TmText.Plain("Read more")));
        TmText other = new TmText(List.of(new TmText.Plain("Read less")));
        Matcher matcher = new Matcher(List.of(
                new TmEntry(spaced, other, "en", "ko", "1", "k", "", "", null),
                new TmEntry(plain, other, "en", "ko", "2", "k", "", "", null),
                new TmEntry(other, plain, "en", "ko", "3", "k", "", "", null)));
        EntryStore store = matcher.state().store();
        assertEquals(Similarity.canonical(spaced), Similarity.canonical(plain));
        int spacedText = -1, plainText = -1, otherText = -1;
        for (int t = 0; t < store.textStart.length - 1; t++) {
            TmText text = store.text(t);
            if (text.equals(spaced)) spacedText = t;
            if (text.equals(plain)) plainText = t;
            if (text.equals(other)) otherText = t;
        }
        assertEquals(true, store.sameCanonical(spacedText, plainText));
        assertEquals(false, store.sameCanonical(plainText, otherText));
        assertEquals(Integer.signum("Read less".compareTo("Read more")), store.compareCanonical(otherText, plainText));
    }
}
