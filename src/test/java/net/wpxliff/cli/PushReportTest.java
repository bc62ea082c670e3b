package net.wpxliff.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The advice for what the target site lacks names only the options not given (QA: both were advised again). */
class PushReportTest {
    private static final String SITE = "https://site.example/ko";

    @Test
    void theOptionsNotGivenAreAdvised() {
        assertTrue(PushReport.missingAdvice(SITE, false, false).contains(
                "media library), or push with --create-terms for the terms and --copy-images for the images; the next"));
        assertTrue(PushReport.missingAdvice(SITE, true, false).contains(
                "media library), or push with --copy-images for the images; the next"));
        assertTrue(PushReport.missingAdvice(SITE, false, true).contains(
                "media library), or push with --create-terms for the terms; the next"));
    }

    @Test
    void withBothGivenNeitherIsAdvisedAgain() {
        String advice = PushReport.missingAdvice(SITE, true, true);
        assertFalse(advice.contains("--create-terms") || advice.contains("--copy-images"), advice);
        assertEquals("note: create what is missing on " + SITE + " with the same slugs (terms with their translated names;"
                + " images in its media library); the next push adds them to the posts (it never removes a term or image"
                + " set there)", advice);
    }
}
