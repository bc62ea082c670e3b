package net.wpxliff.xliff;

import net.wpxliff.Version;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;

import java.io.IOException;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Writes one document's units as XLIFF 1.2 (strict schema): one {@code <trans-unit>} per unit with its
 * sentences in {@code <seg-source>}, inline markup as {@code <g>}/{@code <x/>} (and {@code <bx/>}/{@code <ex/>}
 * where a sentence break splits a pair), context in {@code resname} and {@code <note>}, and the source
 * document embedded in {@code <header><skl>} for merge. Output depends only on the input: no dates, no
 * random ids.
 */
public final class Xliff12Writer implements XliffWriter {
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    /** The note on a unit whose target is all context matches from a memory (same post, unit key and neighbours). */
    public static final String CONTEXT_MATCH = "context match";

    private final ExportOptions options;
    private final Targets targets;
    private final Leverage leverage;

    /** @param targets targets to fill in, or null to write none */
    public Xliff12Writer(ExportOptions options, Targets targets) {
        this(options, targets, null);
    }

    /** @param leverage memory matches to pre-fill and offer ({@code export --tm}), or null; a unit it pre-fills takes its target */
    public Xliff12Writer(ExportOptions options, Targets targets, Leverage leverage) {
        this.options = options;
        this.targets = targets;
        this.leverage = leverage;
    }

    @Override
    public void write(Extraction extraction, WordCounts words, SealedSource source, Appendable out) throws IOException {
        SourceDocument doc = extraction.document();
        XmlBuilder x = new XmlBuilder(out);
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.open("xliff").attr("version", "1.2").attr("xmlns", NAMESPACE).endOpen().raw("\n");
        x.open("file").attr("original", XliffText.original(doc)).attr("datatype", "html")
                .attr("source-language", options.sourceLanguage()).attr("target-language", options.targetLanguage())
                .attr("tool-id", "wpxliff").attr("category", doc.format().category())
                .attr("product-name", doc.name()).endOpen().raw("\n");
        x.open("header").endOpen().raw("\n");
        x.open("skl").endOpen().open("internal-file").attr("form", "base64").attr("crc", source.signature()).endOpen()
                .raw(source.payload()).close("internal-file").close("skl").raw("\n");
        x.open("tool").attr("tool-id", "wpxliff").attr("tool-name", "wpxliff").attr("tool-version", Version.VERSION)
                .selfClose().raw("\n");
        x.open("note").attr("from", "wpxliff").endOpen().text(XliffText.describe(doc)).close("note").raw("\n");
        if (words != null) writeCount(x, "total", words.total());
        x.close("header").raw("\n");
        x.open("body").endOpen().raw("\n");
        for (TextUnit unit : extraction.units()) {
            writeUnit(x, doc, unit, words);
            x.flushIfFull();
        }
        x.close("body").raw("\n").close("file").raw("\n").close("xliff").raw("\n");
        x.finish();
    }

    private void writeUnit(XmlBuilder x, SourceDocument doc, TextUnit unit, WordCounts words) {
        x.open("trans-unit").attr("id", unit.id()).attr("resname", unit.resname())
                .attr("restype", restype(unit));
        if (unit.preserveSpace()) x.attr("xml:space", "preserve");
        x.endOpen().raw("\n");
        x.open("source").endOpen();
        x.startPlainCheck();
        writeFragment(x, unit.source(), false);
        boolean plain = x.wasPlain(); // then so are the sentences, cut from it
        x.close("source").raw("\n");
        Leverage.Unit leveraged = leverage == null ? null : leverage.of(doc, unit);
        if (options.segmented()) {
            x.open("seg-source").endOpen();
            writeSegments(x, leveraged == null ? unit.segments() : leveraged.sourceSegments(unit), plain);
            x.close("seg-source").raw("\n");
        }
        if (leveraged != null && leveraged.target() != null) {
            x.open("target").attr("xml:lang", options.targetLanguage()).attr("state", leveraged.state())
                    .attr("state-qualifier", leveraged.stateQualifier()).endOpen();
            if (options.segmented()) writeSegments(x, leveraged.target());
            else for (Segment s : leveraged.target()) writeFragment(x, s.content()).text(s.gapAfter());
            x.close("target").raw("\n");
        }
        List<Segment> target = targets == null || (leveraged != null && leveraged.target() != null) ? null : targets.target(unit);
        if (target != null) {
            x.open("target").attr("xml:lang", options.targetLanguage()).attr("state", targets.state12())
                    .attr("state-qualifier", targets.pseudo() ? "x-pseudo-translation" : null).endOpen();
            if (options.segmented()) writeSegments(x, target);
            else for (Segment s : target) writeFragment(x, s.content()).text(s.gapAfter());
            x.close("target").raw("\n");
        }
        if (leveraged != null) writeOffers(x, leveraged, unit);
        x.open("note").attr("from", "wpxliff").endOpen().text(unit.note()).close("note").raw("\n");
        if (leveraged != null && leveraged.inContext()) {
            x.open("note").attr("from", "wpxliff").endOpen().text(CONTEXT_MATCH).close("note").raw("\n");
        }
        if (words != null) writeCount(x, "words:" + unit.id(), words.of(unit)); // names are unique per file
        x.close("trans-unit").raw("\n");
    }

