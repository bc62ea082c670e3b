package net.wpxliff.bench;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.Field;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.xliff.ExportOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes the scaling benchmark was profiled on (one huge paragraph, deep nesting, many siblings,
 * many codes in one sentence, many JSON-LD strings, blocks inside deep inline markup) export and merge
 * back exactly, at sizes small enough for the test suite. Their speed is the benchmark's business.
 */
class GeneratedPostsTest {
    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> longPostShapesMergeBackExactly() {
        Map<String, String> shapes = Map.of(
                "blocks", GeneratedPosts.blocks(600),
                "huge paragraph", GeneratedPosts.hugeParagraph(400),
                "deep nesting", GeneratedPosts.deepNesting(300),
                "many siblings", GeneratedPosts.manySiblings(2000),
                "many codes", GeneratedPosts.manyCodes(2000),
                "many JSON-LD strings", GeneratedPosts.manyJsonLdStrings(1000),
                "deep inline", GeneratedPosts.deepInline(200, 100));
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, true));
        Merger merger = new Merger(new DocumentMerger.Options(false, false)); // no link rewriting: an identity merge
        return shapes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(shape -> DynamicTest.dynamicTest(shape.getKey(), () -> {
            Path post = work.resolve(shape.getKey().replace(' ', '-') + ".json");
            Files.writeString(post, shape.getValue(), StandardCharsets.UTF_8);
            Exporter.Result result = exporter.export(post).get(0);
            assertTrue(result.extraction().units().size() > 2, shape.getKey() + ": units found");
            Path xlf = work.resolve(post.getFileName() + ".xlf");
            Files.writeString(xlf, result.xliff(), StandardCharsets.UTF_8);
            Merger.FileOutcome outcome = merger.check(xlf);
            assertTrue(outcome.ok(), shape.getKey() + ": " + outcome.problems());
            for (Field f : result.document().fields()) {
                assertEquals(f.html(), outcome.results().get(0).fields().get(f.key()), shape.getKey() + ": field " + f.key());
            }
        }));
    }
}
