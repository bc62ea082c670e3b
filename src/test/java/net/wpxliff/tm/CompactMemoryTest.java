package net.wpxliff.tm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact memory gives what the entries it was built from give: texts and properties back as stored, the
 * neighbour hash as its regex definition, and a matcher read back from its cached index answers every lookup
 * exactly as the one built from the TMX; a stale, damaged or foreign index is ignored, never an error.
 */
class CompactMemoryTest {

    @Test
    void textsComeBackAsStored() {
        for (TmText text : texts()) {
            String encoded = TextCodec.encode(text);
            CharBuffer chars = CharBuffer.wrap(encoded.toCharArray());
            assertTrue(TextCodec.valid(chars, 0, chars.limit()));
            assertEquals(text, TextCodec.decode(chars, 0, chars.limit()));
            // as a cached index holds them: a read-only view of a (mapped, big-endian) byte buffer, after other texts
            CharBuffer view = java.nio.ByteBuffer.allocateDirect(2 * (encoded.length() + 4)).asCharBuffer();
            view.put("P\0\1x").put(encoded);
            CharBuffer readOnly = view.asReadOnlyBuffer();
            assertTrue(TextCodec.valid(readOnly, 4, 4 + encoded.length()));
            assertEquals(text, TextCodec.decode(readOnly, 4, 4 + encoded.length()));
        }
        assertFalse(TextCodec.valid(CharBuffer.wrap(new char[] {'P', 0, 9, 'a'}), 0, 4), "a length past the end");
        assertFalse(TextCodec.valid(CharBuffer.wrap(new char[] {'X'}), 0, 1), "an unknown kind");
    }

    @Test
    void neighbourHashIsTheRegexDefinition() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(text.replaceAll("\\s+", " ").trim(), TmEntry.collapse(text), "[" + text + "]");
        }
    }

    @Test
    void cachedIndexAnswersAsTheBuiltOne(@TempDir Path dir) throws Exception {
        List<TmEntry> entries = new ArrayList<>();
        List<TmText> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            TmText source = texts.get(i);
            entries.add(new TmEntry(source, translation(source), "en", "ko", i % 2 == 0 ? "7" : "8", "content/p[" + i + "]",
                    i == 0 ? "" : TmEntry.hash(texts.get(i - 1)), "", i % 3 == 0 ? null : "2026-01-0" + (1 + i % 5) + "T00:00:00Z"));
        }
        List<String> origins = entries.stream().map(e -> "m.tmx").toList();
        Matcher built = Matcher.forLanguages(entries, origins, "en", "ko");
        Path tmx = Files.writeString(dir.resolve("m.tmx"), "<tmx/>");
        Path index = MemoryIndexFile.pathFor(List.of(tmx));
        MemoryIndexFile.Key key = MemoryIndexFile.key(List.of(tmx), "en", "ko");
        assertTrue(MemoryIndexFile.write(index, key, built));
        Matcher cached = MemoryIndexFile.read(index, key, List.of(tmx));
        assertNotNull(cached);
        assertEquals(built.size(), cached.size());
        for (int id = 0; id < built.size(); id++) assertEquals(built.entry(id), cached.entry(id));
        for (TmText query : queries(texts)) {
            for (String post : new String[] {"7", "8", ""}) {
                MatchQuery q = new MatchQuery(query, post, "content/p[2]", TmEntry.hash(texts.get(1)), "");
                assertEquals(built.match(q), cached.match(q));
                assertEquals(built.analyze(q), cached.analyze(q));
            }
        }

        // Another language pair, another file state, a damaged byte: ignored.
        assertNull(MemoryIndexFile.read(index, MemoryIndexFile.key(List.of(tmx), "en", "fr"), List.of(tmx)));
        byte[] bytes = Files.readAllBytes(index);
        for (int at : new int[] {0, 40, bytes.length / 2, bytes.length - 1}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x5a;
            Files.write(index, damaged);
            assertNull(MemoryIndexFile.read(index, key, List.of(tmx)), "damaged at " + at);
        }
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertNull(MemoryIndexFile.read(index, key, List.of(tmx)), "truncated");
        Files.write(index, bytes);
        assertNotNull(MemoryIndexFile.read(index, key, List.of(tmx)));
        Files.writeString(tmx, "<tmx />");
        assertNull(MemoryIndexFile.read(index, MemoryIndexFile.key(List.of(tmx), "en", "ko"), List.of(tmx)), "the memory changed");
    }

    private static List<TmText> texts() {
        List<TmText> texts = new ArrayList<>();
        String[] sentences = {"The quick brown fox jumps over the lazy dog.", "The quick brown fox jumped over the lazy dog.",
                "A completely different sentence about servers.", "The quick brown cat jumps over the lazy dog.",
                "Servers are different, completely.", "The lazy dog sleeps.", "The quick brown fox jumps over the lazy dog."};
        for (String s : sentences) texts.add(new TmText(List.of(new TmText.Plain(s))));
        texts.add(new TmText(List.of(new TmText.Plain("Read "),
                new TmText.Tag(TmText.Kind.OPEN, 1, "link", "<a href=\"/x?a=1&b=2\">"), new TmText.Plain("the guide"),
                new TmText.Tag(TmText.Kind.CLOSE, 1, "link", "</a>"), new TmText.Plain(" today."),
                new TmText.Tag(TmText.Kind.STANDALONE, 2, "lb", "<br />"))));
        texts.add(new TmText(List.of(new TmText.Plain("Read the guide today."))));
        texts.add(new TmText(List.of(new TmText.Tag(TmText.Kind.STANDALONE, 1, "", ""))));
        return texts;
    }

    private static List<TmText> queries(List<TmText> texts) {
        List<TmText> queries = new ArrayList<>(texts);
        queries.add(new TmText(List.of(new TmText.Plain("The quick brown fox leaps over the lazy dog."))));
        queries.add(new TmText(List.of(new TmText.Plain("Nothing like anything stored here at all."))));
        queries.add(new TmText(List.of(new TmText.Plain("Read "), new TmText.Tag(TmText.Kind.OPEN, 1, "link", "<a href=\"/y\">"),
                new TmText.Plain("the guide"), new TmText.Tag(TmText.Kind.CLOSE, 1, "link", "</a>"), new TmText.Plain(" today."))));
        return queries;
    }

    private static TmText translation(TmText source) {
        List<TmText.Part> parts = new ArrayList<>();
        for (TmText.Part part : source.parts()) {
            parts.add(part instanceof TmText.Plain p ? new TmText.Plain("번역 " + p.text().length()) : part);
        }
        return new TmText(parts);
    }
}
