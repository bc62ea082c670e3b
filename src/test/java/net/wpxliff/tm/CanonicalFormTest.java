package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The canonical form written char by char equals its definition: whitespace runs collapsed and trimmed, codes named. */
class CanonicalFormTest {
    @Test
    void equalsTheDefinitionOnRandomTextsWithEveryKindOfSpaceSurrogatesAndCodes() {
        Random random = new Random(5);
        String[] pieces = {"a", "Z", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\u200b", "한", "\uD83D\uDE00", "\uD800",
                "\u0085", "\u001f", "\u007f", "~", ".", "x y"};
        TmText.Tag[] tags = {new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b>"), new TmText.Tag(TmText.Kind.CLOSE, 1, "bold", "</b>"),
                new TmText.Tag(TmText.Kind.STANDALONE, 2, "x-html-comment", "<!-- -->"), new TmText.Tag(TmText.Kind.STANDALONE, 3, null, "<br>")};
        for (int round = 0; round < 20_000; round++) {
            List<TmText.Part> parts = new ArrayList<>();
            int count = random.nextInt(8);
            for (int p = 0; p < count; p++) {
                if (random.nextInt(4) == 0) {
                    parts.add(tags[random.nextInt(tags.length)]);
                } else {
                    StringBuilder text = new StringBuilder();
                    int length = random.nextInt(round % 100 == 0 ? 400 : 8);
                    for (int i = 0; i < length; i++) text.append(pieces[random.nextInt(pieces.length)]);
                    parts.add(new TmText.Plain(text.toString()));
                }
            }
            TmText sentence = new TmText(parts);
            assertEquals(definition(sentence), Similarity.canonical(sentence), () -> sentence.parts().toString());
        }
    }

    /** The form as its Javadoc defines it, by code point. */
    private static String definition(TmText sentence) {
        StringBuilder key = new StringBuilder();
        boolean space = false;
        for (TmText.Part part : sentence.parts()) {
            if (part instanceof TmText.Plain plain) {
                String text = plain.text();
                for (int i = 0; i < text.length(); ) {
                    int c = text.codePointAt(i);
                    i += Character.charCount(c);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        space = true;
                        continue;
                    }
                    if (space && key.length() > 0) key.append(' ');
                    space = false;
                    key.appendCodePoint(c);
                }
            } else if (part instanceof TmText.Tag tag) {
                if (space && key.length() > 0) key.append(' ');
                space = false;
                key.append('\u0001').append(tag.kind().name().charAt(0)).append(tag.type()).append('\u0002');
            }
        }
        return key.toString();
    }
}
