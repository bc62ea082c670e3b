package net.wpxliff.tm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the bytes of a cached index ({@code .idx}): a cache written by an earlier build must still be read, so a
 * refactor of {@link MemoryIndexFile} may not change its layout. The memory is large enough that every column spans
 * several of the writer's 64 KiB chunks. The expected digest is that of the file the VERSION 5 writer produced
 * (VERSION 5 keeps whether a pair's sentence split was guessed, {@link TmEntry#splitGuessed}; VERSION 4 stamps each
 * memory file with its ctime and identity, {@link MemoryFileStamp}, its file had be86ae3e…; the VERSION 3 writer's
 * file had a5590cb4…, VERSION 2's e1896c16…).
 */
class MemoryIndexFormatTest {
    private static final String EXPECTED_SHA256 = "3f51c3d34c248fae1bcfaa6efa1b5c3323e502909aa31befae8c339440f1eff4";

    @Test
    void layoutIsUnchanged(@TempDir Path dir) throws Exception {
        MemoryIndexFile.Key key = new MemoryIndexFile.Key("en", "ko",
                List.of(new MemoryFileStamp("m.tmx", 123_456, 1_767_225_600_000_000_000L, 1_767_225_600_500_000_000L,
                        "dev=2049,ino=131", 0x1234_5678L)));
        Path index = dir.resolve("m.tmx.idx");
        assertTrue(MemoryIndexFile.write(index, key, matcher()));
        byte[] bytes = Files.readAllBytes(index);
        assertEquals(EXPECTED_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                "the .idx layout changed: raise MemoryIndexFile.VERSION instead");
        Matcher read = MemoryIndexFile.read(index, key, List.of(dir.resolve("m.tmx")));
        assertNotNull(read, "the index just written is read back");
        Matcher built = matcher();
        for (int i = 0; i < built.size(); i++) assertEquals(built.entry(i), read.entry(i), "entry " + i + " as written");
    }

    /** 20,000 entries of words drawn from a fixed seed, some with inline codes, some repeated. */
    static Matcher matcher() {
        String[] words = {"the", "server", "quick", "brown", "fox", "guide", "install", "plugin", "theme", "page",
                "Read", "WordPress", "update", "cache", "memory", "post", "lazy", "dog", "settings", "block"};
        Random random = new Random(14);
        List<TmEntry> entries = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 3 + random.nextInt(12); w > 0; w--) sentence.append(words[random.nextInt(words.length)]).append(' ');
            sentence.append(i % 7 == 0 ? "again." : i + ".");
            List<TmText.Part> parts = new ArrayList<>(List.of(new TmText.Plain(sentence.toString())));
            if (i % 5 == 0) parts.add(new TmText.Tag(TmText.Kind.STANDALONE, 1, "lb", "<br />"));
            TmText source = new TmText(parts);
            TmText target = new TmText(List.of(new TmText.Plain("번역 " + i)));
            entries.add(new TmEntry(source, target, "en", "ko", String.valueOf(i % 50), "content/p[" + i + "]",
                    "", "", i % 3 == 0 ? null : "2026-01-0" + (1 + i % 5) + "T00:00:00Z", i % 11 == 0));
            origins.add(i % 2 == 0 ? "m.tmx" : "n.tmx");
        }
        return Matcher.forLanguages(entries, origins, "en", "ko");
    }
}
