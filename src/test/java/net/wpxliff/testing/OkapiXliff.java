package net.wpxliff.testing;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads XLIFF 1.2 text back with Okapi's own XLIFF filter, as a CAT tool built on Okapi would, and writes it
 * back out with the filter's own writer after setting targets through Okapi's API.
 */
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

    /**
     * Reads an XLIFF with Okapi's {@link XLIFFFilter}, lets {@code translate} set targets on its text units
     * through Okapi's API, and writes the file back with the filter's own writer, as Okapi-based tools do.
     */
    public static byte[] rewrite(String xliff, LocaleId target, Consumer<ITextUnit> translate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XLIFFFilter filter = new XLIFFFilter();
        try (RawDocument raw = new RawDocument(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)),
                "UTF-8", LocaleId.ENGLISH, target)) {
            filter.open(raw);
            IFilterWriter writer = filter.createFilterWriter();
            writer.setOptions(target, "UTF-8");
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) translate.accept(event.getTextUnit());
                writer.handleEvent(event);
            }
            writer.close();
        } finally {
            filter.close();
        }
        return out.toByteArray();
    }

    /** Copies each unit's source into its target, as a tool's "copy source to target" does. */
    public static void copySource(ITextUnit unit, LocaleId target) {
        unit.createTarget(target, true, IResource.COPY_ALL);
    }

    /** A copy of the code with this id and tag type in the fragment (to move it in a translation). */
    public static Code code(TextFragment fragment, int id, TextFragment.TagType type) {
        for (Code c : fragment.getCodes()) if (c.getId() == id && c.getTagType() == type) return c.clone();
        return fail("no code " + id + " " + type + " in " + fragment);
    }

    /** A fragment of text ({@code String}) and codes ({@link Code}) in order. */
    public static TextFragment fragment(Object... parts) {
        TextFragment f = new TextFragment();
        for (Object part : parts) {
            if (part instanceof Code c) f.append(c);
            else f.append((String) part);
        }
        return f;
    }
}
