package net.wpxliff.merge;

import net.wpxliff.input.DocumentReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A merged file is never larger than wpxliff reads a post or page (64 MB): a large source translated within
 * {@link TranslationLength} can still pass it, and is refused naming the unit that grew most (a test of the rule, as a
 * 64 MB post is too large for a unit test to merge).
 */
class MergedSizeTest {
    @Test
    void anOutputOverTheReadLimitIsRefusedNamingTheUnitThatGrewMost() {
        assertNull(MergedSize.check("p.ko.json", DocumentReader.MAX_INPUT_BYTES, "content-3", 2));
        Problem problem = MergedSize.check("p.ko.json", DocumentReader.MAX_INPUT_BYTES + 1, "content-3", 2);
        assertEquals("the merged p.ko.json would be 67,108,865 bytes, over the 67,108,864-byte limit on a post or page"
                + " wpxliff reads (export, push, merge); the translation that grew most is unit content-3: shorten the"
                + " translation, or split the post and export each part", problem.message());
        assertEquals(2, problem.line());
    }
}
