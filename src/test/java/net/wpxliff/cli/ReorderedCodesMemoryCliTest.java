package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation that moves its inline codes (Korean word order puts the bold phrase before the link) goes into the
 * memory with each code under its own number, so the next export pre-fills it with the link still on the words it
 * was on: merge writes the same page again. Before 2026-12-03 the memory numbered a translation's codes by place, and
 * the leveraged page had the link on the bold words and the bold on the linked ones.
 */
class ReorderedCodesMemoryCliTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body>\n"
            + "<p>See <a href=\"/alpha\">Alpha</a> and <b>beta</b> today.</p>\n</body></html>\n";
    private static final String SOURCE = "<mrk mtype=\"seg\" mid=\"1\">See <g id=\"1\" ctype=\"link\" clone=\"no\">Alpha</g> and "
            + "<g id=\"2\" ctype=\"bold\" clone=\"no\">beta</g> today.</mrk></seg-source>";
    private static final String MOVED = "<target xml:lang=\"ko\"><mrk mtype=\"seg\" mid=\"1\">오늘 <g id=\"2\" ctype=\"bold\" "
            + "clone=\"no\">베타</g>와 <g id=\"1\" ctype=\"link\" clone=\"no\">알파</g>를 보세요.</mrk></target>";
    private static final String TITLE = "<mrk mtype=\"seg\" mid=\"1\">T</mrk></seg-source>";

    @Test
    void movedCodesKeepTheirMarkupThroughTheMemory(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Cli.expect(0, "export", page.toString(), "-o", dir.resolve("xliff").toString());
        Path exported = dir.resolve("xliff").resolve("page.ko.xlf");
        String xliff = Files.readString(exported);
        assertTrue(xliff.contains(SOURCE), xliff);
        xliff = xliff.replace(SOURCE, SOURCE + MOVED)
                .replace(TITLE, TITLE + "<target xml:lang=\"ko\"><mrk mtype=\"seg\" mid=\"1\">티</mrk></target>");
        Path returned = Files.createDirectories(dir.resolve("returned")).resolve("page.ko.xlf");
        Files.writeString(returned, xliff);
        Path memory = dir.resolve("m.tmx");
        Cli.expect(0, "merge", returned.toString(), "-o", dir.resolve("ko").toString(), "--tm", memory.toString());
        String translated = Files.readString(dir.resolve("ko").resolve("page.ko.html"), StandardCharsets.UTF_8);
        assertTrue(translated.contains("<p>오늘 <b>베타</b>와 <a href=\"/alpha\">알파</a>를 보세요.</p>"), translated);
        // the memory: each code under its source's number (x="1" the link on both sides)
        String tmx = Files.readString(memory);
        assertTrue(tmx.contains("<seg>오늘 <bpt i=\"2\" x=\"2\" type=\"bold\">&lt;b&gt;</bpt>베타<ept i=\"2\">&lt;/b&gt;</ept>와 "
                + "<bpt i=\"1\" x=\"1\" type=\"link\">&lt;a href=\"/alpha\"&gt;</bpt>알파<ept i=\"1\">&lt;/a&gt;</ept>를 보세요.</seg>"), tmx);

        Cli.expect(0, "export", page.toString(), "-o", dir.resolve("again").toString(), "--tm", memory.toString());
        String leveraged = Files.readString(dir.resolve("again").resolve("page.ko.xlf"));
        assertTrue(leveraged.contains("state-qualifier=\"exact-match\"><mrk mtype=\"seg\" mid=\"1\">오늘 <g id=\"2\" ctype=\"bold\" "
                + "clone=\"no\">베타</g>와 <g id=\"1\" ctype=\"link\" clone=\"no\">알파</g>를 보세요.</mrk></target>"), leveraged);
        Cli.expect(0, "merge", dir.resolve("again").toString(), "-o", dir.resolve("ko-again").toString());
        assertEquals(translated, Files.readString(dir.resolve("ko-again").resolve("page.ko.html"), StandardCharsets.UTF_8));
    }

    /**
     * An editor swapped two links' targets in the English page: the same words, so the context match keeps each Korean
     * word under the code of its place, which now leads where the English word's link leads.
     */
    @Test
    void linksWhoseTargetsWereSwappedTakeTheNewTargetsOnTheSameWords(@TempDir Path dir) throws Exception {
        String v1 = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body>\n"
                + "<p>Read <a href=\"https://a.example/\">the report</a> and <a href=\"https://b.example/\">the study</a>.</p>\n"
                + "</body></html>\n";
        Path page = Files.writeString(dir.resolve("page.html"), v1);
        Cli.expect(0, "export", page.toString(), "-o", dir.resolve("xliff").toString());
        String xliff = Files.readString(dir.resolve("xliff").resolve("page.ko.xlf"));
        String source = "<mrk mtype=\"seg\" mid=\"1\">Read <g id=\"1\" ctype=\"link\" clone=\"no\">the report</g> and "
                + "<g id=\"2\" ctype=\"link\" clone=\"no\">the study</g>.</mrk></seg-source>";
        assertTrue(xliff.contains(source), xliff);
        xliff = xliff.replace(source, source + "<target xml:lang=\"ko\"><mrk mtype=\"seg\" mid=\"1\"><g id=\"1\">보고서</g>와 "
                + "<g id=\"2\">연구</g>를 읽으세요.</mrk></target>")
                .replace(TITLE, TITLE + "<target xml:lang=\"ko\"><mrk mtype=\"seg\" mid=\"1\">티</mrk></target>");
        Path returned = Files.createDirectories(dir.resolve("returned")).resolve("page.ko.xlf");
        Files.writeString(returned, xliff);
        Path memory = dir.resolve("m.tmx");
        Cli.expect(0, "merge", returned.toString(), "-o", dir.resolve("ko").toString(), "--tm", memory.toString());

        Files.writeString(page, v1.replace("https://a.example/", "https://c.example/").replace("https://b.example/", "https://a.example/")
                .replace("https://c.example/", "https://b.example/"));
        Cli.expect(0, "export", page.toString(), "-o", dir.resolve("again").toString(), "--tm", memory.toString());
        Cli.expect(0, "merge", dir.resolve("again").toString(), "-o", dir.resolve("ko-again").toString());
        String merged = Files.readString(dir.resolve("ko-again").resolve("page.ko.html"), StandardCharsets.UTF_8);
        assertTrue(merged.contains("<p><a href=\"https://b.example/\">보고서</a>와 <a href=\"https://a.example/\">연구</a>를 읽으세요.</p>"),
                merged);
    }
}
