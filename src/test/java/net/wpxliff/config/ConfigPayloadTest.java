package net.wpxliff.config;

import net.wpxliff.Exporter;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --config} travels signed inside the payload, so that merge, validate and pseudo extract the same units;
 * without it the payload is exactly what it was before (no new member), and old payloads still open.
 */
class ConfigPayloadTest {
    private static final String CONFIG = "<wpml-config><gutenberg-blocks><gutenberg-block type=\"acme/hero\">"
            + "<key name=\"title\"/></gutenberg-block></gutenberg-blocks></wpml-config>";

    @TempDir
    Path dir;

    @Test
    void theConfigurationIsSignedIntoThePayload() throws Exception {
        SigningKey key = SigningKey.of("config-payload-test-key-config-payload-test", "test");
        TranslationConfig config = TranslationConfig.parse("c.xml", CONFIG);
        Exporter with = new Exporter(new ExportOptions("en", "ko", true, false, config), XliffFormat.XLIFF12, false, key);
        Exporter without = new Exporter(new ExportOptions("en", "ko", true, false), XliffFormat.XLIFF12, false, key);

        EmbeddedSource recorded = payload(with.export(Exports.SEED).get(0).xliff());
        assertEquals(CONFIG, recorded.config());
        assertEquals(config.blocks(), TranslationConfig.recorded(recorded.config()).blocks());

        String plain = without.export(Exports.SEED).get(0).xliff();
        assertNull(payload(plain).config());
        assertFalse(json(plain).contains("\"config\""), "no new member when no --config was given");
    }

    @Test
    void payloadsWrittenBeforeTheConfigurationStillOpen() throws Exception {
        String old = "{\"format\":2,\"kind\":\"WP_POST\",\"origin\":\"a.json\",\"name\":\"a\",\"charset\":\"UTF-8\","
                + "\"bom\":false,\"postId\":\"1\",\"outputName\":\"a\",\"sourceLanguage\":\"en\",\"targetLanguage\":\"ko\","
                + "\"segmented\":true,\"text\":\"{}\"}";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(old.getBytes(StandardCharsets.UTF_8));
        }
        EmbeddedSource decoded = EmbeddedSource.decode(bytes.toByteArray());
        assertNull(decoded.config());
        assertEquals("a", decoded.name());
        assertEquals(TranslationConfig.BUILT_IN, TranslationConfig.recorded(decoded.config()));
    }

    @Test
    void exportRefusesABadConfigurationNamingFileAndLine() throws Exception {
        Path config = dir.resolve("wpml-config.xml");
        Files.writeString(config, "<wpml-config>\n<gutenberg-blocks>\n<gutenberg-block/>\n</gutenberg-blocks>\n</wpml-config>\n");
        Cli.Run run = Cli.run("export", "-o", dir.resolve("out").toString(), "--config", config.toString(),
                Exports.SEED.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: --config: " + config + ":3: <gutenberg-block> needs a type attribute"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));

        Files.writeString(config, CONFIG);
        Cli.Run ok = Cli.run("export", "-o", dir.resolve("out").toString(), "--config", config.toString(),
                Exports.SEED.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        try (var files = Files.list(dir.resolve("out"))) {
            Path xliff = files.findFirst().orElseThrow();
            assertEquals(CONFIG, payload(Files.readString(xliff)).config());
        }
        // pseudo, validate and merge read the configuration from the payload: no --config needed
        Cli.Run pseudo = Cli.run("pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("out").toString());
        assertEquals(0, pseudo.exitCode(), pseudo.err());
        Cli.Run validate = Cli.run("validate", dir.resolve("pseudo").toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        Cli.Run merge = Cli.run("merge", "-o", dir.resolve("ko").toString(), dir.resolve("pseudo").toString());
        assertEquals(0, merge.exitCode(), merge.err());
    }

    private Path write(String xliff) throws Exception {
        Path file = Files.createTempFile(dir, "x", ".xlf");
        Files.writeString(file, xliff);
        return file;
    }

    private EmbeddedSource payload(String xliff) throws Exception {
        ReturnedFile file = XliffFiles.read(write(xliff)).get(0);
        return EmbeddedSource.decode(file.payload());
    }

    private String json(String xliff) throws Exception {
        ReturnedFile file = XliffFiles.read(write(xliff)).get(0);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(EmbeddedSource.bytes(file.payload())))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
