package net.wpxliff.extract;

import net.wpxliff.config.TranslationConfig;
import net.wpxliff.input.Field;
import net.wpxliff.input.FieldIds;
import net.wpxliff.input.MetaFields;
import net.wpxliff.input.FeaturedImageFields;
import net.wpxliff.input.FootnoteFields;
import net.wpxliff.input.TermFields;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.LoneSurrogates;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts the units of a whole document, field by field, numbers them in document order and splits
 * them into sentences. Deterministic: the same document always gives the same units and ids, which is
 * what lets merge find each unit again from the source embedded in the XLIFF.
 */
public final class DocumentExtractor {
    private final Segmenter segmenter;

    public DocumentExtractor(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The sentence rules units are split with (merge splits a translation the same way to match sentences). */
    public Segmenter segmenter() {
        return segmenter;
    }

    public Extraction extract(SourceDocument document) {
        return extract(document, TranslationConfig.BUILT_IN);
    }

    /**
     * @param config which block attributes hold text, and which blocks are not translated (fields with
     *               {@link Field.Markup#EDITOR} markup)
     */
    public Extraction extract(SourceDocument document, TranslationConfig config) {
        // the custom fields the configuration translates are fields of their own (merge finds them the same way)
        document = MetaFields.add(document, config.translatedCustomFields());
        document = TermFields.add(document, config.translatedTaxonomies());
        document = FeaturedImageFields.add(document, config.translatedCustomFields());
        document = FootnoteFields.add(document);
        List<TextUnit> all = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Document> parsed = new HashMap<>();
        for (Field field : document.fields()) {
            warnLoneSurrogates(field, warnings);
            List<TextUnit> found = new ArrayList<>();
            UnitSink sink = new UnitSink() {
                        @Override
                        public void unit(String resname, String note, TextContext context, boolean preserveSpace,
                                         int spanStart, int spanEnd, Fragment source) {
                            // every kind of unit (text, attribute, block attribute) passes here: one rule for all
                            if (BareAddress.is(source)) return;
                            found.add(new TextUnit("", field.key(), resname, note, context, preserveSpace,
                                    spanStart, spanEnd, source, List.of()));
                        }

                        @Override
                        public void warning(String message) {
                            warnings.add(message);
                        }
                    };
            String note = document.format().fieldNote(field);
            BlockStructure blocks = field.markup() == Field.Markup.EDITOR
                    ? BlockStructure.of(field.html(), field.key(), config) : null;
            HtmlExtractor extractor = new HtmlExtractor(note, field.html(), field.markup(), sink, new UnitNames(field.key(), blocks));
            Document html = extractor.extract();
            parsed.put(field.key(), html);
            if (blocks != null) new BlockAttributeExtractor(field.html(), note, blocks, config, sink).extract();
            if (field.markup() == Field.Markup.EDITOR) {
                MoreTextExtractor.extract(field.key(), note, field.html(), blocks, sink);
                ShortcodeAttributeExtractor.of(config).extract(note, field.html(), html, new UnitNames(field.key(), blocks), sink);
            }
            found.sort(Comparator.comparingInt(TextUnit::spanStart).thenComparing(u -> -u.spanEnd()));
            List<TextUnit> units = dropOverlaps(found, warnings);
            if (blocks != null) units = BlockResnames.settle(BlockXpaths.restrict(units, blocks, html, config, warnings), blocks);
            int number = 1;
            String idPrefix = FieldIds.unitIdPrefix(field.key());
            for (TextUnit unit : units) {
                all.add(unit.withId(idPrefix + "-" + number++).withSegments(segmenter.segment(unit.source())));
            }
        }
        return new Extraction(document, all, warnings, parsed);
    }

    /** A post field holding half a surrogate pair (a damaged emoji): what each output makes of it. */
    private static void warnLoneSurrogates(Field field, List<String> warnings) {
        String html = field.html();
        int count = LoneSurrogates.count(html);
        if (count == 0) return;
        int first = 0;
        while (!LoneSurrogates.isLone(html, first)) first++;
        warnings.add(field.key() + ": " + count + " unpaired surrogate(s) (half of a character such as an emoji;"
                + " the first, \\u" + String.format("%04x", (int) html.charAt(first)) + ", at character " + first
                + " of the field): protected as a code in the XLIFF (an attribute holding one is left untranslated),"
                + " kept as its escape in the merged .json; the merged"
                + " .html shows U+FFFD there (HTML cannot hold it). Fix the text in WordPress to remove it");
    }

    /** Units must nest (an attribute inside a paragraph's code) or be apart; a partial overlap cannot be merged. */
    private static List<TextUnit> dropOverlaps(List<TextUnit> sorted, List<String> warnings) {
        List<TextUnit> kept = new ArrayList<>(sorted.size());
        List<TextUnit> open = new ArrayList<>();
        for (TextUnit unit : sorted) {
            open.removeIf(o -> o.spanEnd() <= unit.spanStart());
            boolean overlaps = open.stream().anyMatch(o -> !o.contains(unit));
            if (overlaps) {
                warnings.add(unit.resname() + ": overlaps another unit; left untranslated");
                continue;
            }
            kept.add(unit);
            open.add(unit);
        }
        return kept;
    }
}
