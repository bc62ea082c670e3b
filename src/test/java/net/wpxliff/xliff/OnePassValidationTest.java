package net.wpxliff.xliff;

import net.wpxliff.testing.Exports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merge validates a returned file while reading it ({@link XliffFiles#readValidated}); it must report exactly what
 * validating the file on its own ({@link SchemaCheck#validate}, a second parse) reports: the same messages on the
 * same lines, in the same order. Compared on the seed's export in both XLIFF versions and on seeded variants of it
 * broken in the ways CAT tools and hand edits break files (unknown elements and attributes, wrong values, text
 * where only elements belong, missing or repeated elements, foreign namespaces, comments, CDATA).
 */
class OnePassValidationTest {
    private static final int VARIANTS = 150;

    private static final List<Function<String, String>> EDITS_AT_TAG = List.of(
            tag -> "<bogus/>" + tag,
            tag -> "stray text" + tag,
            tag -> "<x:ext xmlns:x=\"urn:example:tool\" x:a=\"1\">ext</x:ext>" + tag,
            tag -> "<!-- a comment --><?pi data?>" + tag,
            tag -> tag.replaceFirst("^<([A-Za-z:-]+)", "<$1 unknown-attribute=\"1\""),
            tag -> tag.replaceFirst("^<([A-Za-z:-]+)", "<$1 xml:space=\"sometimes\""),
            tag -> tag.replaceFirst("\\s[A-Za-z:-]+=\"[^\"]*\"", ""),
            tag -> tag.replaceFirst("=\"[^\"]*\"", "=\"&lt;&amp;\""),
            tag -> tag.replaceFirst("^<([A-Za-z]+)", "<$1x"),
            tag -> tag.startsWith("</") ? "" : tag,
            tag -> tag + "<![CDATA[a <b> & c]]>");

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void readingAndValidatingInOnePassReportsWhatASecondParseReports(XliffFormat format, @TempDir Path dir)
            throws IOException, XliffException {
        String good = Exports.exportOne(Exports.SEED, format, true).xliff();
        assertSame(dir, "the export", good, format, true);

        List<String> variants = variants(good, format);
        int invalid = 0;
        for (int i = 0; i < variants.size(); i++) {
            if (assertSame(dir, "variant " + i, variants.get(i), format, false)) invalid++;
        }
        assertTrue(invalid >= VARIANTS / 10, format + ": only " + invalid + " of " + VARIANTS
                + " variants were readable and invalid: the comparison tested too little");
    }

    /** The seeded broken variants of an export this test compares (StructuralValidationTest uses them too). */
    static List<String> variants(String good, XliffFormat format) {
        List<String> variants = new ArrayList<>(List.of(
                good.replaceFirst(" state=\"[^\"]*\"", " state=\"finished\""),
                good.replaceFirst("(?s)(<target[^>]*>.*?</target>)(\\s*)(<seg-source>.*?</seg-source>)", "$3$2$1"),
                good.replaceFirst("(?s)(<source[^>]*>.*?</source>)", "$1$1")));
        Random random = new Random(11);
        List<Integer> tags = new ArrayList<>();
        int bodyStart = good.indexOf(format == XliffFormat.XLIFF12 ? "<body" : "<unit");
        for (int i = good.indexOf('<', bodyStart); i >= 0; i = good.indexOf('<', i + 1)) tags.add(i);
        while (variants.size() < VARIANTS) {
            String text = good;
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = tags.get(random.nextInt(tags.size()));
                if (at >= text.length() || text.charAt(at) != '<') continue;
                int end = text.indexOf('>', at) + 1;
                String edited = EDITS_AT_TAG.get(random.nextInt(EDITS_AT_TAG.size())).apply(text.substring(at, end));
                text = text.substring(0, at) + edited + text.substring(end);
            }
            variants.add(text);
        }
        return variants;
    }

    /** @return true when the file was readable and had violations */
    private static boolean assertSame(Path dir, String what, String xliff, XliffFormat format, boolean mustRead)
            throws IOException, XliffException {
        Path file = dir.resolve("returned.xlf");
        Files.writeString(file, xliff, StandardCharsets.UTF_8);
        XliffFiles.Validated onePass;
        try {
            onePass = XliffFiles.readValidated(file);
        } catch (XliffException e) {
            if (mustRead) throw e;
            return false; // refused before any schema check, then as now
        }
        List<SchemaCheck.Violation> twoPass = SchemaCheck.validate(file, onePass.files().get(0).format());
        assertEquals(twoPass, onePass.violations(), format + ", " + what + ":\n" + xliff);
        return !twoPass.isEmpty();
    }
}
