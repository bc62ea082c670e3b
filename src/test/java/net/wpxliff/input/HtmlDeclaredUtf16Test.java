package net.wpxliff.input;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page whose {@code <meta charset>} says UTF-16 over bytes that are not (the fixture: UTF-8 declaring UTF-16BE) is
 * read as UTF-8, as HTML's encoding prescan and so every browser does; a byte order mark still decides (QA: the page
 * was decoded as UTF-16, became one unit of garbage, and merge wrote only that, UTF-16 encoded, without its head).
 */
class HtmlDeclaredUtf16Test {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "html", "meta-utf-16be.html");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "utf-16", "UTF-32"})
    void aDeclaredWideEncodingOverSingleByteTextIsReadAsUtf8(String label) throws Exception {
        byte[] bytes = Files.readString(FIXTURE).replace("UTF-16BE", label).getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes);
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertFalse(decoded.bom());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), decoded.text());
    }

    @Test
    void aByteOrderMarkStillDecides() throws Exception {
        String page = Files.readString(FIXTURE).replace("UTF-16BE", "UTF-16LE");
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
        assertTrue(decoded.bom());
        assertEquals(page, decoded.text());
    }

    /**
     * UTF-16 without a byte order mark cannot be told (its {@code <meta charset>} is not found in bytes read one to a
     * character): refused with what to do, nothing exported (QA: the page became one unit of escaped markup, every
     * character followed by a NUL code).
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void unmarkedUtf16IsRefusedPlainly(String label) throws Exception {
        Path page = dir.resolve("wide.html");
        Files.write(page, Files.readString(FIXTURE).replace("UTF-16BE", label).getBytes(java.nio.charset.Charset.forName(label)));
        Cli.Run run = Cli.run("export", "-o", dir.resolve("x").toString(), page.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(page + ": the page looks like " + label + " without a byte order mark (every second"
                + " byte is zero)") && run.err().contains("save the page as UTF-8, or as " + label + " with a byte order"
                + " mark"), run.err());
        assertFalse(Files.exists(dir.resolve("x").resolve("wide.ko.xlf")), "nothing exported");
    }

    /** A page mostly of Korean text, whose markup alone puts zero bytes on one side (QA: it passed and was exported as garbage). */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void unmarkedUtf16OfMostlyKoreanTextIsRefusedToo(String label) throws Exception {
        Path page = dir.resolve("korean.html");
        String html = "<!DOCTYPE html><html lang=\"ko\"><head><title>제목</title></head><body><p>"
                + "가나다라마바사아자차카타파하 대한민국의 수도는 서울입니다. ".repeat(200) + "</p></body></html>";
        Files.write(page, html.getBytes(java.nio.charset.Charset.forName(label)));
        Cli.Run run = Cli.run("export", "-o", dir.resolve("k").toString(), page.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(page + ": the page looks like " + label + " without a byte order mark"), run.err());
        assertFalse(Files.exists(dir.resolve("k").resolve("korean.ko.xlf")), "nothing exported");
    }

    @Test
    void itsTextIsUnitsAndTheMergedPageKeepsItsBytesAndDeclaration() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        String xliff = Files.readString(dir.resolve("x").resolve("meta-utf-16be.ko.xlf"));
        assertTrue(xliff.contains("Cafés by the river") && xliff.contains("Naïve visitors drink coffee — and watch"), xliff);

        Cli.ok("merge", "-o", dir.resolve("same").toString(), dir.resolve("x").toString());
        assertArrayEquals(Files.readAllBytes(FIXTURE), Files.readAllBytes(dir.resolve("same").resolve("meta-utf-16be.ko.html")),
                "untranslated: the page byte for byte, its declaration as it was");

        Cli.ok("pseudo", "-o", dir.resolve("p").toString(), dir.resolve("x").toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("p").toString());
        String merged = Files.readString(dir.resolve("ko").resolve("meta-utf-16be.ko.html"), StandardCharsets.UTF_8);
        assertTrue(merged.startsWith("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-16BE\">\n<title>⟦"), merged);
        assertTrue(merged.contains("<h1>⟦") && merged.contains("<p>⟦") && merged.endsWith("</body>\n</html>\n"), merged);
    }
}
