package net.wpxliff.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputFilesTest {

    @Test
    void aDirectoryGivesItsDocumentsSortedButNotTheConfigFileOrHiddenFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.json"), "{}");
        Files.writeString(dir.resolve("a.xml"), "<rss/>");
        Files.writeString(dir.resolve("wpml-config.xml"), "<wpml-config/>");
        Files.writeString(dir.resolve(".hidden.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "x");
        List<Path> files = InputFiles.expand(List.of(dir), DocumentReader.EXTENSIONS);
        assertEquals(List.of(dir.resolve("a.xml"), dir.resolve("b.json")), files);
    }

    @Test
    void aConfigFileNamedOnTheCommandLineIsTakenAsGiven(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("wpml-config.xml"), "<wpml-config/>");
        assertEquals(List.of(config), InputFiles.expand(List.of(config), DocumentReader.EXTENSIONS));
    }
}
