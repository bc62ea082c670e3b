package net.wpxliff.tm;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TmText} as a run of chars, so a memory keeps all its sentences in one char array (a few objects instead of
 * several per sentence) and builds a {@link TmText} only for a sentence a lookup returns. Each part: a kind char
 * ({@code P} text, {@code O}/{@code C}/{@code S} a code), then for text its length (two chars) and chars; for a code
 * its id (two chars), then its type and markup, each as length and chars. Nothing in the text is escaped: lengths
 * delimit. The texts are read through a {@link CharBuffer}: a built memory's wraps a char array, a cached index's
 * is the index file's mapping, so that they are not copied to the heap (checking the index walks every text's kinds
 * and lengths once; only the texts a run returns are decoded).
 */
final class TextCodec {
    private TextCodec() {
    }

    static String encode(TmText text) {
        StringBuilder sb = new StringBuilder();
        for (TmText.Part part : text.parts()) {
            if (part instanceof TmText.Plain p) {
                sb.append('P');
                string(p.text(), sb);
            } else {
                TmText.Tag t = (TmText.Tag) part;
                sb.append(switch (t.kind()) {
                    case OPEN -> 'O';
                    case CLOSE -> 'C';
                    case STANDALONE -> 'S';
                });
                number(t.id(), sb);
                string(t.type(), sb);
                string(t.markup(), sb);
            }
        }
        return sb.toString();
    }

    /** The sentence held in {@code chars[from, to)}, as {@link #encode} wrote it. */
    static TmText decode(CharBuffer chars, int from, int to) {
        List<TmText.Part> parts = new ArrayList<>();
        int at = from;
        while (at < to) {
            char kind = chars.get(at++);
            if (kind == 'P') {
                int length = number(chars, at);
                parts.add(new TmText.Plain(string(chars, at + 2, length)));
                at += 2 + length;
                continue;
            }
            int id = number(chars, at);
            at += 2;
            int typeLength = number(chars, at);
            String type = string(chars, at + 2, typeLength);
            at += 2 + typeLength;
            int markupLength = number(chars, at);
            String markup = string(chars, at + 2, markupLength);
            at += 2 + markupLength;
            parts.add(new TmText.Tag(kind == 'O' ? TmText.Kind.OPEN : kind == 'C' ? TmText.Kind.CLOSE
                    : TmText.Kind.STANDALONE, id, type, markup));
        }
        return new TmText(parts);
    }

    /**
     * True when {@code chars[from, to)} is a well-formed encoding (every length inside the range, every kind known):
     * a cached index is untrusted input, checked before any of its texts is decoded.
     */
    static boolean valid(CharBuffer chars, int from, int to) {
        if (from < 0 || to > chars.limit() || from > to) return false;
        int at = from;
        while (at < to) {
            char kind = chars.get(at++);
            int fields = kind == 'P' ? 1 : kind == 'O' || kind == 'C' || kind == 'S' ? 2 : -1;
            if (fields < 0) return false;
            if (kind != 'P') {
                if (at + 2 > to) return false;
                at += 2;
            }
            for (int f = 0; f < fields; f++) {
                if (at + 2 > to) return false;
                int length = number(chars, at);
                if (length < 0 || length > to - at - 2) return false;
                at += 2 + length;
            }
        }
        return true;
    }

    private static void string(String s, StringBuilder sb) {
        number(s.length(), sb);
        sb.append(s);
    }

    private static void number(int n, StringBuilder sb) {
        sb.append((char) (n >>> 16)).append((char) n);
    }

    private static int number(CharBuffer chars, int at) {
        return (chars.get(at) << 16) | chars.get(at + 1);
    }

    private static String string(CharBuffer chars, int at, int length) {
        if (chars.hasArray()) return new String(chars.array(), chars.arrayOffset() + at, length);
        char[] copy = new char[length];
        chars.get(at, copy);
        return new String(copy);
    }
}
