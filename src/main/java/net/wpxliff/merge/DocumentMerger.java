package net.wpxliff.merge;

import net.wpxliff.blocks.BlockTreeCheck;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.ReturnedUnit;
import net.wpxliff.xliff.Untrusted;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges one returned file into its document: checks every unit (all problems reported together),
 * renders each field, checks the result's HTML tree against the source, and returns the output files'
 * content. Writes nothing itself.
 */
public final class DocumentMerger {

    /**
     * @param allowMissing keep the source text for units without translation instead of failing
     * @param rewriteLinks move the site's own links and JSON-LD into the target locale
     * @param locale       where each language lives ({@code --source-url}, {@code --target-url}, {@code --url-map})
     */
    public record Options(boolean allowMissing, boolean rewriteLinks, SiteLocale locale) {
        public Options {
            if (locale == null) locale = SiteLocale.DEFAULT;
        }

        public Options(boolean allowMissing, boolean rewriteLinks) {
            this(allowMissing, rewriteLinks, SiteLocale.DEFAULT);
        }
    }

    /** One output file: a suffix for the document's base name ({@code .ko.html}) and its bytes. */
    public record Output(String suffix, byte[] content) {
    }

    /**
     * What merge made of one document.
     *
     * @param missingUnits ids of units merged with their source text (--allow-missing)
     * @param untranslated units with text whose target is identical to their source
     * @param marksLeftOut units whose target, marked by sentence, left some of the source's sentences out (taken as
     *                     sentences the translator merged into others; the text may as well be lost): unit id → the
     *                     marks ({@code mid}) left out, in file order
     * @param sentencesAsSource units translated but for some sentences whose translation is still their source (text a
     *                     translator translates): unit id → those sentences' marks, in source order
     */
    public record Result(SourceDocument document, String targetLanguage, Map<String, String> fields,
                         List<Output> outputs, int units, List<String> missingUnits, List<String> warnings,
                         UntranslatedUnits untranslated, Map<String, List<String>> marksLeftOut,
                         Map<String, List<String>> sentencesAsSource) {

        /** {@link #marksLeftOut} as said: {@code content-3 (sentence 6)}, {@code content-12 (sentences 2, 3)}. */
        public List<String> sentencesLeftOut() {
            return said(marksLeftOut);
        }

        static List<String> said(Map<String, List<String>> marksLeftOut) {
            return marksLeftOut.entrySet().stream().map(e -> e.getKey() + " (" + sentences(e.getValue()) + ")").toList();
        }

        /** Sentence marks as said: {@code sentence 6}, {@code sentences 2, 3}. */
        static String sentences(List<String> marks) {
            return "sentence" + (marks.size() > 1 ? "s " : " ") + String.join(", ", marks.stream().map(Untrusted::shown).toList());
        }
    }

    /**
     * Fields up to this size have their tree check reuse the extraction's parse (saving a parse per field); longer
     * ones are parsed again without positions, so that merge's heap stays within 40 MB per MB of post.
     */
    static final int REUSED_PARSE_MAX_CHARS = 256 * 1024;

    private final Options options;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final DocumentExtractor extractor;

    public DocumentMerger(Options options, String sourceLanguage, String targetLanguage) {
        this(options, sourceLanguage, targetLanguage, new DocumentExtractor(new Segmenter(null)));
    }

    /** @param extractor extracts (unsegmented) another view of a document, for formats whose outputs need one */
    public DocumentMerger(Options options, String sourceLanguage, String targetLanguage, DocumentExtractor extractor) {
        this.options = options;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.extractor = extractor;
    }

    public Result merge(ReturnedFile file, Extraction extraction) throws MergeException {
        return merge(file, extraction.withoutParsedFields(), new HashMap<>(extraction.parsedFields()));
    }

    /**
     * As {@link #merge(ReturnedFile, Extraction)} with every check, but only the merged fields: the format's output
     * files are not made ({@link Result#outputs()} is empty). A raw post's rendered fields are merged this way.
     */
    Result mergeFields(ReturnedFile file, Extraction extraction) throws MergeException {
        return merge(file, extraction.withoutParsedFields(), new HashMap<>(extraction.parsedFields()), false);
    }

    /**
     * As {@link #merge(ReturnedFile, Extraction)}, taking over each field's parse (with positions) from
     * {@code parses}: a field's parse is let go once its links are localized (kept for its tree check only when the
     * field is small), so that a big post's merge does not hold it next to the merged text and the merged page's parse.
     *
     * @param extraction the extraction without its parsed fields
     * @param parses     the extraction's parsed fields, emptied as fields are done
     */
    public Result merge(ReturnedFile file, Extraction extraction, Map<String, Document> parses) throws MergeException {
        return merge(file, extraction, parses, true);
    }

