package net.wpxliff.testing;

import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads XLIFF 2 text with Okapi's own XLIFF 2 library ({@link XLIFFReader}) at its strictest
 * ({@link XLIFFReader#VALIDATION_MAXIMAL}: schemas of core and modules plus the specification's processing
 * requirements, such as unique ids and valid data references), as an Okapi-based tool would; and writes it back
 * with Okapi's {@link XLIFFWriter} after setting targets through Okapi's API.
 */
public final class OkapiXliff2 {
    private OkapiXliff2() {
    }

    /** What Okapi made of a document: its units and the warnings it logged. */
    public record Read(int units, int warnings) {
    }

    /** Reads the whole document. Okapi's error (unchecked) when it refuses the file. */
    public static Read read(String xliff) {
        int units = 0;
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(xliff);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) units++;
            }
            return new Read(units, reader.getWarningCount());
        }
    }

    /**
     * Reads the document with {@link XLIFFReader}, lets {@code translate} set targets on each unit through Okapi's
     * API, and writes every event back with Okapi's {@link XLIFFWriter}: the file as an Okapi-based XLIFF 2 tool
     * saves it.
     */
    public static String rewrite(String xliff, Consumer<Unit> translate) {
        StringWriter out = new StringWriter();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL); XLIFFWriter writer = new XLIFFWriter()) {
            reader.open(xliff);
            writer.create(out, "en", "ko");
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) translate.accept(event.getUnit());
                writer.writeEvent(event);
            }
        }
        return out.toString();
    }

    /** Copies each segment's source into its target (codes included), as "copy source to target" does. */
    public static void copySource(Unit unit) {
        for (Segment segment : unit.getSegments()) segment.setTarget(new Fragment(segment.getSource(), unit.getStore(), true));
    }

    /**
     * Sets a segment's target from its source's codes and new text: {@code {0}}, {@code {1}}, ... in the template
     * stand for the source's inline tags in order (so the translator moves them), the rest is text.
     */
    public static void setTarget(Unit unit, int segment, String template) {
        Segment s = unit.getSegment(segment);
        Fragment target = new Fragment(s.getSource(), unit.getStore(), true);
        String coded = target.getCodedText();
        List<String> refs = new ArrayList<>();
        Matcher m = Fragment.TAGREF_REGEX.matcher(coded);
        while (m.find()) refs.add(m.group());
        StringBuilder text = new StringBuilder();
        Matcher slot = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(template);
        int cursor = 0;
        while (slot.find()) {
            int i = Integer.parseInt(slot.group(1));
            if (i >= refs.size()) fail("segment " + segment + " of " + unit.getId() + " has " + refs.size() + " tags");
            text.append(template, cursor, slot.start()).append(refs.get(i));
            cursor = slot.end();
        }
        text.append(template.substring(cursor));
        target.setCodedText(text.toString());
        s.setTarget(target);
    }
}
