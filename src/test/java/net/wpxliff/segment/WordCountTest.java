package net.wpxliff.segment;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.wpxliff.Exporter;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * wpxliff counts words with Okapi's break rules compiled at build time ({@link OkapiWordBreaks}), asking Okapi's
 * {@code WordCounter} only where it counts otherwise: every count must be Okapi's.
 */
class WordCountTest {
    private static final List<String> TEXTS = List.of("", " ", "Hello world.", "Write to john.doe@example.com today",
            "It's 10:30 am, or 22:15:09.", "10.30", "3.3pct of U.S. users", "USD 1,000", "$1,000.50 and €3.5",
            "on 12/31/2020", "www.google.com and 192.168.1.1", "http://foo.bar/x and https://example.com/a/b",
            "a well-known state-of-the-art tool", "O'Neil's car", "naïve café déjà vu", "日本語のテキスト", "한국어 문장입니다",
            "emoji 👍🏽 ok ❤️", "<b>bold</b> text", ":-) smile ;)", "٣٤٥ عربي", "soft\u00ADhyphen", "tab\there\nnew line",
            "1st 2nd 3rd", "A.B.C. and U.S.A", "wait…", "e\u0301cole", "x\u200Dy", "C++ and C#", "50% off!", "#hashtag @user",
            "  leading and trailing  ", "don’t stop", "ÀÉÎÕÜ", "Ελληνικά κείμενα", "Русский текст", "पाठ हिंदी");

    @Test
    void theCompiledRulesAreOkapisRulesCompiled() throws Exception {
        try (var in = OkapiWordBreaks.class.getResourceAsStream(OkapiWordBreaks.COMPILED)) {
            assertTrue(in != null, "the build writes " + OkapiWordBreaks.COMPILED + " (mvn process-classes)");
            assertArrayEquals(OkapiWordBreaks.compile(), in.readAllBytes(), "rebuild: Okapi's or ICU's rules changed");
        }
    }

    @Test
    void countsAreOkapisOnHandPickedTexts() {
        for (String language : List.of("en", "en-US", "de", "es", "pt-BR", "ko", "ja", "zh-CN", "fr", "it", "ru")) {
            WordCount counter = new WordCount(language);
            for (String text : TEXTS) {
                assertEquals(WordCounter.count(text, LocaleId.fromBCP47(language)), counter.of(text), language + ": " + text);
            }
        }
    }

    @Test
    void countsAreOkapisOnRandomTexts() {
        String alphabet = "abcXYZ019 .,;:-'’@/$%&()<>!?\t\n\u00e9\u0301\u00AD\u2014\u4e2d\uac00\u3042\ud83d\ude00#+_=";
        Random random = new Random(5);
        WordCount counter = new WordCount("en");
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (Character.isHighSurrogate(c)) {
                    text.append("\ud83d\ude00");
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            String sample = text.toString();
            assertEquals(WordCounter.count(sample, LocaleId.ENGLISH), counter.of(sample), sample);
        }
    }

    @Test
    void oneCounterServesSeveralThreads() throws Exception {
        WordCount counter = new WordCount("en");
        long[] expected = TEXTS.stream().mapToLong(text -> WordCounter.count(text, LocaleId.ENGLISH)).toArray();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 300; round++) {
                        for (int i = 0; i < TEXTS.size(); i++) assertEquals(expected[i], counter.of(TEXTS.get(i)), TEXTS.get(i));
                    }
                }));
            }
            for (var run : runs) run.get(); // rethrows a thread's failure
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countsAreOkapisOnEveryCorpusUnitAndSentence() {
        SharedCorpus.assumeCorpus("word counts of every corpus unit against Okapi's");
        WordCount counter = new WordCount("en");
        int compared = 0;
        for (Path file : Exports.corpusFiles(false)) {
            List<Exporter.Result> results;
            try {
                results = Exports.shared().export(file);
            } catch (Exception notExported) {
                continue; // the corpus files export refuses are CorpusExportTest's
            }
            for (Exporter.Result result : results) {
                for (TextUnit unit : result.extraction().units()) {
                    String text = unit.source().plainText();
                    assertEquals(WordCounter.count(text, LocaleId.ENGLISH), counter.of(text), file + ": " + text);
                    compared++;
                    for (Segment segment : unit.segments()) {
                        String sentence = segment.content().plainText();
                        assertEquals(WordCounter.count(sentence, LocaleId.ENGLISH), counter.of(sentence), file + ": " + sentence);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 20_000, "compared " + compared);
    }
}
