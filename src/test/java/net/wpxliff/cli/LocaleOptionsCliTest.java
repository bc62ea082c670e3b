package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --source-url}, {@code --target-url} and {@code --url-map} on the command line of merge and validate. */
class LocaleOptionsCliTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LocaleOptionsCliTest.class.getResource("/merge/" + name).toURI());
    }

    private static Path exported(Path dir) throws URISyntaxException {
        Path xliff = dir.resolve("xliff");
        Cli.Run export = Cli.run("export", resource("root-links-fixture.json").toString(), "-o", xliff.toString(), "--copy-source");
        assertEquals(0, export.exitCode(), export.err());
        return xliff;
    }

    @Test
    void mergeLocalizesLinksBetweenTheGivenRoots(@TempDir Path dir) throws Exception {
        Path ko = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", exported(dir).toString(), "-o", ko.toString(),
                "--source-url", "https://site.example/", "--target-url", "https://site.example/ko/",
                "--url-map", resource("root-links-url-map.csv").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        String json = Files.readString(ko.resolve("root-links-fixture.ko.json"));
        assertEquals("https://site.example/ko/root-links-fixture/", new ObjectMapper().readTree(json).path("link").asText());
        String html = Files.readString(ko.resolve("root-links-fixture.ko.html"));
        assertTrue(html.contains("href=\"https://site.example/ko/yeollak/\""), html);
        assertTrue(html.contains("href=\"/ko/guides/setup/?ref=nav#step-2\""), html);
        assertTrue(html.contains("href=\"https://site.example/wp-json/wp/v2/posts/42\""), html);
    }

    @Test
    void validateAcceptsTheSameOptions(@TempDir Path dir) throws Exception {
        Cli.Run validate = Cli.run("validate", exported(dir).toString(), "--source-url", "https://site.example/",
                "--target-url", "https://site.example/ko/", "--url-map", resource("root-links-url-map.csv").toString());
        assertEquals(0, validate.exitCode(), validate.err());
    }

    @Test
    void aBadRootUrlStopsTheRunNamingTheOption(@TempDir Path dir) throws Exception {
        Path xliff = exported(dir);
        Path ko = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", ko.toString(), "--source-url", "site.example");
        assertEquals(1, merge.exitCode());
        assertTrue(merge.err().contains("error: --source-url: \"site.example\" is not an absolute http(s) URL"), merge.err());
        assertFalse(Files.exists(ko), "nothing written");
        Cli.Run validate = Cli.run("validate", xliff.toString(), "--target-url", "https://site.example/ko/#top");
        assertEquals(1, validate.exitCode());
        assertTrue(validate.err().contains("error: --target-url: \"https://site.example/ko/#top\" has a query or fragment"),
                validate.err());
    }

    @Test
    void aBadUrlMapStopsTheRunNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path xliff = exported(dir);
        Path csv = dir.resolve("map.csv");
        Files.writeString(csv, "source,target\nhttps://site.example/contact/;https://site.example/ko/yeollak/\n");
        Path ko = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", ko.toString(), "--url-map", csv.toString());
        assertEquals(1, merge.exitCode());
        assertTrue(merge.err().contains("error: --url-map: " + csv + ":2: expected two columns"), merge.err());
        assertFalse(Files.exists(ko), "nothing written");
        Cli.Run validate = Cli.run("validate", xliff.toString(), "--url-map", dir.resolve("missing.csv").toString());
        assertEquals(1, validate.exitCode());
        assertTrue(validate.err().contains("error: --url-map: " + dir.resolve("missing.csv") + ": cannot read"), validate.err());
    }

    @Test
    void mergeHelpListsTheOptions() {
        Cli.Run help = Cli.run("merge", "--help");
        for (String option : new String[] {"--source-url", "--target-url", "--url-map"}) {
            assertTrue(help.out().contains(option), help.out());
        }
    }
}
