package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.input.MenuFormat;
import net.wpxliff.input.TermsFormat;
import net.wpxliff.input.WidgetsFormat;
import net.wpxliff.merge.MergeException;
import net.wpxliff.push.MenuPush;
import net.wpxliff.push.PushException;
import net.wpxliff.push.PushRecord;
import net.wpxliff.push.PushedText;
import net.wpxliff.push.WidgetPush;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.tm.MemoryFile;
import net.wpxliff.tm.PublishedPairs;
import net.wpxliff.tm.SentencePairs;
import net.wpxliff.tm.TmEntry;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * {@code wpxliff tm align}: a memory from posts and their translations as published (pulled from the translation
 * site), so that what editors changed there, or translated by hand before wpxliff, is what the next export offers
 * ({@code export --tm}: context matches for the same post).
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Adds the sentence pairs of source posts and their published translations (post JSON files, e.g."
                + " pulled from the source site and from the translation site with the same access) to a TMX memory"
                + " (created if needed): each post is paired with its translation by the push record (--record), else"
                + " by slug; their units by key (their place in the post); each translated unit is split into the"
                + " source's sentences. An export with --tm then offers the published text as context matches.")
final class TmAlignCommand implements Callable<Integer> {
    private final PrintWriter out = TerminalWriter.on(System.out);
    private final PrintWriter err = TerminalWriter.on(System.err);

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Source posts (post JSON files, or directories of"
            + " them), or the XLIFF files they were exported to (the post as it was exported, from its signed embedded"
            + " source: the English a pushed translation is of, after pull brought a changed one).")
    List<Path> sources;

    @Option(names = "--translations", paramLabel = "FILE|DIR", required = true,
            description = "Their translations as published (a post JSON file pulled from the translation site, or a"
                    + " directory of them; repeatable).")
    List<Path> translations;

    @Option(names = {"--tm", "-o", "--output"}, paramLabel = "FILE.tmx", required = true, description = "The memory to add to.")
    Path tm;

    @Option(names = "--record", paramLabel = "FILE|DIR",
            description = "A push record (.wpxliff-push.json, or the folder holding it) saying which translation each"
                    + " source post became and which version of it that translation is of (repeatable).")
    List<Path> records = new ArrayList<>();

    @Option(names = "--no-record",
            description = "For translations wpxliff did not push (made by hand before it): each post is paired with the"
                    + " translation of the same slug, only dates tell whether it changed since, and nothing tells"
                    + " paragraphs moved there, so the pairs are unconfirmed: export --tm offers them at 99 and never"
                    + " pre-fills them.")
    boolean noRecord;

    @Option(names = "--config", paramLabel = "FILE", description = "The wpml-config.xml export used (the same units).")
    Path configFile;

    @Option(names = "--no-segment", description = "One pair per unit, as export --no-segment makes units of one sentence.")
    boolean noSegment;

    @Mixin
    LanguagePair languages;

    /** A file's document, as read. */
    /**
     * A file's document, as read, with its saved copy's post id when it is a theme template or part (0 otherwise), read
     * once: the record names a template's translation by that id.
     */
    private record Read(Path file, SourceDocument document, long savedCopyId) {
        Read(Path file, SourceDocument document) {
            this(file, document, TmAlignCommand.savedCopyId(document));
        }
    }

