package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark-like: a memory of 100,000 generated entries (Zipf-distributed words from a 20,000-word vocabulary,
 * 4 to 30 words, some bold and links), then lookups of sentences from the memory, of the same with one word
 * changed and of new sentences. Prints build time, heap and lookups/s; asserts only correctness: exact copies are
 * 100% matches, and for a sample the index finds exactly the best score a scan of the whole memory finds.
 */
class MatcherSpeedTest {
    private static final int ENTRIES = 100_000;
    private static final int LOOKUPS = 2_000;

    private final Random random = new Random(20261130);
    private final String[] vocabulary = words(20_000);
    private final double[] zipf = zipf(vocabulary.length);

    @Test
    void hundredThousandEntries() {
        List<TmEntry> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            TmText source = sentence(4 + random.nextInt(27));
            entries.add(new TmEntry(source, source, "en", "ko", String.valueOf(i / 20), "content/p[" + i % 20 + "]",
                    "", "", "2026-01-01T00:00:00Z"));
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Matcher matcher = new Matcher(entries);
        long built = System.nanoTime() - start;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();

        List<TmText> exact = new ArrayList<>();
        List<TmText> changed = new ArrayList<>();
        List<TmText> fresh = new ArrayList<>();
        for (int i = 0; i < LOOKUPS; i++) {
            TmText source = entries.get(random.nextInt(ENTRIES)).source();
            exact.add(source);
            changed.add(oneWordChanged(source));
            fresh.add(sentence(4 + random.nextInt(27)));
        }
        for (TmText text : exact.subList(0, 500)) matcher.match(new MatchQuery(text, "x", "y", "", "")); // warm-up
        for (TmText text : fresh.subList(0, 500)) matcher.match(new MatchQuery(text, "x", "y", "", ""));

        int exactHits = 0;
        long t0 = System.nanoTime();
        for (TmText text : exact) if (matcher.match(new MatchQuery(text, "x", "y", "", "")).kind().prefills()) exactHits++;
        long t1 = System.nanoTime();
        int fuzzyHits = 0;
        for (TmText text : changed) if (matcher.match(new MatchQuery(text, "x", "y", "", "")).kind() != MatchKind.NONE) fuzzyHits++;
        long t2 = System.nanoTime();
        int freshScored = 0;
        for (TmText text : fresh) if (matcher.match(new MatchQuery(text, "x", "y", "", "")).bestScore() > 0) freshScored++;
        long t3 = System.nanoTime();
        int analysed = 0;
        for (TmText text : changed.subList(0, 200)) if (matcher.analyze(new MatchQuery(text, "x", "y", "", "")).bestScore() > 0) analysed++;
        for (TmText text : fresh.subList(0, 200)) if (matcher.analyze(new MatchQuery(text, "x", "y", "", "")).bestScore() > 0) analysed++;
        long t4 = System.nanoTime();

        System.out.printf("[MatcherSpeedTest] %,d entries indexed in %.2f s, heap +%,d MB%n", ENTRIES, built / 1e9,
                (heapAfter - heapBefore) >> 20);
        System.out.printf("[MatcherSpeedTest] exact copies:     %,8.0f lookups/s (%d of %d pre-fill)%n",
                LOOKUPS / ((t1 - t0) / 1e9), exactHits, LOOKUPS);
        System.out.printf("[MatcherSpeedTest] one word changed: %,8.0f lookups/s (%d of %d offered a fuzzy match)%n",
                LOOKUPS / ((t2 - t1) / 1e9), fuzzyHits, LOOKUPS);
        System.out.printf("[MatcherSpeedTest] new sentences:    %,8.0f lookups/s (%d of %d scored 75 or more)%n",
                LOOKUPS / ((t3 - t2) / 1e9), freshScored, LOOKUPS);
        System.out.printf("[MatcherSpeedTest] analysis (50+), half changed, half new: %,8.0f lookups/s (%d of 400 scored 50 or more)%n",
                400 / ((t4 - t3) / 1e9), analysed);
        assertEquals(LOOKUPS, exactHits);

        // the index against a scan of the whole memory
        Vocabulary scanVocabulary = new Vocabulary();
        TokenSequence[] all = new TokenSequence[ENTRIES];
        String[] canonical = new String[ENTRIES];
        for (int i = 0; i < ENTRIES; i++) {
            all[i] = scanVocabulary.intern(SimilarityTokens.of(entries.get(i).source()));
            canonical[i] = Similarity.canonical(entries.get(i).source());
        }
        List<TmText> sample = new ArrayList<>(changed.subList(0, 8));
        sample.addAll(fresh.subList(0, 8));
        sample.add(TmTexts.text("Go."));
        sample.add(TmTexts.text("<b>!</b>"));
        for (TmText query : sample) {
            TokenSequence q = scanVocabulary.intern(SimilarityTokens.of(query));
            String key = Similarity.canonical(query);
            int best = 0;
            for (int i = 0; i < ENTRIES; i++) {
                int score = key.equals(canonical[i]) ? 100 : Similarity.fuzzyScore(q, all[i]);
                best = Math.max(best, score);
            }
            int expected = best >= Matcher.ANALYSIS_MINIMUM ? best : 0;
            assertEquals(expected, matcher.analyze(new MatchQuery(query, "x", "y", "", "")).bestScore(),
                    () -> "best score of " + query.plainText());
            int offered = best >= Matcher.FUZZY_MINIMUM ? best : 0;
            assertEquals(offered, matcher.match(new MatchQuery(query, "x", "y", "", "")).bestScore(),
                    () -> "best score of " + query.plainText());
        }
        assertTrue(fuzzyHits > LOOKUPS * 9 / 10, "one word changed in 4 to 30 words is mostly a fuzzy match: " + fuzzyHits);
    }

