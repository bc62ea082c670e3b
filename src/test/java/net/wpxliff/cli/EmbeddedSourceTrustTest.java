package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Forgery;
import net.wpxliff.testing.Forgery.SignatureChoice;
import net.wpxliff.trust.SigningKey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded source is believed only when its signature verifies with the exporting key, or when it equals
 * the current post ({@code --source}), or when the user says to ({@code --trust-embedded-source}, with a
 * warning): a forged post (script added, checksum recomputed) is never published silently. XLIFF 1.2 and 2.1.
 */
class EmbeddedSourceTrustTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    private static final String SLUG = "chinese-tech-giants-open-protocol-ai-development";
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";

    /** Exports the seed with targets filled (so that it merges) and returns the file. */
    private static Path export(Path dir, String format, String... more) {
        String[] args = Stream.concat(Stream.of("export", SEED.toString(), "-o", dir.toString(), "--copy-source",
                "--format", format), Stream.of(more)).toArray(String[]::new);
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return dir.resolve(SLUG + ".ko.xlf");
    }

    private static Path forge(Path file, SignatureChoice signature) throws IOException {
        String forged = Forgery.replace(Files.readString(file), Forgery::withScript, signature);
        Path out = file.resolveSibling("forged.ko.xlf");
        Files.writeString(out, forged);
        Files.delete(file);
        return out;
    }

    private static void assertNothingIn(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written in " + dir);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void forgedPostWithRecomputedSha256IsRefusedByValidateAndMerge(String format, @TempDir Path dir) throws Exception {
        Path forged = forge(export(dir.resolve("x"), format), SignatureChoice.sha256());

        Cli.Run validate = Cli.run("validate", forged.toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains("forged.ko.xlf:") && validate.out().contains("has no valid signature")
                && validate.out().contains("--source"), validate.out());

        Path out = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", forged.toString(), "-o", out.toString());
        assertEquals(1, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("Refused: merge publishes the embedded post"), merge.err());
        assertNothingIn(out);

        Cli.Run pseudo = Cli.run("pseudo", forged.toString(), "-o", out.toString());
        assertEquals(1, pseudo.exitCode(), pseudo.err());
        assertNothingIn(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void forgedPostUnderTheOriginalSignatureIsRefused(String format, @TempDir Path dir) throws Exception {
        Path forged = forge(export(dir.resolve("x"), format), SignatureChoice.original());
        Cli.Run merge = Cli.run("merge", forged.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(1, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("does not match its signature"), merge.err());
        assertNothingIn(dir.resolve("ko"));
    }

    /** A payload that does not verify is refused before it is decompressed: a gzip bomb costs only its own size. */
    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void payloadIsVerifiedBeforeItIsDecompressed(String format, @TempDir Path dir) throws Exception {
        Path file = export(dir.resolve("x"), format);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) out.write(zeros); // 64 MB of zeros: neither gzip'd JSON nor a post
        }
        Path bomb = file.resolveSibling("bomb.ko.xlf");
        Files.writeString(bomb, Forgery.withRawPayload(Files.readString(file), Base64.getEncoder().encodeToString(gz.toByteArray())));
        Files.delete(file);

        Cli.Run merge = Cli.run("merge", bomb.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(1, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("does not match its signature"), merge.err());
        assertFalse(merge.err().contains("embedded source is damaged"), merge.err());
        assertNothingIn(dir.resolve("ko"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void sourceOptionAcceptsTheFileOnlyWhenItsPostEqualsTheCurrentOne(String format, @TempDir Path dir) throws Exception {
        Path forged = forge(export(dir.resolve("x"), format), SignatureChoice.sha256());
        Path out = dir.resolve("ko");
        Cli.Run refused = Cli.run("merge", forged.toString(), "-o", out.toString(), "--source", SEED.toString());
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("the post changed since export, or the file was edited"), refused.err());
        assertNothingIn(out);
        Cli.Run validate = Cli.run("validate", forged.toString(), "--source", "seeds");
        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains("differs from"), validate.out());

        // the same post, unchanged, signed by someone else's key: --source vouches for it
        Path other = export(dir.resolve("y"), format, "--key-file", otherKey(dir).toString());
        Cli.Run accepted = Cli.run("merge", other.toString(), "-o", out.toString(), "--source", "seeds");
        assertEquals(0, accepted.exitCode(), accepted.err());
        assertTrue(Files.isRegularFile(out.resolve(SLUG + ".ko.json")), accepted.out());
        assertFalse(Files.readString(out.resolve(SLUG + ".ko.html")).contains("<script>alert"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void sourceOptionTellsAPostThatChangedSinceExport(String format, @TempDir Path dir) throws Exception {
        Path file = export(dir.resolve("x"), format); // signed with this machine's key: verifies
        Path current = dir.resolve("current.json");
        Files.writeString(current, Files.readString(SEED).replace("\"title\":{\"rendered\":\"Chinese Tech Giants",
                "\"title\":{\"rendered\":\"Updated: Chinese Tech Giants"));
        Cli.Run changed = Cli.run("validate", file.toString(), "--source", current.toString());
        assertEquals(1, changed.exitCode(), changed.out());
        assertTrue(changed.out().contains("the post changed since export"), changed.out());

        Cli.Run missing = Cli.run("validate", file.toString(), "--source", "src/test/resources/fixtures/two-posts.json");
        assertEquals(1, missing.exitCode(), missing.out());
        assertTrue(missing.out().contains("no file given with --source holds post id 261198"), missing.out());

        assertEquals(0, Cli.run("validate", file.toString(), "--source", SEED.toString()).exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void fileSignedWithAnotherKeyIsRefusedSayingSo(String format, @TempDir Path dir) throws Exception {
        Path key = otherKey(dir);
        Path file = export(dir.resolve("x"), format, "--key-file", key.toString());
        Cli.Run refused = Cli.run("validate", file.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.out().contains("was signed with another key") && refused.out().contains("--key-file"), refused.out());

        Cli.Run withKey = Cli.run("validate", file.toString(), "--key-file", key.toString());
        assertEquals(0, withKey.exitCode(), withKey.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void trustEmbeddedSourceAcceptsAForgeryWithAWarningSayingTheRisk(String format, @TempDir Path dir) throws Exception {
        Path forged = forge(export(dir.resolve("x"), format), SignatureChoice.sha256());
        Path out = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", forged.toString(), "-o", out.toString(), "--trust-embedded-source");
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("warning: --trust-embedded-source") && merge.err().contains("scripts"), merge.err());
        assertTrue(merge.err().contains("warning: " + forged + ": the embedded source has no valid signature"), merge.err());
        // exactly the risk the warning names: the forged script is in the published page
        assertTrue(Files.readString(out.resolve(SLUG + ".ko.html")).contains(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void pseudoKeepsThePayloadAndItsSignature(String format, @TempDir Path dir) throws Exception {
        Path file = export(dir.resolve("x"), format);
        Path pseudo = dir.resolve("pseudo");
        assertEquals(0, Cli.run("pseudo", file.toString(), "-o", pseudo.toString()).exitCode());
        Path written = pseudo.resolve(SLUG + ".ko.xlf");
        assertEquals(Forgery.signature(Files.readString(file)), Forgery.signature(Files.readString(written)));
        Cli.Run validate = Cli.run("validate", written.toString());
        assertEquals(0, validate.exitCode(), validate.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12"})
    void aKeyFileOthersCanReadIsRefused(String format, @TempDir Path dir) throws Exception {
        Path key = otherKey(dir);
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return; // POSIX only
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Run run = Cli.run("export", SEED.toString(), "-o", dir.resolve("x").toString(), "--format", format,
                "--key-file", key.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("readable or writable by other users") && run.err().contains("chmod 600"), run.err());
        assertNothingIn(dir.resolve("x"));
    }

    /** A second key, as another exporting machine would have. */
    private static Path otherKey(Path dir) throws Exception {
        Path key = dir.resolve("other.key");
        if (!Files.exists(key)) {
            Files.writeString(key, "another-machine-another-machine-0123456789\n", StandardCharsets.UTF_8);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            }
            SigningKey.of(Files.readString(key), key.toString()); // a valid key
        }
        return key;
    }
}
