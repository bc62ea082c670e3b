package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Untrusted text cannot drive the user's terminal: control characters print as escapes, JSON stays the same data. */
class TerminalWriterTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");

    private static String printed(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter writer = TerminalWriter.on(bytes);
        writer.print(text);
        writer.print(text.toCharArray());
        for (char c : text.toCharArray()) writer.print(c);
        writer.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlsPrintAsEscapesAndTextAsItIs() {
        String text = "제목 \u001b[31mred\u009b0m\rover\u202Eevil\u2066\tend\n";
        String shown = "제목 \\u001B[31mred\\u009B0m\\u000Dover\\u202Eevil\\u2066\tend\n";
        assertEquals(shown.repeat(3), printed(text), "each write path alike");
        assertEquals("plain text, 한국어, tabs\tand lines\n", printed("plain text, 한국어, tabs\tand lines\n")
                .substring(0, "plain text, 한국어, tabs\tand lines\n".length()));
    }

    @Test
    void aUnitIdWithATerminalEscapeIsShownNotObeyed(@TempDir Path dir) throws IOException {
        Path xliff = dir.resolve("xliff");
        Cli.ok("export", SEED.toString(), "-o", xliff.toString(), "--copy-source");
        Path file;
        try (var files = Files.list(xliff)) {
            file = files.findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file).replaceFirst("id=\"title-1\"", "id=\"title-1\u009b31mRED\""));
        Cli.Run text = Cli.run("validate", file.toString());
        assertFalse(text.out().contains("\u009b"), text.out());
        assertTrue(text.out().contains("unit title-1\\u009B31mRED: the source has no unit with this id"), text.out());
        Cli.Run json = Cli.run("validate", "--json", file.toString());
        assertFalse(json.out().contains("\u009b"), json.out());
        assertEquals("title-1\u009b31mRED", new ObjectMapper().readTree(json.out()).get("files").get(0).get("problems")
                .get(0).get("unit").asText(), "the JSON holds the same id once parsed");
    }
}
