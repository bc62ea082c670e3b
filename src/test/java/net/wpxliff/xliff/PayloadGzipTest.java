package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The reused deflater writes the very bytes a fresh GZIPOutputStream at BEST_SPEED wrote (signatures cover them). */
class PayloadGzipTest {
    private static byte[] gzipOutputStream(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void sameBytesAsGzipOutputStreamOneAfterAnother() throws IOException {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        for (int round = 0; round < 40; round++) {
            // text of growing size (over several deflate blocks at the end), some of it random bytes
            for (int i = 0; i < 1 << (round / 3); i++) {
                text.append("<p>Sentence ").append(random.nextInt(1000)).append(" with some words, 한국어 텍스트.</p>\n");
            }
            byte[] data = round % 5 == 4 ? randomBytes(random, text.length()) : text.toString().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(gzipOutputStream(data), PayloadGzip.compress(data), "round " + round + ", " + data.length + " bytes");
        }
        assertArrayEquals(gzipOutputStream(new byte[0]), PayloadGzip.compress(new byte[0]));
    }

    @Test
    void sameBytesForTheSeed() throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] data = Files.readAllBytes(file);
                assertArrayEquals(gzipOutputStream(data), PayloadGzip.compress(data), file.toString());
            }
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