    @Override
    public Integer call() {
        List<Read> sourceDocuments, translated;
        TranslationConfig config;
        List<PushRecord> pairing = new ArrayList<>();
        TranslatedVersions versions;
        if (records.isEmpty() == !noRecord) {
            err.println("error: " + (noRecord ? "--record and --no-record together: give one" : "give --record (the"
                    + " folder of merged files push wrote, holding " + PushRecord.FILE_NAME + ": it says which translation"
                    + " each post became and which version of the post that translation is of), or --no-record for"
                    + " translations wpxliff did not push (then only dates tell whether a post changed since its"
                    + " translation, and an edit saved there after the post changed hides that change)"));
            return 2;
        }
        try {
            config = ExtractionInputs.config(configFile);
            sourceDocuments = readSources(sources);
            translated = read(ExtractionInputs.files(translations));
            for (Path record : records) pairing.add(record(record));
            versions = TranslatedVersions.in(pairing, languages.target);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        if (!MemoryOutput.usable(tm, "--tm", err)) return 1;
        Segmenter sentences = new Segmenter(noSegment ? null : SentenceSplitter.okapiDefault(languages.source));
        DocumentExtractor sourceExtractor = new DocumentExtractor(sentences);
        DocumentExtractor translationExtractor = new DocumentExtractor(new Segmenter(null));
        Instant now = Instant.now();
        String created = MemoryFile.created(now);
        List<TmEntry> entries = new ArrayList<>();
        int found = 0, paired = 0, skipped = 0, whole = 0, guessed = 0;
        for (Read source : sourceDocuments) {
            List<Long> recorded = recordedTranslations(source, pairing);
            Read translation = recorded.isEmpty() ? bySlug(source, translated) : byId(recorded, translated);
            if (translation == null) {
                err.println("warning: " + source.file() + ": no translation of it among --translations (" + how(source, recorded)
                        + "): pull it from the translation site");
                continue;
            }
            found++; // its translation is there, aligned or not
            String moved = movedThere(source, translation, pairing);
            if (moved != null) {
                err.println("warning: " + source.file() + ": not aligned with " + translation.file() + ": " + moved
                        + ", so pairing by place would pair other texts");
                continue;
            }
            // a site-wide document (settings, a menu, terms, widgets) has no post id: its items are paired by the record
            if (recorded.isEmpty() && !pairing.isEmpty() && source.document().postId() != null) {
                out.println("note: " + source.file() + ": the record names no translation of post " + source.document().postId()
                        + " (not pushed by wpxliff): paired by its slug with " + translation.file());
            }
            String changed = versions.changedSince(source.document(), translation.document());
            if (changed != null) {
                err.println("warning: " + source.file() + ": " + changed + ": not aligned with " + translation.file()
                        + ", whose units may translate another text than the post's now: align the post as it was"
                        + " translated (the XLIFF it was exported to holds it: give that file instead of the post), then"
                        + " export the changed one with --tm");
                continue;
            }
            Extraction from = sourceExtractor.extract(source.document(), config);
            Extraction to = translationExtractor.extract(translation.document(), config);
            PublishedPairs.Result result = PublishedPairs.of(from, to, sourceKeys(source.document(), pairing), sentences,
                    languages.source, languages.target, created);
            if (result.reshaped() != null) {
                err.println("warning: " + source.file() + ": not aligned with " + translation.file() + ": their structures"
                        + " differ (" + result.reshaped() + "): a block or element inserted, removed"
                        + " or split on either side moves the places of those after it, so pairing by place would pair"
                        + " other texts");
                continue;
            }
            paired++;
            // without a record, pairing by place is unconfirmed: paragraphs an editor moved there, or a translation of
            // another version, would pair other texts; so the pairs are offered, never pre-filled (as a guessed split)
            for (TmEntry e : result.pairs().entries()) entries.add(noRecord ? e.asGuess() : e);
            skipped += result.pairs().skipped();
            whole += result.pairs().whole();
            guessed += result.pairs().guessed();
            out.println(source.file() + " <> " + translation.file() + ": " + result.aligned() + " of " + result.units()
                    + " units aligned, " + result.pairs().entries().size() + " sentence pairs"
                    + (result.pairs().whole() > 0 ? " (" + result.pairs().whole() + " of them a unit of several sentences"
                    + " kept whole" + (result.pairs().guessed() > 0 ? ", " + result.pairs().guessed() + " split from those by"
                    + " the sentence rules: offered at 99 on export, never pre-filled" : "") + ")" : "")
                    + (result.pairs().skipped() > 0 ? ", " + result.pairs().skipped() + " sentence(s) left out (a unit's"
                    + " translation there has other codes than the source: the next export leaves it to translate)" : ""));
            if (result.aligned() < result.units()) {
                err.println("warning: " + source.file() + ": " + (result.units() - result.aligned()) + " unit(s) have no"
                        + " counterpart with the same codes in " + translation.file() + " (" + String.join(", ", result.missing())
                        + (result.units() - result.aligned() > result.missing().size() ? ", …" : "") + "): changed in"
                        + " structure there, or pulled another way (raw and rendered fields have other units)");
            }
        }
        if (found == 0) {
            err.println("error: no source post has its translation among --translations: nothing added to " + tm);
            return 1;
        }
        if (paired == 0) {
            err.println("error: no post could be aligned (see the warnings): nothing added to " + tm);
            return 1;
        }
        if (noRecord) {
            out.println("note: aligned without a push record (--no-record): the " + entries.size() + " pairs are"
                    + " unconfirmed (a paragraph moved there, or a translation of another version of the post, cannot be"
                    + " told by place alone): export --tm offers them at 99 and never pre-fills them, until a translator's"
                    + " segment confirms them");
        }
        boolean added = MemoryOutput.add(tm, new SentencePairs.Pairs(entries, skipped, whole, guessed), now,
                paired + " post(s)", out, err);
        if (found > paired) {
            // QA: on a site of hundreds of posts the warnings scroll by; the run says it and fails, as a batch does
            err.println("error: " + (found - paired) + " of the " + found + " post(s) whose translation is among"
                    + " --translations were not aligned (see the warnings); the others were added to " + tm);
            return 1;
        }
        return added ? 0 : 1;
    }

    /**
     * How a translation's unit keys become the source's: null for posts, pages and templates (the same keys, places in
     * their structure), else for the site-wide files whose keys hold each
     * site's own ids ({@code terms/ID/name}, {@code menu-item/ID/title}, {@code widget/text-3/title}): the push record
     * says which source term, menu item or widget each translated one is (null: none, or not one alone).
     */
    private static UnaryOperator<String> sourceKeys(SourceDocument source, List<PushRecord> records) {
        String prefix, type;
        switch (source.kind()) {
            case WP_TERMS -> {
                prefix = TermsFormat.KEY_PREFIX;
                type = "term:" + source.name().substring(TermsFormat.NAME_PREFIX.length());
            }
            case WP_MENU -> {
                prefix = MenuFormat.KEY_PREFIX;
                type = MenuPush.ITEM_TYPE;
            }
            case WP_WIDGETS -> {
                prefix = WidgetsFormat.KEY_PREFIX;
                type = WidgetPush.WIDGET_TYPE;
            }
            case WP_POST, WP_POST_RAW, HTML_PAGE -> {
                return null; // places in the post's structure (PublishedPairs)
            }
            default -> {
                return UnaryOperator.identity();
            }
        }
        return key -> {
            if (!key.startsWith(prefix)) return key; // (a unit beside the site-wide ones)
            int slash = key.indexOf('/', prefix.length());
            if (slash < 0) return null;
            String id = key.substring(prefix.length(), slash);
            // a widget's id is its kind and number (text-3); the record keeps the number, the source's id whole
            int dash = id.lastIndexOf('-');
            String number = type.equals(WidgetPush.WIDGET_TYPE) && dash > 0 ? id.substring(dash + 1) : id;
            String kind = type.equals(WidgetPush.WIDGET_TYPE) && dash > 0 ? id.substring(0, dash + 1) : "";
            if (!number.matches("[0-9]{1,18}")) return null;
            Set<String> sources = new TreeSet<>();
            for (PushRecord record : records) {
                for (String sourceId : record.sourcesOf(type, Long.parseLong(number))) {
                    if (sourceId.startsWith(kind)) sources.add(sourceId);
                }
            }
            return sources.size() == 1 ? prefix + sources.iterator().next() + key.substring(slash) : null;
        };
    }

    /** The source posts: XLIFF files named one by one give the post they were exported from, the rest are read as posts. */
    private static List<Read> readSources(List<Path> paths) throws InputException {
        List<Path> posts = new ArrayList<>();
        List<Read> exported = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isRegularFile(path) || !XliffInputs.EXTENSIONS.contains(extension(path))) {
                posts.add(path);
                continue;
            }
            try {
                for (ReturnedFile file : XliffFiles.read(path)) exported.add(new Read(path, Merger.exportedDocument(file)));
            } catch (XliffException e) {
                throw new InputException(path + ": " + e.getMessage());
            } catch (MergeException e) {
                throw new InputException(e.getMessage());
            }
        }
        List<Read> read = posts.isEmpty() ? new ArrayList<>() : read(ExtractionInputs.files(posts));
        read.addAll(exported);
        return read;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Read> read(List<Path> files) throws InputException {
        DocumentReader reader = new DocumentReader();
        List<Read> read = new ArrayList<>();
        for (Path file : files) {
            for (SourceDocument document : reader.readFile(file).documents()) read.add(new Read(file, document));
        }
        return read;
    }

