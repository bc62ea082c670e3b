package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.align.PostFile;
import net.wpxliff.align.RecordedKeys;
import net.wpxliff.align.TranslatedVersions;
import net.wpxliff.align.TranslationFinder;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.MergeException;
import net.wpxliff.push.PushException;
import net.wpxliff.push.PushRecord;
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
import java.util.concurrent.Callable;

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
    @Override
    public Integer call() {
        List<PostFile> sourceDocuments, translated;
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
        TranslationFinder finder = new TranslationFinder(translated, pairing);
        List<TmEntry> entries = new ArrayList<>();
        int found = 0, paired = 0, skipped = 0, whole = 0, guessed = 0;
        for (PostFile source : sourceDocuments) {
            TranslationFinder.Found match = finder.find(source);
            PostFile translation = match.translation();
            if (translation == null) {
                err.println("warning: " + source.file() + ": no translation of it among --translations (" + match.none()
                        + "): pull it from the translation site");
                continue;
            }
            found++; // its translation is there, aligned or not
            String moved = finder.movedThere(source, translation);
            if (moved != null) {
                err.println("warning: " + source.file() + ": not aligned with " + translation.file() + ": " + moved
                        + ", so pairing by place would pair other texts");
                continue;
            }
            // a site-wide document (settings, a menu, terms, widgets) has no post id: its items are paired by the record
            if (!match.recorded() && !pairing.isEmpty() && source.document().postId() != null) {
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
            PublishedPairs.Result result = PublishedPairs.of(from, to, RecordedKeys.of(source.document(), pairing), sentences,
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

    /** The source posts: XLIFF files named one by one give the post they were exported from, the rest are read as posts. */
    private static List<PostFile> readSources(List<Path> paths) throws InputException {
        List<Path> posts = new ArrayList<>();
        List<PostFile> exported = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isRegularFile(path) || !XliffInputs.EXTENSIONS.contains(extension(path))) {
                posts.add(path);
                continue;
            }
            try {
                for (ReturnedFile file : XliffFiles.read(path)) exported.add(PostFile.of(path, Merger.exportedDocument(file)));
            } catch (XliffException e) {
                throw new InputException(path + ": " + e.getMessage());
            } catch (MergeException e) {
                throw new InputException(e.getMessage());
            }
        }
        List<PostFile> read = posts.isEmpty() ? new ArrayList<>() : read(ExtractionInputs.files(posts));
        read.addAll(exported);
        return read;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<PostFile> read(List<Path> files) throws InputException {
        DocumentReader reader = new DocumentReader();
        List<PostFile> read = new ArrayList<>();
        for (Path file : files) {
            for (SourceDocument document : reader.readFile(file).documents()) read.add(PostFile.of(file, document));
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
}