    private Result merge(ReturnedFile file, Extraction extraction, Map<String, Document> parses, boolean writeOutputs)
            throws MergeException {
        SourceDocument document = extraction.document();
        List<Problem> problems = new ArrayList<>();
        Map<String, ReturnedUnit> returned = indexUnits(file, extraction, problems);
        TargetResolver resolver = new TargetResolver(options.allowMissing());
        ResolvedUnits units = new ResolvedUnits();
        for (TextUnit unit : extraction.units()) {
            ReturnedUnit back = returned.get(unit.id());
            units.add(unit, back, resolver.resolve(unit, back, problems), problems);
        }
        if (!problems.isEmpty()) throw new MergeException(file.path(), problems);

        LinkLocalizer localizer = options.rewriteLinks() ? new LinkLocalizer(
                options.locale().urlsFor(document, sourceLanguage, targetLanguage), targetLanguage) : null;
        Escaper escaper = new Escaper(CharsetDeclaration.outputCharset(document, parses.get("html")));
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(extraction.warnings());
        warnings.addAll(units.warnings());
        for (Field field : document.fields()) {
            merged.put(field.key(), render(document, field, units.editsFor(field.key()), parses.remove(field.key()),
                    localizer, escaper, file, returned, problems, warnings));
        }
        if (!problems.isEmpty()) throw new MergeException(file.path(), problems);
        if (!writeOutputs) {
            return new Result(document, targetLanguage, merged, List.of(), extraction.units().size(), units.missing(),
                    warnings, units.untranslated(), units.marksLeftOut(), units.sentencesAsSource());
        }
        String link = localizer == null ? null : localizer.pageUrl(document);
        MergedOutputs outputs = document.format().outputs(new OutputContext(file.path(), document, merged, file, extraction,
                "." + targetLanguage, link, options, sourceLanguage, targetLanguage, extractor, units.translated()));
        warnings.addAll(outputs.warnings());
        for (Output output : outputs.files()) {
            Problem tooLarge = MergedSize.check(document.name() + output.suffix(), output.content().length, units.grewMost(),
                    file.line());
            if (tooLarge != null) problems.add(tooLarge);
        }
        if (!problems.isEmpty()) throw new MergeException(file.path(), problems);
        return new Result(document, targetLanguage, merged, outputs.files(), extraction.units().size(), units.missing(),
                warnings, units.untranslated(), units.marksLeftOut(), units.sentencesAsSource());
    }

    /**
     * One field's merged HTML: the units' edits and the localized links rendered into the source's bytes, then checked
     * (the HTML tree, and the block tree of editor text) against the source; what fails is added to {@code problems}.
     *
     * @param edits  the field's unit edits (the list is added to)
     * @param parsed the extraction's parse of the field, or null
     */
    private String render(SourceDocument document, Field field, List<Edit> edits, Document parsed,
                          LinkLocalizer localizer, Escaper escaper, ReturnedFile file,
                          Map<String, ReturnedUnit> returned, List<Problem> problems, List<String> warnings) {
        Map<String, String> localizedBlockLinks = Map.of();
        if (localizer != null) {
            edits.addAll(localizer.edits(field.html(), parsed, document.format().wholePage()));
            if (field.markup() == Field.Markup.EDITOR) {
                LinkLocalizer.BlockLinkEdits blockLinks = localizer.blockEdits(field.html(), field.key(), edits);
                edits.addAll(blockLinks.edits());
                localizedBlockLinks = blockLinks.values();
            }
        }
        // the tree check reuses the extraction's parse of the source field; a big field's parse (positions take a
        // third of it) is let go before rendering, and the check parses the field again without positions
        TreeCheck.Source source = new TreeCheck.Source(field.html(),
                field.html().length() > REUSED_PARSE_MAX_CHARS ? null : parsed);
        parsed = null;
        FieldRenderer renderer = new FieldRenderer(field.html(), escaper);
        if (field.markup() == Field.Markup.EDITOR) edits.addAll(MoreTextMirror.edits(field.html(), edits, renderer));
        String html = renderer.render(edits);
        if (document.format().wholePage()) {
            html = apply(CharsetDeclaration.keepEarly(field.html(), html, document.charset(), document.bom()),
                    file, problems, warnings);
        }
        String difference = html.equals(field.html()) ? null : TreeCheck.compare(source, html);
        if (difference != null) problems.addAll(blame(field, source, renderer, edits, difference, file, returned));
        if (field.markup() == Field.Markup.EDITOR) {
            Problem blocks = blockTreeProblem(field, html, edits, localizedBlockLinks, file, returned);
            if (blocks != null) problems.add(blocks);
        }
        return html;
    }

