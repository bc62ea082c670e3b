package net.wpxliff.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * The characters that can end a sentence: the SRX rules' terminators and ICU4J's sentence-break classes
 * STerm, ATerm and Sep. Asking ICU for the property of all 65,536 chars loads its character-property tables
 * (about 40 classes and 35 ms of a fresh JVM's CPU), so the build computes the set ({@link SrxRulesCompiler})
 * and a run reads it; SrxRulesTest checks the two agree.
 */
final class SentenceTerminators {
    static final String COMPILED = "icu-sentence-terminators.bin";
    private static final String SRX_TERMINATORS = ".?!:\u2026\n\r\u0085\u2028\u2029";

    private SentenceTerminators() {
    }

    /** The set written at build time, or computed when the classes were compiled without that step. */
    static BitSet load() {
        try (InputStream in = SentenceTerminators.class.getResourceAsStream(COMPILED)) {
            return in == null ? compute() : BitSet.valueOf(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPILED + " (rebuild with mvn package): " + e.getMessage(), e);
        }
    }

    /** The set, from the ICU4J on the class path. */
    static BitSet compute() {
        BitSet set = new BitSet(0x10000);
        for (char c : SRX_TERMINATORS.toCharArray()) set.set(c);
        for (int c = 0; c < 0x10000; c++) {
            int type = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
            if (type == UCharacter.SentenceBreak.STERM || type == UCharacter.SentenceBreak.ATERM
                    || type == UCharacter.SentenceBreak.SEP) set.set(c);
        }
        return set;
    }
}