    private TmText oneWordChanged(TmText source) {
        List<TmText.Part> parts = new ArrayList<>(source.parts());
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof TmText.Plain plain && plain.text().contains(" ")) {
                String[] words = plain.text().split(" ", -1);
                int at = random.nextInt(words.length);
                if (words[at].isEmpty() || words[at].endsWith(".")) continue;
                words[at] = "changed";
                parts.set(i, new TmText.Plain(String.join(" ", words)));
                break;
            }
        }
        return new TmText(parts);
    }

    private TmText sentence(int words) {
        List<TmText.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int code = random.nextInt(4) == 0 ? random.nextInt(words) : -1;
        boolean link = random.nextBoolean();
        for (int w = 0; w < words; w++) {
            String word = vocabulary[pick()];
            if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (w > 0) text.append(' ');
            if (w == code) {
                parts.add(new TmText.Plain(text.toString()));
                text.setLength(0);
                String type = link ? "link" : "bold";
                parts.add(new TmText.Tag(TmText.Kind.OPEN, 1, type, link ? "<a href=\"/p/" + w + "\">" : "<strong>"));
                parts.add(new TmText.Plain(word));
                parts.add(new TmText.Tag(TmText.Kind.CLOSE, 1, type, link ? "</a>" : "</strong>"));
            } else {
                text.append(word);
            }
        }
        text.append(random.nextInt(8) == 0 ? "?" : ".");
        parts.add(new TmText.Plain(text.toString()));
        return new TmText(parts);
    }

    private int pick() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private String[] words(int n) {
        String[] words = new String[n];
        String letters = "etaoinshrdlucmfwypvbgkjqxz";
        for (int i = 0; i < n; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int c = 0; c < length; c++) word.append(letters.charAt((int) Math.min(25, -Math.log(random.nextDouble()) * 6)));
            words[i] = word.toString() + (i % 7);
        }
        return words;
    }

    /** Cumulative Zipf distribution (exponent 1), as word frequencies in text roughly are. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cumulative[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++) cumulative[i] /= sum;
        return cumulative;
    }
}
