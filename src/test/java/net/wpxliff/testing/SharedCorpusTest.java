package net.wpxliff.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;


import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a corpus test does without the corpus: announced on stderr always, skipped locally, failed under CI=true. */
class SharedCorpusTest {
    @Test
    void presentCorpusLetsTheTestRunSilently() {
        String err = Stderr.of(() -> {
            assertDoesNotThrow(() -> SharedCorpus.assumeCorpus("round trip", true, false));
            assertDoesNotThrow(() -> SharedCorpus.assumeCorpus("round trip", true, true));
            assertTrue(SharedCorpus.usable("more files", true, true));
        });
        assertEquals("", err);
    }

    @Test
    void missingCorpusIsAnnouncedAndSkippedLocally() {
        String err = Stderr.of(() -> {
            TestAbortedException e = assertThrows(TestAbortedException.class,
                    () -> SharedCorpus.assumeCorpus("round trip", false, false));
            assertTrue(e.getMessage().contains("round trip skipped"), e.getMessage());
        });
        assertTrue(err.contains("conformance corpus not found at " + SharedCorpus.ROOT), err);
        assertTrue(err.contains("round trip skipped"), err);
    }

    @Test
    void missingCorpusFailsUnderCi() {
        String err = Stderr.of(() -> {
            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> SharedCorpus.assumeCorpus("round trip", false, true));
            assertTrue(e.getMessage().contains("CI=true requires the corpus"), e.getMessage());
            assertThrows(AssertionFailedError.class, () -> SharedCorpus.usable("more files", false, true));
        });
        assertTrue(err.contains("round trip cannot run"), err);
    }

    @Test
    void testsThatRunWithoutTheCorpusAreToldToLeaveItOut() {
        String err = Stderr.of(() -> assertFalse(SharedCorpus.usable("the corpus posts", false, false)));
        assertTrue(err.contains("the corpus posts left out"), err);
    }
}