    private static PushRecord record(Path path) throws InputException {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        if (!Files.isDirectory(path) && !path.getFileName().toString().equals(PushRecord.FILE_NAME)) {
            throw new InputException("--record " + path + ": not a push record (" + PushRecord.FILE_NAME + ", or the folder"
                    + " of merged files holding it)");
        }
        if (!Files.isRegularFile(folder.resolve(PushRecord.FILE_NAME))) {
            throw new InputException("--record " + path + ": no " + PushRecord.FILE_NAME + " there (push writes it beside"
                    + " the merged files it pushed)");
        }
        try {
            return PushRecord.load(folder);
        } catch (PushException e) {
            throw new InputException("--record: " + e.getMessage());
        }
    }

    /**
     * Why the translation's units are not in the places push put them, as far as the push record tells (editors moved
     * blocks there since: the same number of units, so the keys alone cannot see it), or null.
     */
    private static String movedThere(Read source, Read translation, List<PushRecord> records) {
        String sourceId = source.document().postId(), targetId = translation.document().postId();
        if (sourceId == null || targetId == null || !targetId.matches("[0-9]{1,18}")) return null;
        Field content = translation.document().field("content");
        if (content == null) return null;
        for (PushRecord record : records) {
            PushedText pushed = record.pushedTextOf(sourceId, Long.parseLong(targetId));
            if (pushed != null && pushed.blocksMovedThere("content", content.html())) {
                return "blocks of its content were moved there since wpxliff pushed it (" + record.file() + ")";
            }
        }
        return null;
    }

