package net.wpxliff.testing;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import java.util.ArrayList;
import java.util.List;

/** Reads XLIFF 1.2 text back with Okapi's own XLIFF filter, as a CAT tool built on Okapi would. */
public final class OkapiXliff {
    /** One trans-unit as Okapi sees it: texts without inline codes. */
    public record Unit(String id, String resname, String sourceText, List<String> sourceSegments, String targetText) {
    }

    private OkapiXliff() {
    }

    public static List<Unit> read(String xliff, String sourceLanguage, String targetLanguage) {
        LocaleId source = LocaleId.fromString(sourceLanguage);
        LocaleId target = LocaleId.fromString(targetLanguage);
        List<Unit> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(xliff, source, target));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (!event.isTextUnit()) continue;
                ITextUnit tu = event.getTextUnit();
                TextContainer src = tu.getSource();
                List<String> segments = new ArrayList<>();
                for (Segment s : src.getSegments()) segments.add(s.getContent().getText());
                TextContainer tgt = tu.getTarget(target);
                units.add(new Unit(tu.getId(), tu.getName(), src.getUnSegmentedContentCopy().getText(), segments,
                        tgt == null ? null : tgt.getUnSegmentedContentCopy().getText()));
            }
        }
        return units;
    }
}
