package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matcher's fast path (prefix index of rare words, length and common-word filters, the edit distance stopped at
 * the score's limit) against the plain definition: every entry scored with {@link Similarity#score}, on a sample
 * built to crowd the thresholds (a small vocabulary, words in other cases, swapped words, codes, punctuation).
 */
class MatcherFastPathTest {
    private static final String[] WORDS = {"the", "post", "site", "theme", "block", "page", "image", "menu", "widget",
            "comment", "editor", "media", "link", "gallery", "user", "plugin", "a", "of", "to", "and", "in", "is",
            "WordPress", "settings", "content", "title", "author", "date", "category", "tag", "3", "2026", "e-mail"};
    private static final String[] MARKS = {".", ",", ":", "!", "?", "(", ")", "—"};

    private final Random random = new Random(1130);

    @Test
    void searchFindsExactlyTheEntriesAScanFinds() {
        List<TmEntry> entries = new ArrayList<>();
        List<TmText> sources = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            TmText source = i > 0 && random.nextInt(3) == 0 ? edited(sources.get(random.nextInt(sources.size())), 1 + random.nextInt(3))
                    : sentence(1 + random.nextInt(14));
            sources.add(source);
            entries.add(new TmEntry(source, source, "en", "ko", String.valueOf(i % 50), "k" + i % 7, "", "", ""));
        }
        Matcher matcher = new Matcher(entries);
        List<TmText> queries = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            TmText base = sources.get(random.nextInt(sources.size()));
            queries.add(switch (i % 4) {
                case 0 -> base;
                case 1 -> edited(base, 1);
                case 2 -> edited(base, 2 + random.nextInt(3));
                default -> sentence(1 + random.nextInt(14));
            });
        }
        int compared = 0;
        for (TmText query : queries) {
            String canonical = Similarity.canonical(query);
            int[] scores = new int[matcher.size()];
            int best = 0;
            for (int id = 0; id < matcher.size(); id++) {
                scores[id] = Similarity.score(matcher.entry(id).source(), query);
                best = Math.max(best, scores[id]);
            }
            for (int minimum : new int[] {Matcher.FUZZY_MINIMUM, Matcher.ANALYSIS_MINIMUM}) {
                TreeMap<Integer, Integer> expected = new TreeMap<>();
                for (int id = 0; id < scores.length; id++) if (scores[id] >= minimum && scores[id] < 100) expected.put(id, scores[id]);
                TreeMap<Integer, Integer> found = new TreeMap<>();
                for (Matcher.Scored s : matcher.search(query, canonical, minimum)) found.put(s.entry(), s.score());
                assertEquals(expected, found, () -> "minimum " + minimum + ", query " + query.plainText());
                compared += expected.size();
            }
            int analysed = best >= Matcher.ANALYSIS_MINIMUM ? best : 0;
            assertEquals(analysed, matcher.analyze(new MatchQuery(query, "x", "y", "", "")).bestScore(), query.plainText());
        }
        assertTrue(compared > 500, "the sample crowds the thresholds: " + compared + " scored pairs");
    }

    @Test
    void boundedDistanceIsExactUpToItsLimit() {
        Vocabulary vocabulary = new Vocabulary();
        for (int i = 0; i < 2_000; i++) {
            TmText a = sentence(random.nextInt(12));
            TmText b = random.nextBoolean() ? edited(a, 1 + random.nextInt(4)) : sentence(random.nextInt(12));
            TokenSequence x = vocabulary.intern(SimilarityTokens.of(a));
            TokenSequence y = vocabulary.intern(SimilarityTokens.of(b));
            int exact = TokenSequence.distance(x, y);
            int limit = random.nextInt(exact + 8);
            int bounded = TokenSequence.distance(x, y, limit);
            if (exact <= limit) assertEquals(exact, bounded, a.plainText() + " / " + b.plainText());
            else assertTrue(bounded > limit, a.plainText() + " / " + b.plainText());
        }
    }

    private TmText sentence(int words) {
        List<TmText.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean bold = random.nextInt(4) == 0;
        for (int w = 0; w < words; w++) {
            if (w > 0) text.append(' ');
            String word = WORDS[random.nextInt(WORDS.length)];
            if (random.nextInt(8) == 0) word = word.toUpperCase(java.util.Locale.ROOT);
            text.append(word);
            if (random.nextInt(6) == 0) text.append(MARKS[random.nextInt(MARKS.length)]);
            if (bold && w == words / 2) {
                parts.add(new TmText.Plain(text.toString()));
                text.setLength(0);
                parts.add(new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b>"));
            }
        }
        parts.add(new TmText.Plain(text.toString()));
        if (bold) parts.add(new TmText.Tag(TmText.Kind.CLOSE, 1, "bold", "</b>"));
        if (random.nextInt(5) == 0) parts.add(new TmText.Tag(TmText.Kind.STANDALONE, 2, "lb", "<br>"));
        return new TmText(parts);
    }

    /** Edits on the words: one replaced, dropped, swapped with its neighbour, or put in another case. */
    private TmText edited(TmText sentence, int edits) {
        List<TmText.Part> parts = new ArrayList<>(sentence.parts());
        for (int e = 0; e < edits; e++) {
            int at = -1;
            for (int i = 0; i < parts.size(); i++) if (parts.get(i) instanceof TmText.Plain p && !p.text().isBlank()) at = i;
            if (at < 0) return new TmText(parts);
            String[] words = ((TmText.Plain) parts.get(at)).text().split(" ", -1);
            int i = random.nextInt(words.length);
            switch (random.nextInt(4)) {
                case 0 -> words[i] = WORDS[random.nextInt(WORDS.length)];
                case 1 -> words[i] = "";
                case 2 -> {
                    if (i + 1 < words.length) {
                        String t = words[i];
                        words[i] = words[i + 1];
                        words[i + 1] = t;
                    }
                }
                default -> words[i] = words[i].toUpperCase(java.util.Locale.ROOT);
            }
            parts.set(at, new TmText.Plain(String.join(" ", words)));
        }
        return new TmText(parts);
    }
}