    /** The ids of the translations the push records name for the source post (none without records). */
    private static List<Long> recordedTranslations(Read source, List<PushRecord> records) {
        List<Long> ids = new ArrayList<>();
        String id = source.document().postId();
        if (id == null) return ids;
        for (PushRecord record : records) {
            for (long target : record.targetsOf(id)) if (!ids.contains(target)) ids.add(target);
        }
        return ids;
    }

    /**
     * The translation a record names, or null when none of them is among the translations: never another post of the
     * same slug, since the record says which post the translation is.
     */
    private static Read byId(List<Long> recorded, List<Read> translated) {
        for (long target : recorded) {
            for (Read candidate : translated) {
                if (Long.toString(target).equals(candidate.document().postId())) return candidate;
                if (target == candidate.savedCopyId()) return candidate;
            }
        }
        return null;
    }

    /**
     * A theme template's or part's saved copy: its post id ({@code wp_id}), which the push record names, as its
     * {@code id} is the theme's name for it ({@code twentytwentythree//footer}); 0 for any other document (QA: a
     * footer edited on the Korean site could not be aligned with --record).
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static long savedCopyId(SourceDocument document) {
        if (document.postId() == null || !document.postId().contains("//")) return 0;
        try {
            return JSON.readTree(document.text()).path("wp_id").asLong(0);
        } catch (java.io.IOException e) {
            return 0; // read as a post before: not expected; then it is simply not this one
        }
    }

    /** The translation of the source's slug and kind (raw or rendered fields); null when none, or several of its slug. */
    private static Read bySlug(Read source, List<Read> translated) {
        Read found = null;
        for (Read candidate : translated) {
            if (candidate.document().name().equals(source.document().name())
                    && candidate.document().kind() == source.document().kind()) {
                if (found != null) return null; // two of that slug: not guessed
                found = candidate;
            }
        }
        return found;
    }

    private static String how(Read source, List<Long> recorded) {
        if (!recorded.isEmpty()) {
            return "the push record names post " + recorded.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + " as its translation";
        }
        return "none with the slug " + source.document().name() + " read the same way (raw or rendered fields)";
    }
}
