package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.Exporter;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.EmbeddedDocument;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.RawPostFormat;
import net.wpxliff.input.RenderedPostFormat;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.testing.BlockTrees;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.TranslationOf;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.cli;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.output;
import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post read with {@code context=edit} (issue 8, points 1 and 5): exported from its raw fields, merged into
 * both its raw and its rendered fields, written as the {@code .ko.json} (the English id recorded as
 * {@code translation_of}) and as the {@code .ko.post.json} WordPress accepts.
 */
class RawPostTest {
    private static final Path RAW = Exports.resource("/raw/river-deltas.edit.json");
    private static final Path RAW_EMPTY_EXCERPT = Exports.resource("/excerpt/raw-empty.edit.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SourceDocument read(Path file) throws InputException {
        List<SourceDocument> posts = new DocumentReader().read(file);
        assertEquals(1, posts.size());
        return posts.get(0);
    }

    private static JsonNode source() throws IOException {
        return JSON.readTree(RAW.toFile());
    }

    // ------------------------------------------------------------------ reading

    @Test
    void aPostWithRawFieldsIsReadFromThem() throws Exception {
        SourceDocument post = read(RAW);
        JsonNode source = source();
        assertEquals(SourceDocument.Kind.WP_POST_RAW, post.kind());
        assertEquals(List.of("title", "excerpt", "content"), post.fields().stream().map(Field::key).toList());
        for (Field field : post.fields()) {
            assertEquals(source.path(field.key()).path("raw").asText(), field.html(), field.key() + " is the raw string");
            // the span is the raw string token itself, quotes included
            assertEquals(field.html(), JSON.readValue(post.text().substring(field.tokenStart(), field.tokenEnd()), String.class),
                    field.key() + ": the span is the raw token");
            assertEquals(field.key().equals("title") ? Field.Markup.HTML : Field.Markup.EDITOR, field.markup(), field.key());
        }
        assertEquals("Why River Deltas Don't Stay Put", post.field("title").html());
        assertEquals("812", post.postId());
        assertEquals("river-deltas", post.name());
    }

    @Test
    void theRenderedViewIsTheSamePostsRenderedFieldsWithTheirSpans() throws Exception {
        SourceDocument post = read(RAW);
        SourceDocument rendered = RawPostFormat.INSTANCE.renderedView(post);
        JsonNode source = source();
        assertEquals(SourceDocument.Kind.WP_POST, rendered.kind());
        assertEquals(post.text(), rendered.text());
        assertEquals(post.name(), rendered.name());
        assertEquals(List.of("title", "excerpt", "content"), rendered.fields().stream().map(Field::key).toList());
        for (Field field : rendered.fields()) {
            assertEquals(source.path(field.key()).path("rendered").asText(), field.html(), field.key());
            assertEquals(field.html(), JSON.readValue(post.text().substring(field.tokenStart(), field.tokenEnd()), String.class));
            assertEquals(Field.Markup.HTML, field.markup());
        }
        // an excerpt WordPress generated is left for WordPress in both views
        SourceDocument generated = read(RAW_EMPTY_EXCERPT);
        assertNull(generated.field("excerpt"));
        assertNull(RawPostFormat.INSTANCE.renderedView(generated).field("excerpt"));
    }

    @Test
    void publicJsonIsReadAsBeforeAndEachPostOfAnArrayByItsOwnFields(@TempDir Path dir) throws Exception {
        assertEquals(SourceDocument.Kind.WP_POST, read(MergeSupport.SEED).kind());
        String raw = Files.readString(RAW), view = Files.readString(MergeSupport.SEED);
        Path array = Files.writeString(dir.resolve("both.json"), "[" + raw + ",\n" + view + "]");
        List<SourceDocument> posts = new DocumentReader().read(array);
        assertEquals(List.of(SourceDocument.Kind.WP_POST_RAW, SourceDocument.Kind.WP_POST),
                posts.stream().map(SourceDocument::kind).toList());
        assertEquals(raw, posts.get(0).text());
    }

    @Test
    void aPayloadRecordedAsRenderedStaysRenderedThoughThePostHasRawFields() throws Exception {
        // files exported before raw fields were read record WP_POST: they still merge into the rendered fields
        String text = Files.readString(RAW);
        SourceDocument restored = RenderedPostFormat.INSTANCE.restore(new EmbeddedDocument(RAW, RAW.toString(), "river-deltas",
                text, StandardCharsets.UTF_8, false));
        assertEquals(SourceDocument.Kind.WP_POST, restored.kind());
        assertEquals(source().path("content").path("rendered").asText(), restored.field("content").html());
    }

