package net.wpxliff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.merge.merge.SkeletonMergerWriter;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Okapi Framework baseline for the wpxliff benchmark: the same work as
 * {@code tikal -x -seg} (extract HTML to segmented XLIFF 1.2) followed by
 * {@code tikal -m} (merge the XLIFF back into the original), in-process.
 *
 * <p>Extraction runs the event flow of Tikal's extraction pipeline
 * (RawDocumentToFilterEventsStep, SegmentationStep, FilterEventsWriterStep+XLIFFWriter)
 * with Tikal's default options, calling the same Okapi classes directly so that
 * per-file pipeline set-up and SRX reloading (Tikal reloads the 320 KB SRX for
 * every file) are not charged to Okapi: the segmenter and the filters are built
 * once and reused. Merge makes the calls of {@code OriginalDocumentXliffMergerStep}
 * (okapi-lib-merge, what {@code tikal -m} runs): re-filter the original with
 * HtmlFilter, read the XLIFF with XLIFFFilter, write through SkeletonMergerWriter;
 * only the step's producer thread/pipe is left out (output goes to a byte array).
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class OkapiBaseline {

    /** Encoding Tikal uses by default (platform default, UTF-8 here) for input fallback and output. */
    private static final String ENCODING = "UTF-8";
    private static final String SRX = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** OriginalDocumentXliffMergerStep's default options (copyCodeMetadata=true, preserveWhiteSpaceByDefault=false). */
    private static final net.sf.okapi.lib.merge.step.Parameters MERGE_STEP = new net.sf.okapi.lib.merge.step.Parameters();

    private final LocaleId source;
    private final LocaleId target;
    private final ISegmenter segmenter;
    // Built once and reused (open/close per document); replaced after a failure, see fresh().
    private HtmlFilter extractFilter = new HtmlFilter(); // default parameters (= okf_html)
    private HtmlFilter mergeFilter = new HtmlFilter();
    private XLIFFFilter xliffFilter = new XLIFFFilter();

    /** One HTML document to localize: a file's bytes, or one rendered field of a WP post. */
    public record Document(String name, byte[] html) {}

    /** One input file, loaded and (for WP JSON) split into its rendered HTML fields. */
    public record Source(Path path, List<Document> documents) {
        /** Bytes of HTML processed (the figure used for MB/s). */
        public long htmlBytes() {
            return documents.stream().mapToLong(d -> d.html().length).sum();
        }
    }

    /** The XLIFF 1.2 produced for one document, with what merge needs (the original). */
    public record Part(Document document, byte[] xliff, int textUnits, int segments) {
        public String xliffText() {
            return new String(xliff, StandardCharsets.UTF_8);
        }
    }

    /** Result of {@link #extract}: one part per HTML document of the input. */
    public record Extracted(Source source, List<Part> parts) {
        public int textUnits() {
            return parts.stream().mapToInt(Part::textUnits).sum();
        }

        public int segments() {
            return parts.stream().mapToInt(Part::segments).sum();
        }
    }

    /** Builds the SRX segmenter (Okapi's default rules) once for all documents. */
    public OkapiBaseline(LocaleId source, LocaleId target) {
        this.source = source;
        this.target = target;
        SRXDocument srx = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream(SRX)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SRX + " (okapi-lib-segmentation)");
            }
            srx.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SegmentationStep compiles the rules for the source locale (en here).
        this.segmenter = srx.compileLanguageRules(source, null);
    }

    public OkapiBaseline() {
        this(LocaleId.ENGLISH, LocaleId.FRENCH);
    }

    /**
     * Reads one corpus file. {@code .json}: a WP REST post; each non-empty
     * {@code content/title/excerpt.rendered} becomes its own HTML document (UTF-8).
     * Anything else: the raw bytes (HtmlFilter detects BOMs and meta charsets itself).
     */
    public static Source load(Path input) throws IOException {
        byte[] bytes = Files.readAllBytes(input);
        List<Document> docs = new ArrayList<>();
        if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            JsonNode post = JSON.readTree(bytes);
            for (String field : List.of("content", "title", "excerpt")) {
                String html = post.path(field).path("rendered").asText("");
                if (!html.isEmpty()) {
                    docs.add(new Document(field + ".rendered", html.getBytes(StandardCharsets.UTF_8)));
                }
            }
        } else {
            docs.add(new Document(input.getFileName().toString(), bytes));
        }
        return new Source(input, docs);
    }

    /** {@link #load} then {@link #extract(Source)}. */
    public Extracted extract(Path input) throws IOException {
        return extract(load(input));
    }

    /**
     * Extracts every document of the input: HtmlFilter (default parameters), SRX
     * segmentation of every translatable text unit, XLIFF 1.2 by Okapi's XLIFFWriter.
     */
    public Extracted extract(Source src) {
        List<Part> parts = new ArrayList<>(src.documents().size());
        for (Document doc : src.documents()) {
            parts.add(extract(doc));
        }
        return new Extracted(src, parts);
    }

    private Part extract(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.html().length * 3 + 1024);
        XLIFFWriter writer = newTikalXliffWriter();
        writer.setOptions(target, ENCODING);
        writer.setOutput(out);
        HtmlFilter filter = extractFilter;
        int units = 0;
        int segments = 0;
        try (RawDocument rd = rawDocument(doc.html())) {
            filter.open(rd);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    if (tu.isTranslatable()) {
                        segment(tu);
                        units++;
                        segments += tu.getSource().getSegments().count();
                    }
                }
                writer.handleEvent(event);
            }
        } catch (RuntimeException e) {
            fresh();
            throw e;
        } finally {
            filter.close();
            writer.close();
        }
        return new Part(doc, out.toByteArray(), units, segments);
    }

    /** What SegmentationStep does with Tikal's -seg settings (copy source into the empty target). */
    private void segment(ITextUnit tu) {
        if (!tu.getSource().hasBeenSegmented()) {
            tu.createSourceSegmentation(segmenter);
        }
        tu.createTarget(target, false, IResource.COPY_ALL);
    }

    /** XLIFFWriter with the options Tikal's extractFile() sets (its defaults otherwise). */
    private static XLIFFWriter newTikalXliffWriter() {
        XLIFFWriter writer = new XLIFFWriter();
        XLIFFWriterParameters p = writer.getParameters();
        p.setPlaceholderMode(true);
        p.setCopySource(true);
        p.setIncludeAltTrans(true);
        p.setIncludeCodeAttrs(false);
        return writer;
    }

    /** Merges every part; returns the merged HTML of each document, in order. */
    public List<String> merge(Extracted extracted) {
        List<String> merged = new ArrayList<>(extracted.parts().size());
        for (Part part : extracted.parts()) {
            merged.add(merge(part));
        }
        return merged;
    }

    /**
     * Okapi's merge of one XLIFF back into its original (identity: the XLIFF
     * targets are copies of the sources), as OriginalDocumentXliffMergerStep does it.
     */
    public String merge(Part part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.document().html().length + 1024);
        HtmlFilter html = mergeFilter;
        XLIFFFilter xlf = xliffFilter;
        SkeletonMergerWriter merger = new SkeletonMergerWriter(html);
        merger.setOptions(target, ENCODING);
        merger.getParameters().setCopyCodeMetadata(MERGE_STEP.isCopyCodeMetadata());
        merger.setOutput(out);
        net.sf.okapi.filters.xliff.Parameters xp = new net.sf.okapi.filters.xliff.Parameters();
        xp.setPreserveSpaceByDefault(MERGE_STEP.isPreserveWhiteSpaceByDefault());
        xlf.setParameters(xp);
        try (RawDocument original = rawDocument(part.document().html());
                RawDocument xliff = new RawDocument(new ByteArrayInputStream(part.xliff()), ENCODING, source, target)) {
            html.open(original); // the skeleton: the original re-filtered
            xlf.open(xliff);
            while (xlf.hasNext()) {
                merger.handleEvent(xlf.next());
            }
        } catch (RuntimeException e) {
            fresh();
            throw e;
        } finally {
            xlf.close();
            merger.close();
            html.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A filter that threw mid-document keeps stale state across close()/open():
     * on the corpus, the file after an HtmlFilter crash then failed to merge. Start afresh.
     */
    private void fresh() {
        extractFilter = new HtmlFilter();
        mergeFilter = new HtmlFilter();
        xliffFilter = new XLIFFFilter();
    }

    private RawDocument rawDocument(byte[] html) {
        // As tikal: default input encoding UTF-8; the filter overrides it from a BOM or <meta charset>.
        return new RawDocument(new ByteArrayInputStream(html), ENCODING, source, target);
    }
}