    /** Fuzzy memory matches, each on its sentence ({@code mid}; none when the file is not segmented). */
    private void writeOffers(XmlBuilder x, Leverage.Unit leveraged, TextUnit unit) {
        for (Leverage.Offer offer : leveraged.offers()) {
            x.open("alt-trans");
            if (options.segmented()) x.attr("mid", Integer.toString(offer.segmentId()));
            x.attr("match-quality", Integer.toString(offer.quality())).attr("origin", offer.origin()).endOpen();
            x.open("source").endOpen();
            writeFragment(x, offer.source());
            x.close("source");
            x.open("target").attr("xml:lang", options.targetLanguage()).endOpen();
            writeFragment(x, offer.target());
            x.close("target").close("alt-trans").raw("\n");
        }
    }

    private static void writeCount(XmlBuilder x, String name, long words) {
        x.open("count-group").attr("name", name).endOpen()
                .open("count").attr("count-type", "total").attr("unit", "word").endOpen().text(Long.toString(words))
                .close("count").close("count-group").raw("\n");
    }

    private static void writeSegments(XmlBuilder x, List<Segment> segments) {
        writeSegments(x, segments, false);
    }

    /** @param plain the text holds only characters written as they are ({@link XmlBuilder#wasPlain}) */
    private static void writeSegments(XmlBuilder x, List<Segment> segments, boolean plain) {
        for (Segment segment : segments) {
            x.open("mrk").attr("mtype", "seg").attr("mid", Integer.toString(segment.id())).endOpen();
            writeFragment(x, segment.content(), plain);
            x.close("mrk");
            if (plain) x.plainText(segment.gapAfter());
            else x.text(segment.gapAfter());
        }
    }

    /**
     * Writes text and codes. A pair with both halves in the fragment becomes {@code <g>}; a half whose
     * partner is in another segment becomes {@code <bx/>} or {@code <ex/>}.
     *
     */
    static XmlBuilder writeFragment(XmlBuilder x, Fragment fragment) {
        return writeFragment(x, fragment, false);
    }

    private static XmlBuilder writeFragment(XmlBuilder x, Fragment fragment, boolean plain) {
        IntPredicate completePairs = fragment.completePair();
        for (Part part : fragment.parts()) {
            if (part instanceof Text t) {
                if (plain) x.plainText(t.value());
                else x.text(t.value());
                continue;
            }
            Code c = (Code) part;
            String id = XliffText.number(c.id());
            boolean complete = completePairs.test(c.id());
            switch (c.kind()) {
                case STANDALONE -> x.open("x").attr("id", id).attr("ctype", c.type()).attr("clone", "no")
                        .attr("equiv-text", c.label().isEmpty() ? null : c.label()).selfClose();
                case OPENING -> {
                    if (complete) x.open("g").attr("id", id).attr("ctype", c.type()).attr("clone", "no").endOpen();
                    else x.open("bx").attr("id", id).attr("rid", id).attr("ctype", c.type()).attr("clone", "no").selfClose();
                }
                case CLOSING -> {
                    if (complete) x.close("g");
                    else x.open("ex").attr("id", id).attr("rid", id).selfClose();
                }
            }
        }
        return x;
    }

    private static String restype(TextUnit unit) {
        return switch (unit.context()) {
            case HTML_TEXT -> "x-html-text";
            case HTML_ATTRIBUTE -> "x-html-attribute";
            case JSON_STRING -> "x-json-ld";
            case BLOCK_ATTRIBUTE -> "x-block-attribute";
            case HTML_COMMENT -> "x-html-comment";
            case SHORTCODE_ATTRIBUTE -> "x-shortcode-attribute";
        };
    }
}
