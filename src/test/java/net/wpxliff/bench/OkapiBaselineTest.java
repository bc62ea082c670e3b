package net.wpxliff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Smoke test of the Okapi baseline on two corpus files (skipped when the corpus is absent). */
class OkapiBaselineTest {

    static final Path CORPUS = SharedCorpus.ROOT;
    static OkapiBaseline okapi;

    /** Checked before each test, not once per class: Surefire counts tests skipped one by one, not a skipped class. */
    @BeforeEach
    void setUp() {
        SharedCorpus.assumeCorpus("Okapi baseline test");
        if (okapi == null) okapi = new OkapiBaseline();
    }

    @Test
    void wordPressPostRoundTrips() throws Exception {
        OkapiBaseline.Extracted x = okapi.extract(CORPUS.resolve("wp/frontity/frontity-post-60.json"));

        // content, title and excerpt are three HTML documents, three XLIFFs.
        assertEquals(3, x.parts().size());
        assertTrue(x.textUnits() >= 3, "text units: " + x.textUnits());
        assertTrue(x.segments() > x.textUnits(), "the SRX rules split some paragraph into sentences");
        String xliff = x.parts().get(0).xliffText();
        assertTrue(xliff.contains("urn:oasis:names:tc:xliff:document:1.2"), xliff);
        assertTrue(xliff.contains("<seg-source>") && xliff.contains("mtype=\"seg\""), "segmented XLIFF");

        List<String> merged = okapi.merge(x);
        assertEquals(3, merged.size());
        assertTrue(merged.get(0).contains("Gullfoss is a waterfall located in the canyon of the Hvítá river"),
                merged.get(0));
        assertEquals("The Beauties of Gullfoss", merged.get(1));
    }

    @Test
    void htmlFileRoundTrips() throws Exception {
        OkapiBaseline.Extracted x = okapi.extract(CORPUS.resolve("html/okapi-html-filter/simpleTest.html"));

        assertEquals(1, x.parts().size());
        assertTrue(x.textUnits() >= 4, "text units: " + x.textUnits());
        assertTrue(x.parts().get(0).xliffText().contains("text in table"));

        String merged = okapi.merge(x).get(0);
        assertTrue(merged.contains("<td>text in table</td>"), merged);
        assertTrue(merged.contains("Text of item 1"), merged);
    }
}
