package net.wpxliff.input;

import net.wpxliff.testing.TranslationOf;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input bytes are never altered silently: wrong bytes are refused at their offset, other encodings round trip. */
class InputBytesTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    private static final String SLUG = "\"slug\":\"chinese-tech-giants-open-protocol-ai-development\"";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"c328, 1", "e282, 2", "ff, 1", "c0af, 1", "eda080, 1"})
    void invalidUtf8InJsonIsRefusedWithItsByteOffsetAndTheBatchGoesOn(String badHex, int shownBytes, @TempDir Path dir)
            throws IOException {
        byte[] seed = Files.readAllBytes(SEED);
        int at = indexOf(seed, "Why is".getBytes(StandardCharsets.UTF_8));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-bad.json"), concat(slice(seed, 0, at), HexFormat.of().parseHex(badHex), slice(seed, at, seed.length)));
        Files.writeString(in.resolve("b-good.json"), Files.readString(SEED).replace(SLUG, "\"slug\":\"good\""));

        Cli.Run run = Cli.run("export", in.toString(), "-o", dir.resolve("x").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(in.resolve("a-bad.json") + ": invalid UTF-8 at byte offset " + at + " (0x"
                + badHex.substring(0, 2).toUpperCase()), run.err());
        assertTrue(run.err().contains("download the post again"), run.err());
        assertTrue(Files.exists(dir.resolve("x").resolve("good.ko.xlf")), "the other file of the batch is exported");
    }

    @Test
    void aTruncatedCharacterAtTheEndIsRefusedToo() {
        byte[] bytes = "{\"title\":{\"rendered\":\"caf\u00e9\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] cut = concat(bytes, new byte[]{(byte) 0xE2, (byte) 0x82});
        JsonBytes.Malformed e = assertThrows(JsonBytes.Malformed.class, () -> JsonBytes.decode(cut));
        assertEquals(bytes.length, e.offset);
    }

    @ParameterizedTest(name = "{0} with a byte order mark, {1}")
    @CsvSource({"UTF-16LE, xliff12", "UTF-16BE, xliff12", "UTF-32LE, xliff12", "UTF-32BE, xliff12", "UTF-8, xliff12",
            "UTF-16LE, xliff2", "UTF-32BE, xliff2"})
    void jsonWithAByteOrderMarkIsReadAndAnIdentityMergeGivesTheSameBytes(String encoding, String format, @TempDir Path dir)
            throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] original = concat("\uFEFF".getBytes(charset), Files.readString(SEED).replace(SLUG, "\"slug\":\"wide\"").getBytes(charset));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("wide.json"), original);

        Cli.Run export = Cli.run("export", in.toString(), "-o", dir.resolve("x").toString(), "--copy-source", "--format", format);
        assertEquals(0, export.exitCode(), export.err());
        Cli.Run merge = Cli.run("merge", dir.resolve("x").toString(), "-o", dir.resolve("ko").toString(), "--no-link-rewrite");
        assertEquals(0, merge.exitCode(), merge.err());

        assertArrayEquals(TranslationOf.renamed(original, charset), Files.readAllBytes(dir.resolve("ko").resolve("wide.ko.json")),
                "byte for byte, mark included, the id recorded as translation_of");
    }

    @Test
    void aTranslatedUtf16PostIsWrittenBackInUtf16WithItsMark(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("wide.json"), concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                Files.readString(SEED).replace(SLUG, "\"slug\":\"wide\"").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(0, Cli.run("export", in.toString(), "-o", dir.resolve("x").toString()).exitCode());
        assertEquals(0, Cli.run("pseudo", dir.resolve("x").toString(), "-o", dir.resolve("p").toString()).exitCode());

        Cli.Run merge = Cli.run("merge", dir.resolve("p").toString(), "-o", dir.resolve("ko").toString());

        assertEquals(0, merge.exitCode(), merge.err());
        byte[] json = Files.readAllBytes(dir.resolve("ko").resolve("wide.ko.json"));
        assertEquals(0xFF, json[0] & 0xFF);
        assertEquals(0xFE, json[1] & 0xFF);
        String text = new String(json, 2, json.length - 2, StandardCharsets.UTF_16LE);
        assertTrue(text.startsWith("{\"translation_of\":261198,"), text.substring(0, 40));
        assertTrue(text.contains("\\/ko\\/"), "the link moved to the target locale");
        assertFalse(text.contains("Why is"), "translated");
    }

    @Test
    void invalidUtf16IsRefusedWithItsByteOffset(@TempDir Path dir) throws IOException {
        byte[] body = "{\"title\":{\"rendered\":\"ab\"}}".getBytes(StandardCharsets.UTF_16LE);
        int at = 2 + 2 * "{\"title\":{\"rendered\":\"a".length();
        // a low surrogate with no high surrogate before it, raw in the bytes
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, slice(body, 0, at - 2), new byte[]{0x3D, (byte) 0xDE},
                slice(body, at - 2, body.length));
        Path file = Files.write(dir.resolve("bad16.json"), bytes);

        InputException e = assertThrows(InputException.class, () -> new DocumentReader().read(file));

        assertTrue(e.getMessage().startsWith(file + ": invalid UTF-16LE at byte offset " + at + " (0x3D 0xDE)"), e.getMessage());
    }

    @Test
    void utf16WithoutAMarkIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("nomark.json"), "{\"title\":{\"rendered\":\"ab\"}}".getBytes(StandardCharsets.UTF_16BE));
        InputException e = assertThrows(InputException.class, () -> new DocumentReader().read(file));
        assertTrue(e.getMessage().contains("UTF-16 or UTF-32 without a byte order mark"), e.getMessage());
    }

    @Test
    void anHtmlPageInALegacyEncodingIsStillReadWhateverItsName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("page.txt"), "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        SourceDocument page = new DocumentReader().read(file).get(0);
        assertEquals(SourceDocument.Kind.HTML_PAGE, page.kind());
        assertEquals("<p>caf\u00e9</p>", page.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ascii-escaped", "raw-utf8"})
    void loneSurrogatesAreKeptInTheJsonShownAsReplacementInHtmlNeverAQuestionMark(String style, @TempDir Path dir)
            throws IOException {
        String lone = "\\ud83d";
        String cafe = style.equals("raw-utf8") ? "Caf\u00e9" : "Caf\\u00e9";
        String post = "{\"id\":7,\"slug\":\"lone\",\"link\":\"https:\\/\\/example.com\\/en\\/lone\\/\",\"title\":{\"rendered\":\""
                + cafe + " time\"},\"content\":{\"rendered\":\"<p>Smile " + lone + " here. It is simple.<\\/p>\\n<p><img alt=\\\"a "
                + lone + " face\\\" src=\\\"x.png\\\"> A caption.<\\/p>\\n\"}}";
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("lone.json"), post);

        Cli.Run export = Cli.run("export", in.toString(), "-o", dir.resolve("x").toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().contains("content: 2 unpaired surrogate(s)"), export.err());
        String xliff = Files.readString(dir.resolve("x").resolve("lone.ko.xlf"));
        assertTrue(xliff.contains("Smile <x id=\"1\" ctype=\"x-control\" clone=\"no\"/> here."), "protected as a code");
        assertFalse(xliff.replace("<?xml", "").replace("?>", "").contains("?"), "no question mark in the XLIFF");
        assertTrue(export.err().contains("content/p[2]/img[1]/@alt: holds a character XML cannot carry"), export.err());
        // the units only: the header's signature is hex made with this machine's key, and "face" is hex (1 run in 1,000)
        assertFalse(xliff.substring(xliff.indexOf("<body>")).contains("face"), "the attribute is left untranslated");

        assertEquals(0, Cli.run("export", in.toString(), "-o", dir.resolve("same").toString(), "--copy-source").exitCode());
        assertEquals(0, Cli.run("merge", dir.resolve("same").toString(), "-o", dir.resolve("same-ko").toString(),
                "--no-link-rewrite").exitCode());
        assertEquals(TranslationOf.renamed(post), Files.readString(dir.resolve("same-ko").resolve("lone.ko.json")),
                "identity merge byte for byte, the id recorded as translation_of");

        assertEquals(0, Cli.run("pseudo", dir.resolve("x").toString(), "-o", dir.resolve("p").toString()).exitCode());
        Cli.Run merge = Cli.run("merge", dir.resolve("p").toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("warning: lone: content: 2 unpaired surrogate(s)"), merge.err());

        String json = Files.readString(dir.resolve("ko").resolve("lone.ko.json"));
        assertEquals(2, count(json, lone), "kept as its escape, in the text and in the alt attribute: " + json);
        assertFalse(json.contains("?"), json);
        String html = Files.readString(dir.resolve("ko").resolve("lone.ko.html"));
        assertEquals(2, count(html, "\uFFFD"), html);
        assertFalse(html.contains("?"), html);
        assertTrue(html.contains("alt=\""), html);
    }

    private static int count(String text, String piece) {
        int n = 0;
        for (int i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) n++;
        return n;
    }

    private static int indexOf(byte[] bytes, byte[] piece) {
        outer:
        for (int i = 0; i + piece.length <= bytes.length; i++) {
            for (int j = 0; j < piece.length; j++) if (bytes[i + j] != piece[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
