package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import net.wpxliff.testing.SentenceComparison;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our {@link SentenceSplitter} against Okapi's {@code SRXSegmenter} on generated text: every text must
 * split into Okapi's sentences. Texts are built from pieces that stress the rules — strings sampled from
 * the rules themselves (abbreviations, numbered items, initials), long words before a period, numbers,
 * quotes and brackets after terminators, ellipses, URLs and e-mails, CJK punctuation, runs of spaces,
 * newlines, other scripts, emoji — in every language the default SRX maps (and two it leaves to the
 * Default rules), English weighted most. Seeded: a failure names the seed, the text number, the
 * language and the text; {@code -Dwpxliff.fuzz.seed=N} and {@code -Dwpxliff.fuzz.texts=N} replay or
 * widen a run. Raw break offsets must be Okapi's too (stricter than the sentences).
 */
class OkapiDifferentialFuzzTest {
    private static final long SEED = Long.getLong("wpxliff.fuzz.seed", 20261130L);
    private static final int TEXTS = Integer.getInteger("wpxliff.fuzz.texts", 20_000);
    /**
     * Every language map of Okapi's defaultSegmentation.srx (en es fr ru nl pt it de uk sk ro pl da), and
     * ja, ko, zh, ar, el for its catch-all Default rules; weights are parts of the runs.
     */
    private static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("en", 30);
        for (String l : List.of("fr", "pt", "ru")) WEIGHTS.put(l, 5);
        for (String l : List.of("de", "da", "nl", "it", "es")) WEIGHTS.put(l, 4); // many rules: Okapi is slow on them
        for (String l : List.of("uk", "sk", "ro", "pl")) WEIGHTS.put(l, 3);
        for (String l : List.of("ja", "ko", "zh", "ar", "el")) WEIGHTS.put(l, 2);
    }

    @Test
    void longWordBeforeAnInitialDoesNotEndTheSentenceAsInOkapi() {
        // Okapi's rule \b\p{Lu}\p{L}+,?\s\p{Lu}\. (no break before a space) matches however long the word
        // is; a 16-character bound on the word once split after "S." here.
        String text = "Abcdefghijklmnopqr S. Next.";
        SentenceComparison.Outcome o = new SentenceComparison("en").compare(text);
        assertEquals(List.of(text), o.okapi(), "Okapi keeps it one sentence");
        assertEquals(o.okapi(), o.ours());
        assertTrue(o.sameOffsets(), "same break offsets");
        String longer = "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz S. Next.";
        assertEquals(List.of(longer), new SentenceComparison("en").compare(longer).ours());
    }

    @Test
    void greekSemicolonEndsAQuestionAsInOkapiAlthoughNoRuleNamesIt() {
        // ICU's Greek sentence rules treat ';' as a question mark; no SRX break rule looks at it, and the
        // text has no other terminator (an early "no terminator, no break" shortcut once missed this)
        String text = "Τι κάνεις;   Καλά";
        SentenceComparison.Outcome o = new SentenceComparison("el").compare(text);
        assertEquals(List.of("Τι κάνεις;", "Καλά"), o.okapi());
        assertEquals(o.okapi(), o.ours());
        assertTrue(o.sameOffsets(), "same break offsets");
    }

    @Test
    void generatedTextsSplitExactlyAsOkapiDoes() {
        Map<String, SentenceComparison> comparisons = new HashMap<>();
        Map<String, List<String[]>> samples = new HashMap<>();
        for (String language : WEIGHTS.keySet()) {
            comparisons.put(language, new SentenceComparison(language));
            samples.put(language, ruleRegexes(language));
        }
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> perLanguage = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int offsetsDiffer = 0;
        int sentencesDiffer = 0;
        long started = System.nanoTime();
        for (int i = 0; i < TEXTS; i++) {
            Random random = new Random(SEED * 1_000_003L + i);
            String language = pick(random, total);
            String text = new TextMaker(random, language, samples.get(language)).text();
            SentenceComparison.Outcome o = comparisons.get(language).compare(text);
            perLanguage.merge(language, 1, Integer::sum);
            if (!o.sameOffsets()) offsetsDiffer++;
            if (!o.agree()) sentencesDiffer++;
            if ((!o.agree() || !o.sameOffsets()) && failures.size() < 20) {
                failures.add("seed " + SEED + ", text " + i + ", language " + language + ": " + escape(text)
                        + "\n    ours:  " + o.ours() + "\n    okapi: " + o.okapi()
                        + (o.agree() ? "\n    (same sentences, other raw break offsets)" : ""));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long oursNanos = comparisons.values().stream().mapToLong(c -> c.oursNanos).sum();
        long okapiNanos = comparisons.values().stream().mapToLong(c -> c.okapiNanos).sum();
        System.out.printf("Okapi differential fuzz: %d texts (seed %d) in %.1f s, %.0f texts/s (splitting: ours %.1f s,"
                        + " Okapi %.1f s); by language %s; texts split differently: %d (raw offsets: %d)%n", TEXTS, SEED,
                seconds, TEXTS / seconds, oursNanos / 1e9, okapiNanos / 1e9, perLanguage, sentencesDiffer, offsetsDiffer);
        assertEquals(WEIGHTS.keySet(), perLanguage.keySet(), "every language is exercised");
        assertTrue(failures.isEmpty(), "texts split differently from Okapi's SRXSegmenter (replay with"
                + " -Dwpxliff.fuzz.seed=" + SEED + "):\n" + String.join("\n", failures));
    }

    private static String pick(Random random, int total) {
        int r = random.nextInt(total);
        for (Map.Entry<String, Integer> e : WEIGHTS.entrySet()) {
            r -= e.getValue();
            if (r < 0) return e.getKey();
        }
        throw new AssertionError();
    }

    /** The before and after patterns of the rules Okapi applies to the language (cascading). */
    private static List<String[]> ruleRegexes(String language) {
        SRXDocument srx = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            srx.loadRules(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String[]> rules = new ArrayList<>();
        for (LanguageMap map : srx.getAllLanguagesMaps()) {
            if (!Pattern.matches(map.getPattern(), language)) continue;
            for (Rule r : srx.getLanguageRules(map.getRuleName())) {
                rules.add(new String[]{r.getBefore() == null ? "" : r.getBefore(), r.getAfter() == null ? "" : r.getAfter()});
            }
            if (!srx.cascade()) break;
        }
        return rules;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c < 0x20 || c > 0x7E) out.append(String.format("\\u%04X", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    /** One generated text: pieces of several kinds joined by assorted whitespace. */
    private static final class TextMaker {
        private static final String[] TERMINATORS = {".", ".", ".", "!", "?", "…", "...", ":", ";", "?!", ". . .", ""};
        private static final String[] CLOSERS = {"\"", "”", "’", "'", "»", ")", "]", "}", "\")", "”)", "’”", "›"};
        private static final String[] OPENERS = {"\"", "“", "‘", "'", "«", "(", "[", "{", "¿", "¡", "„"};
        private static final String[] SPACES = {" ", " ", " ", " ", "  ", "\n", "\n\n", " \n", "\t", "\u00A0", "", "   ", "\r\n", "\u3000"};
        private static final String[] FIXED = {
                "e.g.", "i.e.", "etc.", "U.S.", "U.S.A.", "Dr.", "Mr.", "Mrs.", "St.", "vs.", "No.", "p.m.", "a.m.",
                "Inc.", "Ltd.", "Jr.", "Prof.", "Fig.", "pp.", "ca.", "z.B.", "d.h.", "usw.", "bzw.", "S.", "Nr.",
                "Sr.", "Sra.", "pág.", "M.", "Mme", "p.", "s.", "т.е.", "г.", "ул.", "d.", "etc.)", "(e.g.",
                "3.5", "17.2.3", "1990.", "12.", "1.", "2)", "iv.", "XII.", "$26.7", "5.000", "1,5", "3.", "21st.",
                "https://example.com/a.b?c=d.", "www.example.org", "mail@example.co.uk", "example.com.",
                "http://x.io/A.B", "v1.2.3", "…", "...", "....", ". . .", "?!", "!!", "?\u201D", ".\u2019\u201D",
                "日本語です。", "中文！", "这是什么？", "「はい。」", "（注）", "한국어입니다.", "😀", "👍.", "𝐀𝐁.",
        };
        private static final String[][] SCRIPTS = {
                {"abcdefghijklmnopqrstuvwxyzéèàüöäßñçø", "ABCDEFGHIJKLMNOPQRSTUVWXYZÉÀÜÖÄÑÇØ"},
                {"абвгдежзийклмнопрстуфхцчшщыэюяіїє", "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯІЇЄ"},
                {"αβγδεζηθικλμνξοπρστυφχψω", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"},
                {"日本語中文字漢字かなカナ", "日本語中文字漢字かなカナ"},
                {"가나다라마바사아자차카타파하한국어", "가나다라마바사아자차카타파하한국어"},
                {"ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"},
        };

        private final Random random;
        private final String language;
        private final List<String[]> rules;
        private final RuleSampler sampler;

        TextMaker(Random random, String language, List<String[]> rules) {
            this.random = random;
            this.language = language;
            this.rules = rules;
            this.sampler = new RuleSampler(random);
        }

        String text() {
            StringBuilder out = new StringBuilder();
            if (random.nextInt(8) == 0) out.append(oneOf(SPACES));
            int pieces = 1 + random.nextInt(5);
            for (int i = 0; i < pieces; i++) {
                if (i > 0) out.append(oneOf(SPACES));
                out.append(piece());
            }
            if (random.nextInt(8) == 0) out.append(oneOf(SPACES));
            return out.toString();
        }

        private String piece() {
            switch (random.nextInt(14)) {
                case 0, 1, 2:
                    return sentence();
                case 3, 4, 5, 6:
                    return ruleSample();
                case 7:
                    return initials();
                case 8:
                    return capitalized(word(10 + random.nextInt(25))) + " " + upper() + "." + (random.nextBoolean() ? "" : " " + upper() + ".");
                case 9:
                    return oneOf(FIXED);
                case 10:
                    return oneOf(TERMINATORS) + oneOf(CLOSERS) + (random.nextBoolean() ? oneOf(CLOSERS) : "");
                case 11:
                    return oneOf(OPENERS) + sentence() + oneOf(CLOSERS);
                case 12:
                    return String.valueOf(random.nextInt(2000)) + oneOf(new String[]{".", ".", ")", ".)", ":", ". "}) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(40)));
                default:
                    return word(1 + random.nextInt(3)) + oneOf(TERMINATORS) + oneOf(SPACES) + (random.nextBoolean() ? upper() : word(1));
            }
        }

        /** A string sampled from one of the language's rules: its before-pattern, often followed by its after-pattern. */
        private String ruleSample() {
            for (int tries = 0; tries < 5; tries++) {
                String[] rule = rules.get(random.nextInt(rules.size()));
                String before = rule[0].isEmpty() ? "" : sampler.sample(rule[0]);
                if (before == null) continue;
                String after = rule[1].isEmpty() || random.nextInt(4) == 0 ? "" : sampler.sample(rule[1]);
                if (after == null) after = "";
                String lead = random.nextBoolean() ? capitalized(word(2 + random.nextInt(8))) + " " : "";
                return lead + before + after;
            }
            return oneOf(FIXED);
        }

        private String sentence() {
            StringBuilder s = new StringBuilder(capitalized(word(1 + random.nextInt(12))));
            int words = random.nextInt(7);
            for (int i = 0; i < words; i++) s.append(random.nextInt(6) == 0 ? ", " : " ").append(random.nextInt(5) == 0 ? capitalized(word(1 + random.nextInt(9))) : word(1 + random.nextInt(9)));
            return s.append(oneOf(TERMINATORS)).toString();
        }

        private String initials() {
            StringBuilder s = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) s.append(upper()).append('.').append(random.nextInt(3) == 0 ? "" : " ");
            return s.append(capitalized(word(3 + random.nextInt(8)))).toString();
        }

        private String[] script() {
            int r = random.nextInt(10);
            if (r < 6) {
                return switch (language) {
                    case "ru", "uk" -> SCRIPTS[1];
                    case "el" -> SCRIPTS[2];
                    case "ja", "zh" -> SCRIPTS[3];
                    case "ko" -> SCRIPTS[4];
                    case "ar" -> SCRIPTS[5];
                    default -> SCRIPTS[0];
                };
            }
            return SCRIPTS[r < 8 ? 0 : random.nextInt(SCRIPTS.length)];
        }

        private String word(int length) {
            String letters = script()[0];
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < length; i++) w.append(letters.charAt(random.nextInt(letters.length())));
            return w.toString();
        }

        private String upper() {
            String letters = script()[1];
            return String.valueOf(letters.charAt(random.nextInt(letters.length())));
        }

        private String capitalized(String word) {
            return upper() + word.substring(Math.min(1, word.length()));
        }

        private String oneOf(String[] options) {
            return options[random.nextInt(options.length)];
        }
    }
}
