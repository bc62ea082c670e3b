package net.wpxliff.input;

import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which excerpts WordPress generated ({@link GeneratedExcerpt}) and what the post reader makes of them. */
class GeneratedExcerptTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "excerpt");
    private static final String CONTENT = "<p>Rivers carry <strong>sediment</strong> from the mountains to the sea.</p>\n"
            + "<p>The delta grows every year where the water slows down.</p>\n";

    @Test
    void theContentsFirstWordsWithWordPresssMoreEndingAreGenerated() {
        assertTrue(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment from the mountains [&hellip;]</p>\n", null, CONTENT));
        assertTrue(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment from the mountains […]</p>\n", null, CONTENT));
        assertTrue(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment from the&hellip;</p>\n", null, CONTENT));
        // a theme's ending: an ellipsis and a "Continue reading" link
        assertTrue(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment &hellip; <a href=\"https://site.example/x/\""
                + " class=\"more-link\">Continue reading<span class=\"screen-reader-text\"> &#8220;X&#8221;</span></a></p>\n",
                null, CONTENT));
        assertTrue(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment <a href=\"https://site.example/x/\""
                + " class=\"more-link\">Read more</a></p>\n", null, CONTENT), "the link alone");
    }

    @Test
    void aShortContentShownWhole() {
        String excerpt = "<p>Rivers carry sediment from the mountains to the sea. The delta grows every year where the"
                + " water slows down.</p>\n";
        assertTrue(GeneratedExcerpt.isGenerated(excerpt, null, CONTENT));
    }

    @Test
    void anExcerptTheAuthorWroteStaysAUnit() {
        assertFalse(GeneratedExcerpt.isGenerated("<p>Why deltas grow.</p>\n", null, CONTENT));
        // the content's first sentence alone, with no "more" ending: WordPress would have gone on, so an author's
        assertFalse(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment from the mountains to the sea.</p>\n", null, CONTENT));
        // the words of the content, but scattered: a summary, not the content's start
        assertFalse(GeneratedExcerpt.isGenerated("<p>Rivers sea delta water [&hellip;]</p>\n", null, CONTENT));
        assertFalse(GeneratedExcerpt.isGenerated("<p></p>\n", null, CONTENT), "no words: nothing to decide");
    }

    @Test
    void theRawExcerptDecidesWhenThePostHasOne() {
        assertTrue(GeneratedExcerpt.isGenerated("<p>Why deltas grow.</p>\n", "", CONTENT), "raw empty: generated");
        assertFalse(GeneratedExcerpt.isGenerated("<p>Rivers carry sediment from the mountains [&hellip;]</p>\n",
                "Rivers carry sediment from the mountains [&hellip;]", CONTENT), "raw written: the author's");
    }

    @Test
    void theReaderLeavesAGeneratedExcerptOutOfTheFieldsAndSaysSo() throws Exception {
        for (String name : List.of("generated.json", "raw-empty.edit.json")) {
            SourceDocument post = read(FIXTURES.resolve(name));
            assertNull(post.field("excerpt"), name + ": no excerpt field");
            assertNotNull(post.field("content"), name);
            assertEquals(List.of(PostJsonReader.GENERATED_EXCERPT_NOTE), post.notes(), name);
        }
        SourceDocument authored = read(FIXTURES.resolve("authored.json"));
        assertNotNull(authored.field("excerpt"), "the author's excerpt is a field");
        assertEquals(List.of(), authored.notes());
    }

    @Test
    void theSeedsExcerptIsTheAuthors() throws Exception {
        // "Breaking tradition: Chinese tech giants join forces ...": not the content's start ("Why is China racing ...")
        SourceDocument seed = read(Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json"));
        assertNotNull(seed.field("excerpt"));
        assertEquals(List.of(), seed.notes());
    }

    /**
     * Over the corpus's WordPress posts: how many excerpts are generated. The figures were checked by hand
     * against the {@code *.edit.json} twins ({@code excerpt.raw} empty): among the public {@code .json} posts
     * that have a twin, every excerpt detected as generated has an empty raw excerpt; the ones missed are
     * block posts whose excerpt is short and skips blocks WordPress leaves out of excerpts (lists, archives, ...),
     * which the rendered JSON cannot tell from an author's excerpt; those stay units (counted twice, never lost).
     */
    @Test
    void corpusPostsWithAGeneratedExcerpt() throws Exception {
        SharedCorpus.assumeCorpus("generated excerpts over the corpus");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedCorpus.ROOT.resolve("wp"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int edit = 0, editGenerated = 0, view = 0, viewGenerated = 0, viewWithTwin = 0, viewTwinRawEmpty = 0,
                viewGeneratedWithTwin = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            SourceDocument post = read(file);
            boolean generated = !post.notes().isEmpty();
            if (file.toString().endsWith(".edit.json")) {
                edit++;
                if (generated) editGenerated++;
                continue;
            }
            view++;
            if (generated) viewGenerated++;
            Path twin = file.resolveSibling(file.getFileName().toString().replace(".json", ".edit.json"));
            if (!Files.exists(twin)) continue;
            viewWithTwin++;
            boolean rawEmpty = !read(twin).notes().isEmpty();
            if (rawEmpty) viewTwinRawEmpty++;
            if (generated) viewGeneratedWithTwin++;
            if (generated && !rawEmpty) wrong.add(file.toString());
        }
        System.err.printf("[wpxliff tests] generated excerpts: %d of %d edit posts (excerpt.raw empty), %d of %d"
                        + " public posts; of the %d public posts with an edit twin, %d of %d generated ones found%n",
                editGenerated, edit, viewGenerated, view, viewWithTwin, viewGeneratedWithTwin, viewTwinRawEmpty);
        assertEquals(List.of(), wrong, "detected as generated, but the author wrote the excerpt (excerpt.raw not empty)");
        assertEquals(80, edit);
        assertEquals(79, editGenerated, "every edit post but posts-225 (\"Custom, user created excerpt.\")");
        assertEquals(153, view);
        assertEquals(99, viewGenerated);
        assertEquals(80, viewWithTwin);
        assertEquals(79, viewTwinRawEmpty);
        assertEquals(48, viewGeneratedWithTwin, "found from the rendered JSON alone");
    }

    private static SourceDocument read(Path file) throws Exception {
        List<SourceDocument> posts = new DocumentReader().read(file);
        assertEquals(1, posts.size(), file.toString());
        return posts.get(0);
    }
}