    private static String apply(CharsetDeclaration.Outcome outcome, ReturnedFile file, List<Problem> problems,
                                List<String> warnings) {
        if (outcome.refusal() != null) problems.add(new Problem(null, file.line(), outcome.refusal()));
        if (outcome.note() != null) warnings.add(outcome.note());
        return outcome.html();
    }

    /**
     * Finds the units whose translation alone changes the page's element tree (codes nested differently
     * from the source, which the code checks allow), to name them; falls back to the field.
     */
    private static List<Problem> blame(Field field, TreeCheck.Source source, FieldRenderer renderer, List<Edit> edits, String difference,
                                       ReturnedFile file, Map<String, ReturnedUnit> returned) {
        List<Edit> others = edits.stream().filter(e -> !(e instanceof Edit.UnitEdit)).toList();
        List<Problem> found = new ArrayList<>();
        for (Edit edit : edits) {
            if (!(edit instanceof Edit.UnitEdit unitEdit) || unitEdit.unchanged()) continue;
            List<Edit> alone = new ArrayList<>(others);
            alone.add(edit);
            String own = TreeCheck.compare(source, renderer.render(alone));
            if (own == null) continue;
            ReturnedUnit unit = returned.get(unitEdit.unit().id());
            // named as the file writes the codes, which the translator finds in the CAT tool; the page's elements after
            String codes = unit == null ? null : CodeNesting.differences(unit);
            String what = codes == null
                    ? "the translation changes the page's structure (" + own + "): its codes are nested differently from"
                    + " the source"
                    : "the translation's codes are nested differently from the source, which changes the page's"
                    + " structure: " + codes + " (on the page: " + own + ")";
            found.add(new Problem(unitEdit.unit().id(), unit == null ? -1 : unit.line(), what + "; codes may change order"
                    + " (a link or a bold phrase moved), but keep each paired code around the words it marks, not around"
                    + " other codes it did not contain, and no code inside another it was not in"));
        }
        if (found.isEmpty()) {
            found.add(new Problem(null, file.line(), "field " + field.key() + ": " + difference
                    + "; the merge was stopped so that no broken page is written (please report this file)"));
        }
        return found;
    }

    /**
     * An editor field's blocks must come back as WordPress will read them: the same tree, the same attributes but
     * for the translated ones (which stay strings) and the localized links. Names the unit translated in the block
     * that differs, if any.
     */
    private static Problem blockTreeProblem(Field field, String html, List<Edit> edits, Map<String, String> localizedLinks,
                                            ReturnedFile file, Map<String, ReturnedUnit> returned) {
        if (html.equals(field.html())) return null;
        Set<String> translated = new HashSet<>();
        for (Edit edit : edits) {
            if (edit instanceof Edit.UnitEdit unitEdit && !unitEdit.unchanged()
                    && unitEdit.unit().context() == TextContext.BLOCK_ATTRIBUTE) {
                translated.add(unitEdit.unit().resname());
            }
        }
        String difference = BlockTreeCheck.difference(field.html(), html, translated, localizedLinks, field.key());
        if (difference == null) return null;
        String where = difference.substring(0, Math.max(0, difference.indexOf(": ")));
        for (Edit edit : edits) {
            if (edit instanceof Edit.UnitEdit unitEdit && !unitEdit.unchanged() && !where.isEmpty()
                    && (unitEdit.unit().resname().equals(where) || unitEdit.unit().resname().startsWith(where + "/"))) {
                ReturnedUnit unit = returned.get(unitEdit.unit().id());
                return new Problem(unitEdit.unit().id(), unit == null ? -1 : unit.line(), "the translation changes"
                        + " the field's Gutenberg blocks (" + difference + "); WordPress would read other blocks"
                        + " than the source's: translate the text only, leaving block comments as they are");
            }
        }
        return new Problem(null, file.line(), "field " + field.key() + ": the merged blocks differ from the source's ("
                + difference + "); the merge was stopped so that no broken post is written (please report this file)");
    }

    /** Returned units by id; unknown and duplicate ids are problems. */
    private static Map<String, ReturnedUnit> indexUnits(ReturnedFile file, Extraction extraction, List<Problem> problems) {
        Set<String> known = new HashSet<>();
        for (TextUnit unit : extraction.units()) known.add(unit.id());
        Map<String, ReturnedUnit> byId = new LinkedHashMap<>();
        for (ReturnedUnit unit : file.units()) {
            if (unit.id() == null || !known.contains(unit.id())) {
                problems.add(new Problem(unit.id(), unit.line(), "the source has no unit with this id (a unit added,"
                        + " renamed or from another post); expected one of the exported ids"));
            } else if (byId.putIfAbsent(unit.id(), unit) != null) {
                problems.add(new Problem(unit.id(), unit.line(), "the unit appears twice; keep one"));
            }
        }
        return byId;
    }
}