    @Test
    void sourceOptionFindsThePostOfAFileExportedBeforeRawFieldsWereRead(@TempDir Path dir) throws Exception {
        // what an earlier version exported from a context=edit post: its rendered fields, recorded as WP_POST
        String text = Files.readString(RAW);
        SourceDocument rendered = RenderedPostFormat.INSTANCE.read(RAW, text, StandardCharsets.UTF_8, false).get(0);
        Exporter.Result old = Exports.exporter(net.wpxliff.xliff.XliffFormat.XLIFF12, true).export(rendered);
        Path xlf = MergeSupport.write(dir, "old.ko.xlf", old.xliff());
        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", dir.resolve("ko").toString(), "--no-link-rewrite",
                "--source", RAW.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(TranslationOf.renamed(text), Files.readString(dir.resolve("ko").resolve("river-deltas.ko.json")));
    }

    @Test
    void aPostWithSomeRawFieldsOnlyIsRefusedWithWhatToDo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("half.json"), "{\"id\":3,\"slug\":\"half\",\"title\":{\"raw\":\"Half\","
                + "\"rendered\":\"Half\"},\"content\":{\"rendered\":\"<p>Only rendered.</p>\"}}");
        InputException e = assertThrows(InputException.class, () -> new DocumentReader().read(file));
        assertTrue(e.getMessage().contains(file + ": content has no raw string") && e.getMessage().contains("?context=edit"),
                e.getMessage());
    }

    // ------------------------------------------------------------------ export

    @Test
    void exportTranslatesTheRawFields() {
        Exporter.Result exported = MergeSupport.exportOne(RAW, false);
        List<String> texts = exported.extraction().units().stream().map(u -> u.field() + ": " + u.source().plainText()).toList();
        assertTrue(texts.contains("title: Why River Deltas Don't Stay Put"), texts.toString());
        assertTrue(texts.contains("excerpt: Sediment, floods and time: how a delta grows."), texts.toString());
        assertTrue(texts.contains("content: The delta seen from orbit."), texts.toString());
        for (TextUnit unit : exported.extraction().units()) {
            assertFalse(unit.source().plainText().contains("wp:"), unit.id() + ": a block delimiter is never text");
        }
        assertTrue(exported.xliff().contains("<note from=\"wpxliff\">post title</note>"), "notes as for rendered posts");
        assertTrue(exported.xliff().contains("category=\"wordpress-post\""));
    }

    // ------------------------------------------------------------------ merge

    @Test
    void identityMergeGivesTheRawFieldsAndThePostBackByteForByte(@TempDir Path dir) throws IOException {
        Exporter.Result exported = MergeSupport.exportOne(RAW, true);
        DocumentMerger.Result result = MergeSupport.mergeText(dir, "raw.ko.xlf", exported.xliff(), STRICT);
        for (Field f : exported.document().fields()) assertEquals(f.html(), field(result, f.key()), f.key());
        assertArrayEquals(TranslationOf.renamed(Files.readAllBytes(RAW)), output(result, ".ko.json"),
                "the post byte for byte, its id recorded as translation_of");
        assertEquals(source().path("content").path("rendered").asText(), outputText(result, ".ko.html"));
    }

    /** Exports the fixture, pseudo-translates it with the CLI and merges the result. */
    static DocumentMerger.Result pseudoMerge(Path dir, Path post) throws Exception {
        Path xliff = dir.resolve("x"), pseudo = dir.resolve("p");
        assertEquals(0, cli("export", post.toString(), "-o", xliff.toString()).exitCode());
        MergeSupport.CliRun run = cli("pseudo", xliff.toString(), "-o", pseudo.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Path> files = MergeSupport.filesUnder(pseudo);
        assertEquals(1, files.size());
        MergeSupport.CliRun validate = cli("validate", pseudo.toString());
        assertEquals(0, validate.exitCode(), "validate accepts the raw post: " + validate.out() + validate.err());
        return MergeSupport.merge(files.get(0), STRICT);
    }

    @Test
    void pseudoMergeTranslatesTheRawFieldsAndKeepsTheBlockTree(@TempDir Path dir) throws Exception {
        DocumentMerger.Result result = pseudoMerge(dir, RAW);
        JsonNode source = source();
        JsonNode ko = JSON.readTree(outputText(result, ".ko.json"));
        for (String key : List.of("title", "excerpt", "content")) {
            String merged = ko.path(key).path("raw").asText();
            assertEquals(field(result, key), merged, key + ".raw is the merged raw field");
            assertNotEquals(source.path(key).path("raw").asText(), merged, key + ".raw is translated");
        }
        assertTrue(ko.path("title").path("raw").asText().startsWith("⟦"), ko.path("title").toString());
        assertEquals(BlockTrees.of(source.path("content").path("raw").asText()),
                BlockTrees.of(ko.path("content").path("raw").asText()), "the same blocks, nesting and attributes");
        assertEquals(11, BlockTrees.of(source.path("content").path("raw").asText()).size(), "the fixture's blocks");
        // the rendered fields are what the fill step made of them; the .ko.html is the rendered content
        assertEquals(ko.path("content").path("rendered").asText(), outputText(result, ".ko.html"));

        ObjectNode expected = ((ObjectNode) source).deepCopy();
        expected.set("translation_of", expected.remove("id"));
        for (String key : List.of("title", "excerpt", "content")) {
            ((ObjectNode) expected.path(key)).set("raw", ko.path(key).path("raw"));
            ((ObjectNode) expected.path(key)).set("rendered", ko.path(key).path("rendered"));
        }
        assertEquals(expected, ko, "every other member as in the source (links not rewritten here)");
    }

    @Test
    void thePostBodyIsWhatWordPressAcceptsWithTheRawFields(@TempDir Path dir) throws Exception {
        DocumentMerger.Result result = pseudoMerge(dir, RAW);
        String text = outputText(result, ".ko.post.json");
        JsonNode body = JSON.readTree(text);
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("title", "content", "excerpt", "slug", "status"), keys);
        for (String key : List.of("title", "content", "excerpt")) assertEquals(field(result, key), body.path(key).asText(), key);
        assertEquals("river-deltas", body.path("slug").asText());
        assertEquals("draft", body.path("status").asText());
        assertTrue(text.contains("\"title\" : \"⟦"), "UTF-8, not escaped: " + text);
        assertTrue(text.endsWith("}\n"));
        assertArrayEquals(output(result, ".ko.post.json"), output(MergeSupport.merge(MergeSupport.filesUnder(dir.resolve("p")).get(0),
                STRICT), ".ko.post.json"), "the same bytes every time");
    }

    @Test
    void aGeneratedExcerptIsNotInThePostBody(@TempDir Path dir) throws Exception {
        DocumentMerger.Result result = pseudoMerge(dir, RAW_EMPTY_EXCERPT);
        JsonNode body = JSON.readTree(outputText(result, ".ko.post.json"));
        assertTrue(body.path("excerpt").isMissingNode(), body.toString());
        assertTrue(body.path("id").isMissingNode());
        assertEquals(field(result, "content"), body.path("content").asText());
        assertTrue(body.path("content").asText().startsWith("<!-- wp:paragraph -->\n<p>⟦"), "the raw content: " + body);
    }

    @Test
    void aPostWithRawFieldsOnlyMergesWithoutAnHtmlFile(@TempDir Path dir) throws Exception {
        // what a WordPress export file (WXR) gives: no rendered field
        Path post = Files.writeString(dir.resolve("only-raw.json"), "{\"id\":41,\"slug\":\"only-raw\",\"type\":\"page\","
                + "\"title\":{\"raw\":\"Only raw fields here\"},\"content\":{\"raw\":\"<!-- wp:paragraph -->\\n<p>A page"
                + " read from an export file has raw fields only.</p>\\n<!-- /wp:paragraph -->\"},\"excerpt\":{\"raw\":\"\"}}");
        DocumentMerger.Result result = pseudoMerge(dir, post);
        assertEquals(List.of(".ko.json", ".ko.post.json"), result.outputs().stream().map(DocumentMerger.Output::suffix).toList());
        JsonNode ko = JSON.readTree(outputText(result, ".ko.json"));
        assertEquals(field(result, "content"), ko.path("content").path("raw").asText());
        assertEquals(41, ko.path("translation_of").asInt());
        assertEquals("", ko.path("excerpt").path("raw").asText(), "the generated excerpt is left for WordPress");
        JsonNode body = JSON.readTree(outputText(result, ".ko.post.json"));
        assertEquals(field(result, "title"), body.path("title").asText());
        assertTrue(body.path("excerpt").isMissingNode());
    }

    @Test
    void aRenderedPostsBodyHoldsItsTranslatedRenderedFields(@TempDir Path dir) throws Exception {
        DocumentMerger.Result result = pseudoMerge(dir, MergeSupport.SEED);
        JsonNode body = JSON.readTree(outputText(result, ".ko.post.json"));
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("title", "content", "excerpt", "slug", "status"), keys);
        for (String key : List.of("title", "content", "excerpt")) assertEquals(field(result, key), body.path(key).asText(), key);
        assertEquals(JSON.readTree(MergeSupport.SEED.toFile()).path("slug").asText(), body.path("slug").asText());
        assertTrue(outputText(result, ".ko.json").startsWith("{\"translation_of\":261198,"));
    }
}
