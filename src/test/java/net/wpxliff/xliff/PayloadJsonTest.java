package net.wpxliff.xliff;

import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Export writes the payload's JSON itself ({@link PayloadJson}) and lets Jackson's generator write only payloads
 * holding what it does not handle: the bytes (which are signed) are Jackson's in every case, for every field.
 */
class PayloadJsonTest {
    private static EmbeddedSource payload(String text, String config) {
        return new EmbeddedSource(EmbeddedSource.FORMAT, "WP_POST", "in/é \"a\".json", "a\\b", "UTF-8", true, "261198",
                "a", "en", "ko", true, text, config);
    }

    /** The direct bytes, which must be Jackson's; null when the direct writer left the payload to Jackson. */
    private static byte[] direct(EmbeddedSource source) {
        PayloadJson json = PayloadJson.of(source);
        return json == null ? null : Arrays.copyOf(json.bytes(), json.length());
    }

    @Test
    void writesJacksonsBytesForEveryCharacterItTakes() throws Exception {
        StringBuilder all = new StringBuilder("\t\n\r\"\\");
        for (char c = 0x20; c < Character.MIN_SURROGATE; c++) all.append(c);
        for (char c = Character.MAX_SURROGATE + 1; c != 0; c++) all.append(c);
        for (EmbeddedSource source : List.of(payload(all.toString(), null), payload("", all.toString()), payload(null, null),
                new EmbeddedSource(1, "HTML_PAGE", null, null, null, false, null, null, null, null, false, "x", ""))) {
            byte[] direct = direct(source);
            assertNotNull(direct, source.origin());
            assertArrayEquals(source.json(), direct, source.origin());
        }
    }

    @Test
    void aThreadsKeptArraysGiveEachPayloadItsOwnBytes() throws Exception {
        // long, short, over the kept size, short again: each must be exactly Jackson's, whatever the one before left
        for (String text : List.of("é".repeat(5000) + "\"end\"", "a", "x\n한".repeat(400_000), "", "b\t".repeat(300))) {
            EmbeddedSource source = payload(text, null);
            assertArrayEquals(source.json(), direct(source), "a text of " + text.length() + " chars");
        }
    }

    @Test
    void leavesToJacksonWhatItEscapesOtherwise() throws Exception {
        for (String odd : List.of("\u0001", "\b", "\f", "\u001f", "😀", "\ud800", "a\udc00b")) {
            assertNull(direct(payload("text " + odd, null)), odd);
            EmbeddedSource source = payload("text " + odd, null);
            assertEquals(source, EmbeddedSource.decode(source.seal(net.wpxliff.trust.SigningKey.of("k".repeat(40), "t")).payload()));
        }
    }

    @Test
    void randomTextsGiveJacksonsBytesOrAreLeftToIt() throws Exception {
        Random random = new Random(11);
        char[] pool = "aé한\t\n\r\"\\<&\u0001\u007f\u0080\u07ff\u0800\uffff😀\ud800".toCharArray();
        int direct = 0;
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) text[i] = pool[random.nextInt(pool.length)];
            EmbeddedSource source = payload(new String(text), random.nextBoolean() ? null : new String(text, 0, text.length / 2));
            byte[] bytes = direct(source);
            if (bytes == null) continue;
            direct++;
            assertArrayEquals(source.json(), bytes, new String(text));
        }
        assertEquals(true, direct > 1_000, direct + " written directly");
    }

    @Test
    void corpusPostsGiveJacksonsBytes() throws Exception {
        SharedCorpus.assumeCorpus("the corpus posts' payload JSON");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedCorpus.ROOT)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".html")).toList();
        }
        for (Path file : files) {
            EmbeddedSource source = payload(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), null);
            byte[] bytes = direct(source);
            if (bytes != null) assertArrayEquals(source.json(), bytes, file.toString());
        }
    }
}
