package net.wpxliff.segment;

import com.ibm.icu.impl.ICUBinary;
import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * ICU4J's sentence break iterator for a locale, made without ICU's locale service. {@code
 * BreakIterator.getSentenceInstance} finds its compiled rule file ({@code sent.brk}, {@code sent_el.brk}...) through
 * ICU's service registry and the locale's break-iterator resource bundles, about 40 ms of a fresh JVM's CPU for the
 * one lookup; then it loads that file with {@code RuleBasedBreakIterator.getInstanceFromCompiledRules}. The build
 * records which file ICU picks for every locale ICU lists ({@link #COMPILED}, written by {@link SrxRulesCompiler}),
 * and a run loads that file the same way. A locale not listed, or with keywords ({@code @ss=standard} asks ICU for
 * its filtered iterator), is left to ICU. {@code IcuSentenceRulesTest} checks the list is what ICU picks now and
 * that the iterators give ICU's boundaries.
 */
final class IcuSentenceRules {
    static final String COMPILED = "icu-sentence-rules.txt";

    private IcuSentenceRules() {
    }

    /** The iterator {@code BreakIterator.getSentenceInstance(locale)} gives, with the same rules. */
    @SuppressWarnings("deprecation") // getInstanceFromCompiledRules(ByteBuffer): what ICU's own factory calls
    static BreakIterator sentenceInstance(ULocale locale) {
        String file = locale.getKeywords() == null ? Listed.fileFor(locale.getName()) : null;
        if (file == null) return BreakIterator.getSentenceInstance(locale);
        try {
            return RuleBasedBreakIterator.getInstanceFromCompiledRules(ICUBinary.getData(ICUData.ICU_BRKITR_NAME + '/' + file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ICU's sentence rules " + file + " for " + locale + ": " + e.getMessage(), e);
        }
    }

    /** Holder: the list is read on first use, once per process. */
    private static final class Listed {
        /** "\n" then lines of {@code locale name TAB file name}. */
        private static final String LINES = read();

        static String fileFor(String localeName) {
            int at = LINES.indexOf("\n" + localeName + "\t");
            if (at < 0) return null;
            int start = at + localeName.length() + 2;
            int end = LINES.indexOf('\n', start);
            return LINES.substring(start, end < 0 ? LINES.length() : end);
        }

        private static String read() {
            try (InputStream in = IcuSentenceRules.class.getResourceAsStream(COMPILED)) {
                // Not built (classes compiled without Maven's process-classes step): every locale is left to ICU.
                return in == null ? "" : "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + COMPILED + " (rebuild with mvn package): " + e.getMessage(), e);
            }
        }
    }

    /**
     * The rule file ICU's factory picks for the sentence iterator of every locale ICU lists for break iterators,
     * by locale name (looked up as {@code BreakIteratorFactory.createBreakInstance} does), in name order.
     */
    static Map<String, String> compute() {
        Map<String, String> files = new TreeMap<>();
        for (ULocale locale : BreakIterator.getAvailableULocales()) {
            if (locale.getKeywords() != null || locale.getName().isEmpty()) continue;
            ICUResourceBundle bundle = ICUResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME, locale,
                    ICUResourceBundle.OpenType.LOCALE_ROOT);
            files.put(locale.getName(), bundle.getStringWithFallback("boundaries/sentence"));
        }
        return files;
    }

    /** {@link #compute}'s list as the resource holds it: one {@code name TAB file} line per locale. */
    static byte[] computeResource() {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, String> entry : compute().entrySet()) {
            lines.append(entry.getKey()).append('\t').append(entry.getValue()).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
