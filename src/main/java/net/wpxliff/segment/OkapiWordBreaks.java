package net.wpxliff.segment;

import com.ibm.icu.text.RuleBasedBreakIterator;
import net.sf.okapi.steps.tokenization.RbbiTokenizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The word breaks of Okapi's word counter, ready to use. Okapi's {@code WordCounter} tokenizes with an ICU break
 * iterator built from its {@code rbbi.txt} rules and counts the tokens whose rule status is a word, a hyphenated
 * word, a number or a time; it compiles those rules from their source in every JVM (about 0.2 s, with some 240
 * classes of its tokenization pipeline, in a one-post {@code export --word-count}). The build compiles them once
 * ({@link SrxRulesCompiler}) into {@link #COMPILED}, which {@link WordCount} reads; {@code WordCountTest} checks the
 * resource against Okapi's rules and the counts against Okapi's over the corpus.
 */
final class OkapiWordBreaks {
    static final String COMPILED = "okapi-word-breaks.brk";

    /** The rule statuses Okapi counts ({@code token_types.tprm}: NUMBER, WORD, HYPHENATED_WORD, TIME). */
    static boolean counted(int ruleStatus) {
        return ruleStatus == 100 || ruleStatus == 200 || ruleStatus == 501 || ruleStatus == 513;
    }

    private static final byte[] RULES = load();

    private OkapiWordBreaks() {
    }

    /** A new iterator over the compiled rules (an iterator holds its text: one per thread). */
    static RuleBasedBreakIterator iterator() {
        try {
            return RuleBasedBreakIterator.getInstanceFromCompiledRules(ByteBuffer.wrap(RULES));
        } catch (IOException e) {
            throw new UncheckedIOException("damaged " + COMPILED + " (rebuild with mvn package): " + e.getMessage(), e);
        }
    }

    /** The rules written at build time, or compiled now when the classes were built without that step. */
    private static byte[] load() {
        try (InputStream in = OkapiWordBreaks.class.getResourceAsStream(COMPILED)) {
            return in != null ? in.readAllBytes() : compile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPILED + " (rebuild with mvn package): " + e.getMessage(), e);
        }
    }

    /** Okapi's rules (its tokenizer's {@code /rbbi.txt}) compiled as its tokenizer compiles them. */
    static byte[] compile() throws IOException {
        URL source = RbbiTokenizer.class.getResource("/rbbi.txt");
        if (source == null) throw new IOException("Okapi's tokenizer has no /rbbi.txt");
        String rules;
        try (InputStream in = source.openStream()) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleBasedBreakIterator.compileRules(rules, out);
        return out.toByteArray();
    }
}
