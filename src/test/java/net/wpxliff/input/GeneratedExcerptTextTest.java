package net.wpxliff.input;

import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written passes of {@link GeneratedExcerpt#visibleText} give what the regular expressions they replace gave. */
class GeneratedExcerptTextTest {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final String ALPHABET = "<>< >a b\t\n\u000B\f\r\u00A0\u2003x&;/!-";

    @Test
    void sameAsTheRegexesOnGeneratedText() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            assertSame(text.toString());
        }
    }

    @Test
    void sameAsTheRegexesOnTheCorpus() throws IOException {
        if (!SharedCorpus.usable("visible text of every corpus file")) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedCorpus.ROOT)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) assertSame(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    private static void assertSame(String text) {
        assertEquals(TAG.matcher(text).replaceAll(""), GeneratedExcerpt.withoutTags(text), text);
        assertEquals(SPACE.matcher(text).replaceAll(" "), GeneratedExcerpt.spacesCollapsed(text), text);
    }
}
