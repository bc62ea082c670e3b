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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one document's units as XLIFF 2.1 (core namespace {@code urn:oasis:names:tc:xliff:document:2.0},
 * {@code version="2.1"}): a {@code <unit>} per unit with its key in {@code name} and context in
 * {@code <notes>}; sentences as {@code <segment>}s with the whitespace between them as {@code <ignorable>};
 * inline markup as {@code <pc>}/{@code <ph>} ({@code <sc>}/{@code <ec>} where a pair spans sentences)
 * pointing to {@code <originalData>}, all with {@code canDelete="no"}. The source document is embedded
 * in {@code <skeleton>}, its signature in the metadata module.
 *
 * <p>Ids: codes are numbers ({@code 1}, as in XLIFF 1.2), segments {@code s1}, ignorables {@code i1},
 * original data {@code d1}, so no two share an id within a unit.
 *
 * <p>With memories ({@code export --tm}): a pre-filled segment says what filled it in {@code state}/{@code subState}
 * ({@link #CONTEXT_MATCH}: {@code translated}; {@link #EXACT_MATCH}: {@code initial}, a pre-translation the
 * translator still confirms), and the other matches are Translation Candidates ({@code <mtc:matches>}) on the unit,
 * each pointing to its segment ({@code ref="#s2"}) and carrying its own {@code <originalData>}.
 */
public final class Xliff2Writer implements XliffWriter {
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String METADATA_NAMESPACE = "urn:oasis:names:tc:xliff:metadata:2.0";
    /** The metadata {@code <meta type>} holding the payload's signature (format 1 wrote a plain {@code source-sha256}). */
    public static final String SIGNATURE_META = "source-signature";
    /** The Translation Candidates module, for memory matches ({@code export --tm}). */
    public static final String MATCHES_NAMESPACE = "urn:oasis:names:tc:xliff:matches:2.0";
    /** subState of a segment pre-filled by a context match (same post, unit key and neighbouring sentences). */
    public static final String CONTEXT_MATCH = "wpxliff:context-match";
    /** subState of a segment pre-filled by an exact match seen elsewhere (to be reviewed). */
    public static final String EXACT_MATCH = "wpxliff:exact-match";

    private final ExportOptions options;
    private final Targets targets;
    private final Leverage leverage;

    public Xliff2Writer(ExportOptions options, Targets targets) {
        this(options, targets, null);
    }

    /** @param leverage memory matches to pre-fill and offer ({@code export --tm}), or null; a unit it pre-fills takes its target */
    public Xliff2Writer(ExportOptions options, Targets targets, Leverage leverage) {
        this.options = options;
        this.targets = targets;
        this.leverage = leverage;
    }

    @Override
    public void write(Extraction extraction, WordCounts words, SealedSource source, Appendable out) throws IOException {
        SourceDocument doc = extraction.document();
        XmlBuilder x = new XmlBuilder(out);
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.open("xliff").attr("xmlns", NAMESPACE).attr("xmlns:mda", METADATA_NAMESPACE)
                .attr("xmlns:mtc", leverage == null ? null : MATCHES_NAMESPACE).attr("version", "2.1")
                .attr("srcLang", options.sourceLanguage()).attr("trgLang", options.targetLanguage()).endOpen().raw("\n");
        x.open("file").attr("id", "f1").attr("original", XliffText.original(doc)).endOpen().raw("\n");
        x.open("skeleton").endOpen().raw(source.payload()).close("skeleton").raw("\n");
        x.raw("<mda:metadata><mda:metaGroup category=\"wpxliff\">");
        x.open("mda:meta").attr("type", SIGNATURE_META).endOpen().text(source.signature()).close("mda:meta");
        x.open("mda:meta").attr("type", "tool").endOpen().text("wpxliff " + Version.VERSION).close("mda:meta");
        if (words != null) x.open("mda:meta").attr("type", "words").endOpen().text(Long.toString(words.total())).close("mda:meta");
        x.raw("</mda:metaGroup></mda:metadata>\n");
        x.raw("<notes>").open("note").attr("category", "wpxliff").endOpen().text(XliffText.describe(doc))
                .close("note").raw("</notes>\n");
        for (TextUnit unit : extraction.units()) {
            writeUnit(x, doc, unit, words);
            x.flushIfFull();
        }
        if (extraction.units().isEmpty()) writeEmptyPlaceholder(x);
        x.close("file").raw("\n").close("xliff").raw("\n");
        x.finish();
    }

    /** XLIFF 2 requires a unit in every file; a document with no text gets one marked not to translate. */
    private static void writeEmptyPlaceholder(XmlBuilder x) {
        x.raw("<unit id=\"" + XliffText.EMPTY_UNIT_ID + "\" translate=\"no\"><segment><source></source></segment></unit>\n");
    }

    private void writeUnit(XmlBuilder x, SourceDocument doc, TextUnit unit, WordCounts words) {
        x.open("unit").attr("id", unit.id()).attr("name", unit.resname());
        if (unit.preserveSpace()) x.attr("xml:space", "preserve");
        x.endOpen().raw("\n");
        if (words != null) {
            x.raw("<mda:metadata><mda:metaGroup category=\"word-count\">").open("mda:meta").attr("type", "words")
                    .endOpen().text(Long.toString(words.of(unit))).close("mda:meta").raw("</mda:metaGroup></mda:metadata>\n");
        }
        Leverage.Unit leveraged = leverage == null ? null : leverage.of(doc, unit);
        if (leveraged != null && !leveraged.offers().isEmpty()) writeCandidates(x, leveraged.offers());
        x.raw("<notes>").open("note").attr("category", "context").endOpen().text(unit.note()).close("note").raw("</notes>\n");
        Map<String, String> data = originalData(unit);
        if (!data.isEmpty()) {
            x.raw("<originalData>");
            for (Map.Entry<String, String> d : data.entrySet()) {
                x.open("data").attr("id", d.getKey()).endOpen().text(d.getValue()).close("data");
            }
            x.raw("</originalData>\n");
        }
        List<Segment> prefilled = leveraged == null ? null : leveraged.target();
        List<Segment> target = prefilled != null ? prefilled : targets == null ? null : targets.target(unit);
        int ignorable = 1;
        List<Segment> segments = leveraged == null ? unit.segments() : leveraged.sourceSegments(unit);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            x.open("segment").attr("id", "s" + segment.id());
            if (prefilled != null) {
                boolean context = leveraged.contextSegments().contains(segment.id())
                        || (leveraged.inContext() && !segment.content().hasTranslatableText());
                x.attr("state", context ? "translated" : "initial").attr("subState", context ? CONTEXT_MATCH : EXACT_MATCH);
            } else {
                if (target != null) x.attr("state", targets.state2());
                if (target != null && targets.pseudo()) x.attr("subState", "wpxliff:pseudo-translation");
            }
            x.endOpen();
            x.open("source").endOpen();
            writeFragment(x, segment.content());
            x.close("source");
            if (target != null) {
                x.open("target").endOpen();
                writeFragment(x, target.get(i).content());
                x.close("target");
            }
            x.close("segment");
            if (!segment.gapAfter().isEmpty()) {
                x.open("ignorable").attr("id", "i" + ignorable++).endOpen().open("source").endOpen()
                        .text(segment.gapAfter()).close("source").close("ignorable");
            }
            x.raw("\n");
        }
        x.close("unit").raw("\n");
    }

    /**
     * Memory matches as Translation Candidates, sentence by sentence, best first. Each candidate's codes are the
     * unit's own (same ids, pointing into the candidate's own {@code <originalData>}) on both sides, or, when its
     * codes do not map onto the unit's, plain text on both sides.
     */
    private void writeCandidates(XmlBuilder x, List<Leverage.Offer> offers) {
        x.raw("<mtc:matches>");
        for (Leverage.Offer offer : offers) {
            boolean coded = offer.codedSource() != null;
            Fragment source = coded ? offer.codedSource() : offer.source();
            Fragment target = coded ? offer.target() : Fragment.text(offer.target().plainText());
            String quality = Integer.toString(offer.quality());
            x.open("mtc:match").attr("ref", "#s" + offer.segmentId()).attr("matchQuality", quality)
                    .attr("similarity", quality).attr("origin", offer.origin()).attr("type", "tm").endOpen();
            Map<String, String> data = new LinkedHashMap<>();
            for (Code c : source.codes()) data.put(dataId(c), display(c));
            for (Code c : target.codes()) data.put(dataId(c), display(c));
            if (!data.isEmpty()) {
                x.raw("<originalData>");
                for (Map.Entry<String, String> d : data.entrySet()) {
                    x.open("data").attr("id", d.getKey()).endOpen().text(d.getValue()).close("data");
                }
                x.raw("</originalData>");
            }
            x.open("source").endOpen();
            writeFragment(x, source, true);
            x.close("source").open("target").endOpen();
            writeFragment(x, target, true);
            x.close("target").close("mtc:match");
        }
        x.raw("</mtc:matches>\n");
    }

    /** Short stand-ins for the markup (no attribute values: translators never see a link's href). */
    private static Map<String, String> originalData(TextUnit unit) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Code c : unit.source().codes()) data.put(dataId(c), display(c));
        return data;
    }

    static String dataId(Code c) {
        return "d" + c.id() + (c.kind() == Code.Kind.CLOSING ? "e" : "");
    }

    private static String display(Code c) {
        String tag = c.label().isEmpty() ? c.type() : c.label();
        return switch (c.kind()) {
            case OPENING -> "<" + tag + ">";
            case CLOSING -> "</" + tag + ">";
            case STANDALONE -> switch (c.type()) {
                case "lb" -> "<br>";
                case "image" -> "<img>";
                case "x-html-comment" -> "<!-- -->";
                case "x-shortcode" -> "[shortcode]";
                default -> "<" + c.type().replaceFirst("^x-", "") + "/>";
            };
        };
    }

    static void writeFragment(XmlBuilder x, Fragment fragment) {
        writeFragment(x, fragment, false);
    }

    /**
     * @param standalone the fragment stands alone (a candidate's source or target): a half whose partner is not in it
     *                   is {@code isolated}, since no other segment holds the partner
     */
    private static void writeFragment(XmlBuilder x, Fragment fragment, boolean standalone) {
        Set<Integer> complete = fragment.completePairs();
        for (Part part : fragment.parts()) {
            if (part instanceof Text t) {
                x.text(t.value());
                continue;
            }
            Code c = (Code) part;
            String id = Integer.toString(c.id());
            switch (c.kind()) {
                case STANDALONE -> {
                    x.open("ph").attr("id", id).attr("dataRef", dataId(c)).attr("canCopy", "no").attr("canDelete", "no");
                    typeAttributes(x, c);
                    x.selfClose();
                }
                case OPENING -> {
                    if (complete.contains(c.id())) {
                        x.open("pc").attr("id", id).attr("dataRefStart", dataId(c)).attr("dataRefEnd", "d" + c.id() + "e")
                                .attr("canCopy", "no").attr("canDelete", "no");
                        typeAttributes(x, c);
                        x.endOpen();
                    } else {
                        x.open("sc").attr("id", id).attr("dataRef", dataId(c)).attr("canCopy", "no")
                                .attr("canDelete", "no").attr("canOverlap", "no").attr("isolated", standalone ? "yes" : null);
                        typeAttributes(x, c);
                        x.selfClose();
                    }
                }
                case CLOSING -> {
                    if (complete.contains(c.id())) {
                        x.close("pc");
                    } else if (standalone) {
                        x.open("ec").attr("id", id).attr("isolated", "yes").attr("dataRef", dataId(c)).attr("canCopy", "no")
                                .attr("canDelete", "no").attr("canOverlap", "no");
                        typeAttributes(x, c);
                        x.selfClose();
                    } else {
                        x.open("ec").attr("startRef", id).attr("dataRef", dataId(c)).attr("canCopy", "no")
                                .attr("canDelete", "no").attr("canOverlap", "no");
                        typeAttributes(x, c); // an <ec> repeats its <sc>'s type
                        x.selfClose();
                    }
                }
            }
        }
    }

    /** XLIFF 2 {@code type}/{@code subType} for the formatting codes tools know. */
    private static void typeAttributes(XmlBuilder x, Code c) {
        switch (c.type()) {
            case "bold" -> x.attr("type", "fmt").attr("subType", "xlf:b");
            case "italic" -> x.attr("type", "fmt").attr("subType", "xlf:i");
            case "underlined" -> x.attr("type", "fmt").attr("subType", "xlf:u");
            case "lb" -> x.attr("type", "fmt").attr("subType", "xlf:lb");
            case "link" -> x.attr("type", "link");
            case "image" -> x.attr("type", "image");
            default -> x.attr("type", "other");
        }
    }
}
