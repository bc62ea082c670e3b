package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wpxliff tm align}: a block post and its Korean translation as published (made by export → pseudo → merge, then
 * changed as a Korean editor would on the site) give a memory whose context matches let the next export carry the
 * published text, byte for byte, into a file that merges straight back into it.
 */
class TmAlignCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RIVER = Path.of("src", "test", "resources", "raw", "river-deltas.edit.json");
    private static final String EDITED = "편집자가 다시 쓴 첫 문단입니다. 두 번째 문장도 있습니다.";

    /** export → pseudo → merge of the fixture post into DIR/in, xliff, pseudo, ko; the Korean post JSON merge wrote. */
    private static ObjectNode published(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(RIVER, in.resolve("river-deltas.json"));
        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        return (ObjectNode) JSON.readTree(dir.resolve("ko").resolve("river-deltas.ko.json").toFile());
    }

    /** The post with its first paragraph's text replaced, as an editor changes it on the site. */
    private static Path edited(Path dir, ObjectNode korean, String paragraph) throws Exception {
        String content = korean.path("content").path("raw").asText();
        int from = content.indexOf("<p>") + 3;
        ((ObjectNode) korean.get("content")).put("raw", content.substring(0, from) + paragraph
                + content.substring(content.indexOf("</p>", from)));
        Path site = Files.createDirectories(dir.resolve("ko-site")).resolve("river-deltas.json");
        Files.write(site, JSON.writeValueAsBytes(korean));
        return site;
    }

    /**
     * The push record of the Korean post as if wpxliff pushed it (post 4321 there, of the English as exported), in the
     * merged folder DIR/ko: its folder, for {@code --record}.
     */
    private static Path pushedAs(Path dir, ObjectNode korean) throws Exception {
        korean.put("id", 4321);
        String version = JSON.readTree(dir.resolve("in").resolve("river-deltas.json").toFile()).path("modified_gmt").asText();
        Files.writeString(dir.resolve("ko").resolve(".wpxliff-push.json"), "{\"wpxliff_push_record\": 1, \"posts\": [{"
                + "\"source_site\": \"https://example.org\", \"type\": \"post\", \"source_id\": 812, \"target_site\":"
                + " \"https://example.org/ko/wp-json/\", \"target_id\": 4321, \"pushed_source_modified\": \"" + version
                + "\"}]}");
        return dir.resolve("ko");
    }

    @Test
    void thePublishedTextComesBackAsContextMatchesAndMergesIntoTheSamePost(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        Path record = pushedAs(dir, korean);
        Path site = edited(dir, korean, EDITED);
        Path memory = dir.resolve("site.tmx");
        Cli.Run aligned = Cli.expect(0, "tm", "align", "--record", record.toString(), dir.resolve("in").toString(),
                "--translations", site.toString(), "--tm", memory.toString());
        // the edited paragraph: its whole text, and its two sentences as the sentence rules split them (offered only)
        assertTrue(aligned.out().contains("river-deltas.json <> " + site + ": 10 of 10 units aligned, 12 sentence pairs"
                + " (1 of them a unit of several sentences kept whole, 2 split from those by the sentence rules: offered at"
                + " 99 on export, never pre-filled)"), aligned.out());
        assertTrue(aligned.out().contains("memory " + memory + ": 12 sentence pairs from 1 post(s): 12 new units"), aligned.out());

        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("again").toString(), "--tm", memory.toString());
        String xliff = Files.readString(dir.resolve("again").resolve("river-deltas.ko.xlf"));
        assertEquals(10, count(xliff, "state=\"translated\" state-qualifier=\"exact-match\""), "every unit in context");
        assertTrue(xliff.contains("<mrk mtype=\"seg\" mid=\"1\">" + EDITED + "</mrk></target>"),
                "the editor's paragraph pre-filled whole, in context");
        Cli.expect(0, "merge", dir.resolve("again").toString(), "-o", dir.resolve("ko2").toString());
        ObjectNode body = (ObjectNode) JSON.readTree(dir.resolve("ko2").resolve("river-deltas.ko.post.json").toFile());
        for (String field : new String[] {"title", "content", "excerpt"}) {
            assertEquals(korean.path(field).path("raw").asText(), body.path(field).asText(), field + ": as published");
        }

        // QA: without a record (a translation made by hand before wpxliff) pairing by place is unconfirmed: a paragraph
        // moved there, or a translation of another version, would pair other texts; offered at 99, never pre-filled
        Path unconfirmed = dir.resolve("hand.tmx");
        aligned = Cli.expect(0, "tm", "align", "--no-record", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", unconfirmed.toString());
        assertTrue(aligned.out().contains("note: aligned without a push record (--no-record): the 12 pairs are unconfirmed"
                + " (a paragraph moved there, or a translation of another version of the post, cannot be told by place"
                + " alone): export --tm offers them at 99 and never pre-fills them, until a translator's segment confirms"
                + " them"), aligned.out());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("hand").toString(), "--tm", unconfirmed.toString());
        String offered = Files.readString(dir.resolve("hand").resolve("river-deltas.ko.xlf"));
        assertFalse(offered.contains("state=\""), "nothing pre-filled");
        assertTrue(offered.contains("match-quality=\"99\"") && offered.contains("편집자가 다시 쓴 첫 문단입니다."), offered);
    }

    @Test
    void sentencesAnEditorReorderedAreOfferedNeverPrefilled(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        // the editor put the paragraph's second sentence first: split by count, each Korean sentence meets the wrong English
        Path record = pushedAs(dir, korean);
        Path site = edited(dir, korean, "물이 느려지는 곳에서 강은 실어 온 것을 내려놓습니다. 강은 산에서 바다로 퇴적물을 나릅니다.");
        Path memory = dir.resolve("m.tmx");
        Cli.expect(0, "tm", "align", "--record", record.toString(), dir.resolve("in").toString(), "--translations",
                site.toString(), "--tm", memory.toString());

        // another post whose paragraph is the English second sentence alone: an identical source, but the pair is a guess
        ObjectNode other = (ObjectNode) JSON.readTree(RIVER.toFile());
        other.put("id", 4242).put("slug", "slow-water");
        ((ObjectNode) other.get("title")).put("raw", "Slow water");
        ((ObjectNode) other.get("excerpt")).put("raw", "");
        ((ObjectNode) other.get("content")).put("raw", "<!-- wp:paragraph -->\n<p>Where the water slows down, it drops what it"
                + " carries.</p>\n<!-- /wp:paragraph -->");
        Path in2 = Files.createDirectories(dir.resolve("in2"));
        Files.write(in2.resolve("slow-water.json"), JSON.writeValueAsBytes(other));
        Cli.expect(0, "export", in2.toString(), "-o", dir.resolve("x").toString(), "--tm", memory.toString());
        String xliff = Files.readString(dir.resolve("x").resolve("slow-water.ko.xlf"));
        assertFalse(xliff.contains("state=\""), "nothing pre-filled: " + xliff);
        Matcher offer = Pattern.compile("<alt-trans [^>]*match-quality=\"99\"[^>]*><source>Where the water slows down,"
                + " it drops what it carries.</source><target[^>]*>강은 산에서 바다로 퇴적물을 나릅니다.</target>").matcher(xliff);
        assertTrue(offer.find(), "the guessed pair offered at 99 for the translator to judge: " + xliff);

        // the post itself: its paragraph pre-filled whole, as published
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("again").toString(), "--tm", memory.toString());
        String again = Files.readString(dir.resolve("again").resolve("river-deltas.ko.xlf"));
        assertTrue(again.contains(">물이 느려지는 곳에서 강은 실어 온 것을 내려놓습니다. 강은 산에서 바다로 퇴적물을 나릅니다.</mrk></target>"),
                again);
    }

    @Test
    void aUnitWhoseMarkupChangedThereIsNamedAndLeftOut(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        // an editor adds a link to the first paragraph on the site: its codes are no longer the source's
        Path site = edited(dir, korean, "<a href=\"https://example.org/\">링크</a>를 더한 문단.");
        Cli.Run aligned = Cli.expect(0, "tm", "align", "--no-record", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString());
        assertTrue(aligned.out().contains(": 9 of 10 units aligned"), aligned.out());
        assertTrue(aligned.err().contains("1 unit(s) have no counterpart with the same codes in " + site
                + " (content/wp:paragraph[1]): changed in structure there"), aligned.err());
    }

    @Test
    void aParagraphRewrittenInOneSentenceComesBackWholeAsOneSegment(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        Path record = pushedAs(dir, korean);
        Path site = edited(dir, korean, "편집자가 한 문장으로 줄인 문단입니다.");
        Path memory = dir.resolve("m.tmx");
        Cli.Run aligned = Cli.expect(0, "tm", "align", "--record", record.toString(), dir.resolve("in").toString(),
                "--translations", site.toString(), "--tm", memory.toString());
        assertTrue(aligned.out().contains(": 10 of 10 units aligned, 10 sentence pairs (1 of them a unit of several"
                + " sentences kept whole)"), aligned.out());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("again").toString(), "--tm", memory.toString());
        String xliff = Files.readString(dir.resolve("again").resolve("river-deltas.ko.xlf"));
        assertEquals(10, count(xliff, "state=\"translated\" state-qualifier=\"exact-match\""), "every unit in context");
        // the paragraph's two English sentences are one segment, its target the editor's one sentence
        Matcher unit = Pattern.compile("<seg-source><mrk mtype=\"seg\" mid=\"1\">([^<]*)</mrk></seg-source>\n<target [^>]*>"
                + "<mrk mtype=\"seg\" mid=\"1\">편집자가 한 문장으로 줄인 문단입니다.</mrk></target>").matcher(xliff);
        assertTrue(unit.find(), xliff);
        assertTrue(unit.group(1).split("\\. ").length == 2, "both English sentences in the one segment: " + unit.group(1));
        Cli.expect(0, "merge", dir.resolve("again").toString(), "-o", dir.resolve("ko2").toString());
        ObjectNode body = (ObjectNode) JSON.readTree(dir.resolve("ko2").resolve("river-deltas.ko.post.json").toFile());
        assertEquals(JSON.readTree(site.toFile()).path("content").path("raw").asText(), body.path("content").asText(),
                "the editor's paragraph as published");

        // the analysis counts the paragraph's words in context, as export pre-filled them; so does XLIFF 2.1
        Cli.Run analysis = Cli.expect(0, "analyze", dir.resolve("in").toString(), "--tm", memory.toString());
        String total = analysis.out().lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow();
        String[] words = total.trim().split("\\s+");
        assertEquals(words[2], words[words.length - 1], "every word in context: " + total);
        // and the paragraph is one segment, as export writes it: 10 units, 10 segments, all in context
        List<String> lines = analysis.out().lines().toList();
        String[] segments = lines.get(lines.indexOf(total) + 1).trim().split("\\s+");
        assertEquals(List.of("segments", "10"), List.of(segments[0], segments[1]), analysis.out());
        assertEquals("10", segments[segments.length - 1], analysis.out());
        Cli.Run exported = Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("again-analysis").toString(),
                "--tm", memory.toString(), "--analysis");
        assertTrue(exported.out().contains(lines.get(lines.indexOf(total) + 1)), "export's analysis counts alike: "
                + exported.out());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("x2").toString(), "--tm", memory.toString(),
                "--format", "xliff2");
        String xliff2 = Files.readString(dir.resolve("x2").resolve("river-deltas.ko.xlf"));
        assertTrue(xliff2.contains("<target>편집자가 한 문장으로 줄인 문단입니다.</target>"), xliff2);
        Cli.expect(0, "merge", dir.resolve("x2").toString(), "-o", dir.resolve("ko3").toString());
        assertEquals(body, JSON.readTree(dir.resolve("ko3").resolve("river-deltas.ko.post.json").toFile()));

        // translated sentence by sentence since (a newer memory entry for each): the sentences win again
        Path returned = Files.createDirectories(dir.resolve("returned"));
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("fresh").toString());
        Cli.expect(0, "pseudo", dir.resolve("fresh").toString(), "-o", returned.toString());
        Thread.sleep(1100); // creationdate has seconds
        Cli.expect(0, "merge", returned.toString(), "-o", dir.resolve("ko4").toString(), "--tm", memory.toString());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("later").toString(), "--tm", memory.toString());
        String later = Files.readString(dir.resolve("later").resolve("river-deltas.ko.xlf"));
        assertFalse(later.contains("편집자가 한 문장으로 줄인 문단입니다."), "the newer sentences pre-fill");
        assertEquals(10, count(later, "state=\"translated\" state-qualifier=\"exact-match\""), "every unit in context");
    }

    @Test
    void aPostChangedSinceItsTranslationIsNotAligned(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        Path site = edited(dir, korean, EDITED);
        // the English post was edited on its site after the translation: a new first sentence, a later modified_gmt
        Path english = dir.resolve("in").resolve("river-deltas.json");
        Path translatedVersion = Files.createDirectories(dir.resolve("en0")).resolve("river-deltas.json");
        Files.copy(english, translatedVersion);
        ObjectNode post = (ObjectNode) JSON.readTree(english.toFile());
        ((ObjectNode) post.get("content")).put("raw", post.path("content").path("raw").asText()
                .replace("Rivers carry sediment from the mountains", "Rivers carry sand and silt from the hills"));
        post.put("modified_gmt", "2026-12-02T10:00:00");
        Files.write(english, JSON.writeValueAsBytes(post));
        Path memory = dir.resolve("m.tmx");
        // without a record: the English is newer than the translation as last saved there
        Cli.Run run = Cli.expect(1, "tm", "align", "--no-record", english.toString(), "--translations", site.toString(), "--tm", memory.toString());
        assertTrue(run.err().contains("warning: " + english + ": changed after its translation was last saved there"
                + " (modified_gmt 2026-12-02T10:00:00 here, 2026-11-21T08:00:00 there): not aligned with " + site), run.err());
        assertTrue(run.err().contains("error: no post could be aligned (see the warnings): nothing added to " + memory), run.err());
        assertFalse(Files.exists(memory));

        // with the merged folder's record: the version the translation was made from, exactly, whatever the dates there
        korean.put("modified_gmt", "2026-12-05T00:00:00"); // an editor saved it after the English change
        korean.put("id", 812); // as pulled from the translation site, where the record says push made it
        Files.write(site, JSON.writeValueAsBytes(korean));
        Files.writeString(dir.resolve("ko").resolve(".wpxliff-push.json"), "{\"wpxliff_push_record\": 1, \"posts\": [{"
                + "\"source_site\": \"https://example.org\", \"type\": \"post\", \"source_id\": 812, \"target_site\":"
                + " \"https://example.org/ko/wp-json/\", \"target_id\": 812}]}");
        run = Cli.expect(1, "tm", "align", english.toString(), "--translations", site.toString(), "--tm", memory.toString(),
                "--record", dir.resolve("ko").toString());
        assertTrue(run.err().contains("warning: " + english + ": changed since its translation was made (modified_gmt"
                + " 2026-12-02T10:00:00 here, 2026-11-21T08:00:00 in " + dir.resolve("ko").resolve("river-deltas.ko.json")
                + "): not aligned"), run.err());

        // QA: the changed English merged since, its push refused (an editor's edit there): the merged folder describes a
        // translation the site does not show; the record says which English the site's is of, and wins
        Path mergedPost = dir.resolve("ko").resolve("river-deltas.ko.json");
        ObjectNode unpushed = (ObjectNode) JSON.readTree(mergedPost.toFile());
        unpushed.put("modified_gmt", "2026-12-02T10:00:00");
        Files.write(mergedPost, JSON.writeValueAsBytes(unpushed));
        Path record = dir.resolve("ko").resolve(".wpxliff-push.json");
        Files.writeString(record, Files.readString(record).replace("\"target_id\": 812}",
                "\"target_id\": 812, \"pushed_source_modified\": \"2026-11-21T08:00:00\"}"));
        run = Cli.expect(1, "tm", "align", english.toString(), "--translations", site.toString(), "--tm", memory.toString(),
                "--record", dir.resolve("ko").toString());
        assertTrue(run.err().contains("warning: " + english + ": not the version whose translation wpxliff pushed there"
                + " (modified_gmt 2026-12-02T10:00:00 here, 2026-11-21T08:00:00 when pushed, says " + record + "): not"
                + " aligned with " + site + ", whose units may translate another text than the post's now: align the post"
                + " as it was translated (the XLIFF it was exported to holds it: give that file instead of the post)"), run.err());
        Path aligned = dir.resolve("aligned.tmx");
        run = Cli.expect(0, "tm", "align", translatedVersion.toString(), "--translations", site.toString(), "--tm",
                aligned.toString(), "--record", dir.resolve("ko").toString());
        assertTrue(run.out().contains(translatedVersion + " <> " + site + ": 10 of 10 units aligned"), run.out());
        // QA: pull had overwritten the English the translation is of, and the site keeps no revision of it: the XLIFF it
        // was exported to holds it, signed, and aligns as that post does
        Path exported = dir.resolve("xliff").resolve("river-deltas.ko.xlf");
        Path fromXliff = dir.resolve("from-xliff.tmx");
        run = Cli.expect(0, "tm", "align", exported.toString(), "--translations", site.toString(), "--tm",
                fromXliff.toString(), "--record", dir.resolve("ko").toString());
        assertTrue(run.out().contains(exported + " <> " + site + ": 10 of 10 units aligned"), run.out());
        assertEquals(Files.readString(aligned).replaceAll("(creation|change)date=\"[^\"]*\"", ""),
                Files.readString(fromXliff).replaceAll("(creation|change)date=\"[^\"]*\"", ""), "the same pairs");
        // QA: a record from before push kept the version, whose pushed content is not the merged folder's: the merged
        // folder cannot say which English the site's translation is of
        Files.writeString(record, Files.readString(record).replace("\"pushed_source_modified\": \"2026-11-21T08:00:00\"",
                "\"pushed_text\": {\"content\": \"" + "a".repeat(64) + "\"}"));
        run = Cli.expect(1, "tm", "align", english.toString(), "--translations", site.toString(), "--tm", memory.toString(),
                "--record", dir.resolve("ko").toString());
        assertTrue(run.err().contains(": which version of it the translation there is of cannot be told: the push record"
                + " (written before wpxliff kept that) names none, and " + mergedPost + " holds a merge push did not write"
                + " there"), run.err());

        // a date that cannot be read tells nothing: not aligned either (it used to be compared as text, and passed)
        korean.put("modified_gmt", "last Tuesday");
        Files.write(site, JSON.writeValueAsBytes(korean));
        run = Cli.expect(1, "tm", "align", "--no-record", english.toString(), "--translations", site.toString(), "--tm", memory.toString());
        assertTrue(run.err().contains("warning: " + english + ": its modified_gmt cannot be read as a date"
                + " (2026-12-02T10:00:00 here, last Tuesday there)"), run.err());
        assertFalse(Files.exists(memory));
    }

    @Test
    void postsWhoseStructuresDifferAreNotPairedByPlace(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        // an editor split the first paragraph into two blocks there: every later paragraph moved one place on
        String content = korean.path("content").path("raw").asText();
        int end = content.indexOf("<!-- /wp:paragraph -->") + "<!-- /wp:paragraph -->".length();
        ((ObjectNode) korean.get("content")).put("raw", content.substring(0, end)
                + "\n\n<!-- wp:paragraph -->\n<p>편집자가 나눈 문단입니다.</p>\n<!-- /wp:paragraph -->" + content.substring(end));
        Path site = Files.createDirectories(dir.resolve("ko-site")).resolve("river-deltas.json");
        Files.write(site, JSON.writeValueAsBytes(korean));
        Cli.Run run = Cli.expect(1, "tm", "align", "--no-record", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString());
        assertTrue(run.err().contains(": not aligned with " + site + ": their structures differ (the translation has"
                + " content/wp:paragraph["), run.err());
        assertTrue(run.err().contains("], which the source lacks (the source has 10 units with text, the translation 11))"),
                run.err());
        assertFalse(Files.exists(dir.resolve("m.tmx")));
    }

    @Test
    void postsArePairedByTheRecordElseBySlugAndAMissingOneIsSaid(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        // on the translation site the post has a slug of its own (a Korean editor's) and another id: the record pairs it
        korean.put("slug", "강-삼각주");
        korean.put("id", 4321);
        Path site = edited(dir, korean, EDITED);
        Files.writeString(dir.resolve("ko").resolve(".wpxliff-push.json"), "{\"wpxliff_push_record\": 1, \"posts\": [{"
                + "\"source_site\": \"https://example.org\", \"type\": \"post\", \"source_id\": 812, \"target_site\":"
                + " \"https://example.org/ko/wp-json/\", \"target_id\": 4321}]}");
        Cli.Run bySlug = Cli.expect(1, "tm", "align", "--no-record", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString());
        assertTrue(bySlug.err().contains("warning: " + dir.resolve("in").resolve("river-deltas.json") + ": no translation"
                + " of it among --translations (none with the slug river-deltas read the same way"), bySlug.err());
        assertTrue(bySlug.err().contains("error: no source post has its translation among --translations: nothing added"),
                bySlug.err());
        assertFalse(Files.exists(dir.resolve("m.tmx")), "no memory written");
        Cli.Run byRecord = Cli.expect(0, "tm", "align", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString(), "--record", dir.resolve("ko").toString());
        assertTrue(byRecord.out().contains(": 10 of 10 units aligned"), byRecord.out());

        // the record names another post as the translation, not pulled: never another post of the slug instead
        Path sameSlug = Files.createDirectories(dir.resolve("ko-slug")).resolve("river-deltas.json");
        korean.put("slug", "river-deltas");
        korean.put("id", 999);
        Files.write(sameSlug, JSON.writeValueAsBytes(korean));
        Cli.Run notPulled = Cli.expect(1, "tm", "align", dir.resolve("in").toString(), "--translations", sameSlug.toString(),
                "--tm", dir.resolve("m2.tmx").toString(), "--record", dir.resolve("ko").toString());
        assertTrue(notPulled.err().contains(": no translation of it among --translations (the push record names post 4321"
                + " as its translation): pull it"), notPulled.err());
        assertFalse(Files.exists(dir.resolve("m2.tmx")));
        // a post the record does not name (never pushed by wpxliff) is paired by its slug, and that is said
        Files.writeString(dir.resolve("ko").resolve(".wpxliff-push.json"), "{\"wpxliff_push_record\": 1, \"posts\": []}");
        Cli.Run slugNoted = Cli.expect(0, "tm", "align", dir.resolve("in").toString(), "--translations", sameSlug.toString(),
                "--tm", dir.resolve("m2.tmx").toString(), "--record", dir.resolve("ko").toString());
        assertTrue(slugNoted.out().contains("note: " + dir.resolve("in").resolve("river-deltas.json") + ": the record names"
                + " no translation of post 812 (not pushed by wpxliff): paired by its slug with " + sameSlug), slugNoted.out());
        Cli.Run notARecord = Cli.expect(1, "tm", "align", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString(), "--record", site.toString());
        assertTrue(notARecord.err().contains("--record " + site + ": not a push record"), notARecord.err());
    }

    @Test
    void aPostWhoseBlocksWereMovedThereSincePushIsNotPairedByPlace(@TempDir Path dir) throws Exception {
        ObjectNode korean = published(dir);
        korean.put("id", 4321);
        String pushed = korean.path("content").path("raw").asText();
        // the record of the push: the content's blocks as WordPress stored them
        Path record = Files.createDirectories(dir.resolve("record"));
        net.wpxliff.push.PushRecord pushRecord = net.wpxliff.push.PushRecord.load(record);
        pushRecord.put(new net.wpxliff.push.PushRecord.Key("https://example.org", "post", "812",
                "https://example.org/ko/wp-json/", java.util.Map.of()), 4321,
                net.wpxliff.push.PushedText.of(java.util.Map.of("content", pushed)));
        pushRecord.save();
        // an editor moved the last block (a paragraph) to the front there: as many units, each key holding another text
        int last = pushed.lastIndexOf("<!-- wp:paragraph");
        String moved = pushed.substring(last).strip() + "\n\n" + pushed.substring(0, last).strip();
        ((ObjectNode) korean.get("content")).put("raw", moved);
        Path site = Files.createDirectories(dir.resolve("ko-site")).resolve("river-deltas.json");
        Files.write(site, JSON.writeValueAsBytes(korean));
        Cli.Run run = Cli.expect(1, "tm", "align", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString(), "--record", record.toString());
        assertTrue(run.err().contains(": not aligned with " + site + ": blocks of its content were moved there since"
                + " wpxliff pushed it (" + record.resolve(".wpxliff-push.json") + "), so pairing by place would pair other"
                + " texts"), run.err());
        assertFalse(Files.exists(dir.resolve("m.tmx")));
        // as pushed: aligned
        ((ObjectNode) korean.get("content")).put("raw", pushed);
        Files.write(site, JSON.writeValueAsBytes(korean));
        Cli.expect(0, "tm", "align", dir.resolve("in").toString(), "--translations", site.toString(),
                "--tm", dir.resolve("m.tmx").toString(), "--record", record.toString());
    }

    @Test
    void postsNotAlignedAreCountedAndFailTheRun(@TempDir Path dir) throws Exception {
        // QA: 4 of 6 posts refused, exit 0 and a summary of the 2 aligned: the refusals scrolled by as warnings
        ObjectNode korean = published(dir);
        Path site = edited(dir, korean, EDITED);
        ObjectNode other = (ObjectNode) JSON.readTree(RIVER.toFile());
        other.put("id", 4242).put("slug", "slow-water");
        ((ObjectNode) other.get("content")).put("raw", "<!-- wp:paragraph -->\n<p>Slow water drops mud.</p>\n"
                + "<!-- /wp:paragraph -->");
        Files.write(dir.resolve("in").resolve("slow-water.json"), JSON.writeValueAsBytes(other));
        ObjectNode reshaped = other.deepCopy(); // a paragraph more there: the structures differ
        ((ObjectNode) reshaped.get("content")).put("raw", "<!-- wp:paragraph -->\n<p>느린 물.</p>\n<!-- /wp:paragraph -->"
                + "\n\n<!-- wp:paragraph -->\n<p>더한 문단.</p>\n<!-- /wp:paragraph -->");
        Files.write(site.resolveSibling("slow-water.json"), JSON.writeValueAsBytes(reshaped));
        Path memory = dir.resolve("m.tmx");
        Cli.Run run = Cli.expect(1, "tm", "align", "--no-record", dir.resolve("in").toString(), "--translations",
                site.getParent().toString(), "--tm", memory.toString());
        assertTrue(run.err().contains("error: 1 of the 2 post(s) whose translation is among --translations were not aligned"
                + " (see the warnings); the others were added to " + memory), run.err());
        assertTrue(run.out().contains("from 1 post(s)"), run.out());
        assertTrue(Files.exists(memory));
    }

    @Test
    void withoutARecordTheUserSaysSo(@TempDir Path dir) throws Exception {
        // QA: dates alone were fooled by an edit saved there after the English changed; a forgotten --record must show
        ObjectNode korean = published(dir);
        Path site = edited(dir, korean, EDITED);
        Cli.Run run = Cli.expect(2, "tm", "align", dir.resolve("in").toString(), "--translations", site.toString(), "--tm",
                dir.resolve("m.tmx").toString());
        assertTrue(run.err().contains("error: give --record (the folder of merged files push wrote, holding"
                + " .wpxliff-push.json: it says which translation each post became and which version of the post that"
                + " translation is of), or --no-record for translations wpxliff did not push"), run.err());
        run = Cli.expect(2, "tm", "align", dir.resolve("in").toString(), "--translations", site.toString(), "--tm",
                dir.resolve("m.tmx").toString(), "--no-record", "--record", dir.resolve("ko").toString());
        assertTrue(run.err().contains("error: --record and --no-record together: give one"), run.err());
        assertFalse(Files.exists(dir.resolve("m.tmx")));
    }

    /**
     * A template part is paired through the record by its saved copy's post id ({@code wp_id}), as push records it,
     * not its theme name (QA: a footer edited on the Korean site was "not among --translations" with --record).
     */
    @Test
    void aTemplatePartIsPairedByTheSavedCopyTheRecordNames(@TempDir Path dir) throws Exception {
        Path fixture = Path.of("src", "test", "resources", "template-parts", "template-part-footer.json");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(fixture, in.resolve("template-part-footer.json"));
        ObjectNode korean = (ObjectNode) JSON.readTree(fixture.toFile());
        ((ObjectNode) korean.get("content")).put("raw", korean.path("content").path("raw").asText()
                .replace("Rivers &amp; Co. All rights reserved.", "리버스 앤드 컴퍼니. 모든 권리 보유."));
        korean.put("wp_id", 154);
        Path site = Files.createDirectories(dir.resolve("ko-site")).resolve("template-part-footer.json");
        Files.write(site, JSON.writeValueAsBytes(korean));
        Path record = Files.createDirectories(dir.resolve("ko"));
        Files.writeString(record.resolve(".wpxliff-push.json"), "{\"wpxliff_push_record\": 1, \"posts\": [{\"source_site\":"
                + " \"\", \"type\": \"wp_template_part\", \"source_id\": \"twentytwentythree//footer\", \"target_site\":"
                + " \"https://example.org/ko/wp-json/\", \"target_id\": 154}]}");
        Path memory = dir.resolve("m.tmx");
        Cli.Run run = Cli.expect(0, "tm", "align", in.resolve("template-part-footer.json").toString(), "--translations",
                site.toString(), "--record", record.toString(), "--tm", memory.toString());
        assertTrue(run.out().contains(" <> " + site + ": "), run.out() + run.err());
        assertTrue(Files.readString(memory).contains("리버스 앤드 컴퍼니."), "the edited footer in the memory");
    }

    @Test
    void theMergedFolderGivenAsTranslationsIsExplained(@TempDir Path dir) throws Exception {
        published(dir);
        Cli.Run run = Cli.expect(1, "tm", "align", "--no-record", dir.resolve("in").toString(), "--translations",
                dir.resolve("ko").toString(), "--tm", dir.resolve("m.tmx").toString());
        assertTrue(run.err().contains("river-deltas.ko.post.json: no title.rendered or content.rendered: not a WordPress"
                + " REST post or page (GET /wp/v2/posts/ID or /wp/v2/pages/ID); a NAME.LANG.post.json is the body merge"
                + " writes for push, not a post as WordPress serves it: give the posts as pulled (wpxliff pull), or the"
                + " merged NAME.LANG.json beside it"), run.err());
        assertFalse(Files.exists(dir.resolve("m.tmx")));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
