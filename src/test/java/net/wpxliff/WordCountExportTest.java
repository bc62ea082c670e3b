package net.wpxliff;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.ExportOptions;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export --word-count}: Okapi's word counts per unit and per file, in both XLIFF versions. */
class WordCountExportTest {
    private static final ExportOptions OPTIONS = new ExportOptions("en", "ko", true, false);

    @Test
    void xliff12RecordsOkapisCountPerUnitAndTheTotalInTheHeader() throws Exception {
        Exporter.Result result = new Exporter(OPTIONS, XliffFormat.XLIFF12, true).export(Exports.SEED).get(0);
        String xliff = result.xliff();
        long sum = 0;
        for (TextUnit unit : result.extraction().units()) {
            long okapi = WordCounter.count(unit.source().plainText(), LocaleId.ENGLISH);
            assertEquals(okapi, count(xliff, "words:" + unit.id()), unit.id() + ": Okapi's count for its text");
            sum += okapi;
        }
        assertTrue(sum > 400, "the seed has several hundred words: " + sum);
        assertEquals(sum, count(xliff, "total"), "the header total is the sum of the units");
        assertEquals(sum, result.words().total());
        XliffSchemas.assertValidStrict(xliff, "seed with word counts");
    }

    @Test
    void xliff21RecordsThemInTheMetadataModule() throws Exception {
        Exporter.Result result = new Exporter(OPTIONS, XliffFormat.XLIFF2, true).export(Exports.SEED).get(0);
        String xliff = result.xliff();
        assertTrue(xliff.contains("<mda:meta type=\"words\">" + result.words().total() + "</mda:meta>"), "file total");
        TextUnit title = result.extraction().units().get(0);
        assertTrue(xliff.contains("<unit id=\"title-1\" name=\"title\">\n<mda:metadata><mda:metaGroup category=\"word-count\">"
                + "<mda:meta type=\"words\">" + result.words().of(title) + "</mda:meta>"), "the title's count opens its unit");
        XliffSchemas.assertValidXliff2(xliff, "seed with word counts");
    }

    @Test
    void withoutTheOptionNothingIsCounted() throws Exception {
        Exporter.Result result = new Exporter(OPTIONS, XliffFormat.XLIFF12).export(Exports.SEED).get(0);
        assertFalse(result.xliff().contains("count-group"));
        assertEquals(null, result.words());
    }

    private static long count(String xliff, String group) {
        Matcher m = Pattern.compile("<count-group name=\"" + Pattern.quote(group)
                + "\"><count count-type=\"total\" unit=\"word\">(\\d+)</count>").matcher(xliff);
        assertTrue(m.find(), "count-group " + group);
        return Long.parseLong(m.group(1));
    }
}
