package net.wpxliff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Smoke test of the Okapi baseline on two corpus files (skipped when the corpus is absent). */
class OkapiBaselineTest {

    /** ../shared/corpus beside the project (Surefire sets basedir to the project directory). */
    static final Path CORPUS = Path.of(System.getProperty("basedir", "."), "..", "shared", "corpus")
            .toAbsolutePath().normalize();
    static OkapiBaseline okapi;

    @BeforeAll
    static void setUp() {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not found at " + CORPUS + ": Okapi baseline test skipped");
        okapi = new OkapiBaseline();
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
