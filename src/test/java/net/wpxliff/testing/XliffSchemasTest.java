package net.wpxliff.testing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation helper itself: accepts valid XLIFF, reports errors with lines, never goes online. */
class XliffSchemasTest {
    private static final String VALID_2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en" trgLang="ko">
            <file id="f1">
            <mda:metadata><mda:metaGroup category="wpxliff"><mda:meta type="source-sha256">abc</mda:meta></mda:metaGroup></mda:metadata>
            <unit id="u1" name="title">
            <segment id="s1"><source>Hello <pc id="1">world</pc>.</source></segment>
            </unit>
            </file>
            </xliff>
            """;

    private static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="a.html" datatype="html" source-language="en" target-language="ko">
            <body>
            <trans-unit id="1" xml:space="preserve"><source>Hello <g id="1" ctype="bold">world</g>.</source></trans-unit>
            </body>
            </file>
            </xliff>
            """;

    @Test
    void validStrictXliffHasNoProblems() {
        assertEquals(List.of(), XliffSchemas.validateStrict(VALID));
    }

    @Test
    void unknownElementIsReportedWithItsLine() {
        String invalid = VALID.replace("<body>", "<body>\n<bogus/>");
        List<XliffSchemas.Problem> problems = XliffSchemas.validateStrict(invalid);
        assertFalse(problems.isEmpty(), "an unknown element in <body> must be an error");
        assertEquals(5, problems.get(0).line(), "line of <bogus/>: " + problems);
        assertTrue(problems.get(0).message().contains("bogus"), problems.toString());
    }

    @Test
    void strictSchemaRejectsWhatOnlyTransitionalAllows() {
        // ctype values outside the enumeration must start with "x-" in the strict schema
        List<XliffSchemas.Problem> problems = XliffSchemas.validateStrict(VALID.replace("ctype=\"bold\"", "ctype=\"strong\""));
        assertFalse(problems.isEmpty(), "ctype=\"strong\" is not strict XLIFF 1.2");
    }

    @Test
    void malformedXmlIsAProblemNotAnException() {
        List<XliffSchemas.Problem> problems = XliffSchemas.validateStrict(VALID.replace("</body>", ""));
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).line() > 0, problems.toString());
    }

    @Test
    void externalDtdIsRefusedWithoutNetworkAccess() {
        // 192.0.2.0/24 is TEST-NET-1: a fetch would hang until a timeout instead of failing at once.
        String withDtd = VALID.replace("<xliff ", "<!DOCTYPE xliff SYSTEM \"http://192.0.2.1/xliff.dtd\">\n<xliff ");
        List<XliffSchemas.Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> XliffSchemas.validateStrict(withDtd));
        assertFalse(problems.isEmpty(), "an external DTD must be refused, not fetched");
    }

    @Test
    void schemaLocationHintIsNotFetched() {
        String withHint = VALID.replace("<xliff ", "<xliff xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"urn:other http://192.0.2.1/other.xsd\" ");
        List<XliffSchemas.Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> XliffSchemas.validateStrict(withHint));
        assertEquals(List.of(), problems, "the hint names another namespace, so the document is still valid");
    }

    @Test
    void validXliff2WithTheMetadataModuleHasNoProblems() {
        assertEquals(List.of(), XliffSchemas.validateXliff2(VALID_2));
    }

    @Test
    void xliff2CoreViolationIsReportedWithItsLine() {
        List<XliffSchemas.Problem> problems = XliffSchemas.validateXliff2(VALID_2.replace("<segment id=\"s1\">",
                "<segment id=\"s1\" state=\"done\">"));
        assertFalse(problems.isEmpty(), "state=\"done\" is not an XLIFF 2 state");
        assertEquals(6, problems.get(0).line(), problems.toString());
    }

    @Test
    void metadataModuleElementsAreValidatedToo() {
        // lax wildcard in the core: only a compiled module schema catches a misspelt module element
        List<XliffSchemas.Problem> problems = XliffSchemas.validateXliff2(VALID_2.replace("<mda:meta type", "<mda:metta type")
                .replace("</mda:meta>", "</mda:metta>"));
        assertFalse(problems.isEmpty(), "<mda:metta> is not in the metadata module");
        assertEquals(4, problems.get(0).line(), problems.toString());
    }
}
