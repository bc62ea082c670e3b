package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.testing.BlockTrees;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.testing.TranslationOf;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Issue 8's acceptance for raw fields on the shared corpus ({@code ../shared/corpus/wp}; skipped, with a message,
 * without it):
 * <ul>
 * <li>every {@code *.edit.json} ({@code context=edit}) exports from its raw fields: the units of
 * {@code content} come from {@code content.raw};</li>
 * <li>identity merge (translation = source) gives the raw fields, and the post with its id recorded as
 * {@code translation_of}, byte for byte;</li>
 * <li>pseudo-translated and merged, the translated {@code content.raw} has the same block tree: names,
 * nesting and attributes (no attribute is a unit yet, so all of them equal);</li>
 * <li>the {@code .ko.post.json} of every corpus post (public and {@code context=edit} files) after a pseudo merge
 * has every text field translated (different from the source field it came from), no {@code id}, nothing but
 * title, content, excerpt, slug and status; an excerpt WordPress generated is neither a unit nor in it.</li>
 * </ul>
 */
class RawCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BODY_KEYS = Set.of("title", "content", "excerpt", "slug", "status");

    @TempDir
    static Path work;

    private static final Map<String, AtomicInteger> PASSED = new LinkedHashMap<>();
    private static int editFiles, postFiles;
    private static final List<String> FIELDS_WITHOUT_UNITS = java.util.Collections.synchronizedList(new ArrayList<>());

    private static List<Path> postFiles() {
        try (Stream<Path> walk = Files.walk(SharedCorpus.ROOT.resolve("wp"))) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEdit(Path file) {
        return file.getFileName().toString().endsWith(".edit.json");
    }

    private static String name(Path file) {
        return Exports.corpusName(file);
    }

    private static void passed(String check) {
        synchronized (PASSED) {
            PASSED.computeIfAbsent(check, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @TestFactory
    Stream<DynamicNode> rawFieldsOnTheCorpus() {
        if (!SharedCorpus.present()) return SharedCorpus.missing("raw fields on the corpus");
        List<Path> posts = postFiles();
        List<Path> edits = posts.stream().filter(RawCorpusTest::isEdit).toList();
        postFiles = posts.size();
        editFiles = edits.size();
        assertTrue(editFiles >= 80, "the corpus has 80 context=edit posts; found " + editFiles);
        return Stream.of(
                dynamicContainer("edit.json exports from raw fields",
                        edits.stream().map(f -> dynamicTest(name(f), () -> exportsFromRaw(f)))),
                dynamicContainer("identity merge of raw fields is byte-exact",
                        edits.stream().map(f -> dynamicTest(name(f), () -> identity(f)))),
                dynamicContainer("pseudo merge keeps the block tree",
                        edits.stream().map(f -> dynamicTest(name(f), () -> sameBlockTree(f)))),
                dynamicContainer("post body: translated, no id",
                        posts.stream().map(f -> dynamicTest(name(f), () -> postBody(f)))));
    }

    @AfterAll
    static void summary() {
        if (PASSED.isEmpty()) return;
        StringBuilder line = new StringBuilder("RawCorpusTest: " + editFiles + " edit.json posts, " + postFiles
                + " post files;");
        PASSED.forEach((check, n) -> line.append(' ').append(check).append(": ").append(n).append(';'));
        line.append(" text fields without units (nothing to translate): ").append(FIELDS_WITHOUT_UNITS);
        System.out.println(line);
    }

    // ------------------------------------------------------------------ export

    private static void exportsFromRaw(Path file) throws Exception {
        List<Exporter.Result> results = Exports.export(file, XliffFormat.XLIFF12, false);
        assertEquals(1, results.size());
        Exporter.Result exported = results.get(0);
        SourceDocument doc = exported.document();
        JsonNode source = JSON.readTree(file.toFile());
        assertEquals(SourceDocument.Kind.WP_POST_RAW, doc.kind(), name(file));
        assertEquals(source.path("content").path("raw").asText(), doc.field("content").html(), "content is content.raw");
        assertEquals(source.path("title").path("raw").asText(), doc.field("title").html(), "title is title.raw");
        String content = doc.field("content").html();
        for (TextUnit unit : exported.extraction().unitsOf("content")) {
            assertTrue(unit.spanEnd() <= content.length() && !content.substring(unit.spanStart(), unit.spanEnd()).isBlank(),
                    unit.id() + ": a piece of content.raw");
        }
        boolean generated = source.path("excerpt").path("raw").asText().isEmpty();
        assertEquals(generated, doc.field("excerpt") == null, "excerpt field unless generated");
        assertEquals(generated, exported.extraction().unitsOf("excerpt").isEmpty(), "an excerpt unit unless generated");
        passed("exports from raw");
    }

    // ------------------------------------------------------------------ identity

    private static void identity(Path file) throws Exception {
        Exporter.Result exported = Exports.exportOne(file, XliffFormat.XLIFF12, true);
        Path xlf = Files.createTempFile(work, "identity", ".xlf");
        Files.writeString(xlf, exported.xliff());
        DocumentMerger.Result merged;
        try {
            merged = MergeSupport.merge(xlf, STRICT);
        } catch (MergeException e) {
            throw new AssertionError("merge refused:" + MergeSupport.describe(e), e);
        }
        for (Field f : exported.document().fields()) {
            assertEquals(f.html(), field(merged, f.key()), f.key() + ".raw byte for byte");
        }
        assertEquals(TranslationOf.renamed(exported.document().text()), outputText(merged, ".ko.json"),
                "the post byte for byte, its id recorded as translation_of");
        Files.delete(xlf);
        passed("identity byte-exact");
    }

    // ------------------------------------------------------------------ pseudo

    /** Each post file's export (no targets) and the XLIFF {@code wpxliff pseudo} made of it, by source file. */
    private record Pseudo(Map<Path, Exporter.Result> exports, Map<Path, Path> pseudo, String cliErrors) {
    }

    private static Pseudo batch;

    /** Exports every post file, runs {@code wpxliff pseudo} once over all of them, finds each output's source. */
    private static synchronized Pseudo pseudo() throws Exception {
        if (batch != null) return batch;
        Path in = Files.createDirectories(work.resolve("exported")), out = work.resolve("pseudo");
        Map<Path, Exporter.Result> exports = new HashMap<>();
        int n = 0;
        for (Path file : postFiles()) {
            Exporter.Result result = Exports.exportOne(file, XliffFormat.XLIFF12, false);
            exports.put(file, result);
            Files.writeString(in.resolve(String.format("%04d.xlf", n++)), result.xliff());
        }
        MergeSupport.CliRun run = MergeSupport.cli("pseudo", in.toString(), "-o", out.toString());
        Map<Path, Path> pseudo = new HashMap<>();
        for (Path xlf : MergeSupport.filesUnder(out)) {
            pseudo.put(Path.of(Merger.embeddedSource(XliffFiles.read(xlf).get(0)).origin()), xlf);
        }
        batch = new Pseudo(exports, pseudo, run.err());
        return batch;
    }

    private static DocumentMerger.Result pseudoMerged(Path file) throws Exception {
        Path xlf = pseudo().pseudo().get(file);
        if (xlf == null) fail("wpxliff pseudo wrote nothing for " + file + "; its errors:\n" + pseudo().cliErrors());
        try {
            return MergeSupport.merge(xlf, STRICT);
        } catch (MergeException e) {
            throw new AssertionError("merge refused:" + MergeSupport.describe(e), e);
        }
    }

    private static void sameBlockTree(Path file) throws Exception {
        DocumentMerger.Result merged = pseudoMerged(file);
        JsonNode ko = JSON.readTree(outputText(merged, ".ko.json"));
        String source = JSON.readTree(file.toFile()).path("content").path("raw").asText();
        String translated = ko.path("content").path("raw").asText();
        assertEquals(field(merged, "content"), translated, "content.raw of the .ko.json is the merged content");
        // the block-attribute units' values are translated; every other attribute, name and nesting stays
        java.util.Set<String> keys = BlockTrees.translatedAttributes(pseudo().exports().get(file).extraction());
        List<String> tree = BlockTrees.of(source, keys, "content");
        assertEquals(tree, BlockTrees.of(translated, keys, "content"), "block names, nesting and attributes");
        if (!pseudo().exports().get(file).extraction().unitsOf("content").isEmpty()) {
            assertNotEquals(source, translated, "content.raw is translated");
        }
        passed("same block tree");
    }

    private static void postBody(Path file) throws Exception {
        DocumentMerger.Result merged = pseudoMerged(file);
        Exporter.Result exported = pseudo().exports().get(file);
        JsonNode body = JSON.readTree(outputText(merged, ".ko.post.json"));
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertTrue(BODY_KEYS.containsAll(keys), "only " + BODY_KEYS + ": " + keys);
        assertFalse(body.has("id"), "no id");
        assertEquals("draft", body.path("status").asText());
        JsonNode source = JSON.readTree(file.toFile());
        String form = isEdit(file) ? "raw" : "rendered";
        for (String key : List.of("title", "content", "excerpt")) {
            Field field = exported.document().field(key);
            if (field == null) {
                assertFalse(body.has(key) && key.equals("excerpt"), "an excerpt WordPress generated is not in the body");
                continue;
            }
            if (field.html().isEmpty() && key.equals("excerpt")) {
                assertFalse(body.has(key), "an empty excerpt (WordPress generates one) is not in the body");
                continue;
            }
            assertNotNull(body.get(key), key);
            String sourceText = source.path(key).path(form).asText();
            assertEquals(sourceText, field.html(), key + " is the source's " + form + " field");
            if (exported.extraction().unitsOf(key).isEmpty()) {
                FIELDS_WITHOUT_UNITS.add(name(file) + " " + key);
                continue;
            }
            assertNotEquals(sourceText, body.get(key).asText(), key + " is translated");
        }
        if (exported.document().field("excerpt") == null && source.has("excerpt")) {
            assertTrue(exported.extraction().unitsOf("excerpt").isEmpty(), "a generated excerpt is no unit");
            assertFalse(body.has("excerpt"), "a generated excerpt is not in the body");
            passed("generated excerpt left out");
        }
        passed("post body translated, no id");
    }
}
