package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Forgery;
import net.wpxliff.testing.Forgery.SignatureChoice;
import net.wpxliff.trust.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output names come from posts and returned files, both untrusted: they are cleaned in one place and always land
 * inside {@code -o}; posts whose slug starts with a dot round trip; merge names outputs after the post each file
 * belongs to, never after the order it reads files in.
 */
class UntrustedNamesTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    private static final Path PAGE = Path.of("src/test/resources/fixtures/features.html");

    /** Every file under {@code dir}, relative, sorted. */
    private static Set<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path exportPage(Path dir, String format) {
        Cli.Run run = Cli.run("export", PAGE.toString(), "-o", dir.toString(), "--copy-source", "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        return dir.resolve("features.ko.xlf");
    }

    /** A page whose signed payload names {@code name}: as if the exporting side had exported such a page. */
    private static Path signedWithName(Path exported, String name) throws Exception {
        SigningKey key = SigningKey.resolve(null, false); // the exporting key (under target/, see pom.xml)
        String xliff = Forgery.replace(Files.readString(exported), s -> Forgery.withNames(s, name, name, s.origin()),
                SignatureChoice.key(key));
        Path file = exported.resolveSibling("renamed.ko.xlf");
        Files.writeString(file, xliff);
        Files.delete(exported);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void aRelativeOrAbsoluteNameInThePayloadNeverWritesOutsideTheOutputDirectory(String format, @TempDir Path dir) throws Exception {
        Path absolute = dir.resolve("abs").resolve("x").toAbsolutePath();
        for (String name : List.of("../x", "../../../x", absolute.toString())) {
            Path work = Files.createDirectories(dir.resolve("w" + Math.abs(name.hashCode())));
            Path file = signedWithName(exportPage(work.resolve("xliff"), format), name);
            Path out = work.resolve("a/b/out");
            Cli.Run merge = Cli.run("merge", file.toString(), "-o", out.toString());
            assertEquals(0, merge.exitCode(), merge.err());
            Set<String> written = tree(work);
            written.remove("xliff/renamed.ko.xlf");
            assertEquals(1, written.size(), name + ": one output, in -o: " + written);
            String only = written.iterator().next();
            assertTrue(only.startsWith("a/b/out/") && !only.substring(8).startsWith(".") && !only.substring(8).contains("/"), only);
            assertFalse(Files.exists(absolute.resolveSibling("x.ko.html")), "nothing at the absolute name");
        }
        assertFalse(Files.exists(dir.resolve("abs")), "nothing at the absolute name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void aControlCharacterInTheOriginIsRefusedNotACrash(String format, @TempDir Path dir) throws Exception {
        Path exported = exportPage(dir.resolve("xliff"), format);
        SigningKey key = SigningKey.resolve(null, false);
        String xliff = Forgery.replace(Files.readString(exported), s -> Forgery.withNames(s, s.name(), s.outputName(), "a\u0000b"),
                SignatureChoice.key(key));
        Files.writeString(exported, xliff);
        for (String command : List.of("validate", "merge")) {
            Cli.Run run = command.equals("merge")
                    ? Cli.run("merge", exported.toString(), "-o", dir.resolve("out").toString(), "--trust-embedded-source")
                    : Cli.run("validate", exported.toString());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue((run.out() + run.err()).contains("invalid origin \"a\\u0000b\""), run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** One post per slug, each with its own id. */
    private static Path posts(Path dir, List<String> slugs) throws IOException {
        String seed = Files.readString(SEED);
        Files.createDirectories(dir);
        for (int i = 0; i < slugs.size(); i++) {
            String post = seed.replace("\"slug\":\"chinese-tech-giants-open-protocol-ai-development\"", "\"slug\":\"" + slugs.get(i) + "\"")
                    .replaceFirst("^\\{\"id\":261198,", "{\"id\":" + (i + 1) + ",");
            assertTrue(post.startsWith("{\"id\":" + (i + 1) + ",") && post.contains("\"slug\":\"" + slugs.get(i) + "\""));
            Files.writeString(dir.resolve("post" + (i + 1) + ".json"), post);
        }
        return dir;
    }

    private static String postId(Path json) throws IOException {
        String text = Files.readString(json);
        // the source post's id, recorded as translation_of in the .ko.json (issue 8 point 5)
        return text.substring("{\"translation_of\":".length(), text.indexOf(','));
    }

    @Test
    void slugsStartingWithADotRoundTripThroughExportPseudoValidateAndMerge(@TempDir Path dir) throws IOException {
        Path in = posts(dir.resolve("in"), List.of(".hidden", ".", "..", "../../x"));
        Cli.Run export = Cli.run("export", in.toString(), "-o", dir.resolve("xliff").toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals(Set.of("_hidden.ko.xlf", "_.ko.xlf", "__.ko.xlf", "__-..-x.ko.xlf"), tree(dir.resolve("xliff")));

        Cli.Run pseudo = Cli.run("pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        assertEquals(0, pseudo.exitCode(), pseudo.err());
        assertEquals(tree(dir.resolve("xliff")), tree(dir.resolve("pseudo")));

        Cli.Run validate = Cli.run("validate", dir.resolve("pseudo").toString());
        assertEquals(0, validate.exitCode(), validate.out());
        assertEquals(4, validate.out().lines().filter(l -> l.contains(": ok (")).count(), validate.out());

        Cli.Run merge = Cli.run("merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        Path ko = dir.resolve("ko");
        assertEquals(Set.of("_hidden.ko.html", "_hidden.ko.json", "_hidden.ko.post.json", "_.ko.html", "_.ko.json",
                "_.ko.post.json", "__.ko.html", "__.ko.json", "__.ko.post.json", "__-..-x.ko.html", "__-..-x.ko.json",
                "__-..-x.ko.post.json"), tree(ko));
        assertEquals("1", postId(ko.resolve("_hidden.ko.json")));
        assertEquals("2", postId(ko.resolve("_.ko.json")));
        assertEquals("3", postId(ko.resolve("__.ko.json")));
        assertEquals("4", postId(ko.resolve("__-..-x.ko.json")));
    }

    @Test
    void duplicateSlugsMergeToTheNamesExportGaveThemWhateverTheReadOrder(@TempDir Path dir) throws IOException {
        Path in = posts(dir.resolve("in"), List.of("same", "same"));
        Path xliff = dir.resolve("xliff");
        assertEquals(0, Cli.run("export", in.toString(), "-o", xliff.toString(), "--copy-source").exitCode());
        assertEquals(Set.of("same.ko.xlf", "same-2.ko.xlf"), tree(xliff));

        // "same-2.ko.xlf" sorts before "same.ko.xlf": merge reads post 2 first
        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", dir.resolve("ko").toString(), "-j", "1");
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals("1", postId(dir.resolve("ko/same.ko.json")));
        assertEquals("2", postId(dir.resolve("ko/same-2.ko.json")));

        // file names swapped (post 2's file is read first, as a.ko.xlf): still named after the post each file belongs to
        Path swapped = Files.createDirectories(dir.resolve("swapped"));
        Files.copy(xliff.resolve("same.ko.xlf"), swapped.resolve("z.ko.xlf"));
        Files.copy(xliff.resolve("same-2.ko.xlf"), swapped.resolve("a.ko.xlf"));
        Cli.Run again = Cli.run("merge", swapped.toString(), "-o", dir.resolve("ko2").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(Set.of("same.ko.html", "same.ko.json", "same.ko.post.json", "same-2.ko.html", "same-2.ko.json",
                "same-2.ko.post.json"), tree(dir.resolve("ko2")));
        assertEquals("1", postId(dir.resolve("ko2/same.ko.json")));
        assertEquals("2", postId(dir.resolve("ko2/same-2.ko.json")));
    }
}
